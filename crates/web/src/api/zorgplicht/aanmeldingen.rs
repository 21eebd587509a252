//! The registrations within the caller's scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Aanmelding {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    #[schema(format = Date, value_type = String)]
    pub ontvangen: String,
    /// De laatste dag voor het besluit (6 weken, of de verlengde termijn).
    #[schema(format = Date, value_type = String)]
    pub beslissen_uiterlijk: String,
    pub verlengd: bool,
    /// Eerste dag van tijdelijke plaatsing, als die aan de orde is.
    #[schema(format = Date, value_type = Option<String>)]
    pub tijdelijke_plaatsing_vanaf: Option<String>,
    pub zorgplicht_hier: bool,
    pub extra_ondersteuning: bool,
    pub besluit: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingetrokken_op: Option<String>,
}

impl From<passend_store::Aanmelding> for Aanmelding {
    fn from(a: passend_store::Aanmelding) -> Self {
        Self {
            id: a.id,
            leerling: a.leerling_id.0,
            vestiging: a.vestiging_code,
            ontvangen: a.ontvangen.to_string(),
            beslissen_uiterlijk: a.termijnen.beslissen_uiterlijk.to_string(),
            verlengd: a.termijnen.verlengd,
            tijdelijke_plaatsing_vanaf: a
                .termijnen
                .tijdelijke_plaatsing_vanaf
                .map(|d| d.to_string()),
            zorgplicht_hier: a.zorgplicht_hier,
            extra_ondersteuning: a.extra_ondersteuning,
            besluit: a.besluit,
            ingetrokken_op: a.ingetrokken_op.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AanmeldingLijst {
    pub aanmeldingen: Vec<Aanmelding>,
}

/// De aanmeldingen bij de eigen school, het eigen bestuur of samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/aanmeldingen",
    tag = "leerlingen",
    operation_id = "aanmeldingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Nieuwste eerst, met de termijnen", body = AanmeldingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanmeldingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<AanmeldingLijst>, ApiError> {
    let list = state
        .store
        .aanmeldingen()
        .aanmeldingen_voor(&g.verzoeker, "/api/v1/aanmeldingen")
        .await?;
    Ok(Json(AanmeldingLijst {
        aanmeldingen: list.into_iter().map(Aanmelding::from).collect(),
    }))
}
