//! The absence reports within the caller's scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Verzuimmelding {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    pub gemeente: String,
    /// verzuim_16_uur, langdurig_relatief_verzuim of thuiszitter_3_maanden.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Ongeoorloofde uren die voor deze melding zijn geteld.
    pub uren: String,
    /// geregistreerd, in behandeling, afgesloten, ter kennisgeving aangenomen of ingetrokken.
    pub status: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerzuimmeldingLijst {
    pub meldingen: Vec<Verzuimmelding>,
}

/// De verzuimmeldingen over leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/verzuimmeldingen",
    tag = "leerlingen",
    operation_id = "verzuimmeldingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De meldingen, nieuwste eerst", body = VerzuimmeldingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verzuimmeldingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<VerzuimmeldingLijst>, ApiError> {
    let list = state
        .store
        .verzuim()
        .verzuimmeldingen_voor(&g.verzoeker, crate::vandaag(), "/api/v1/verzuimmeldingen")
        .await?;
    Ok(Json(VerzuimmeldingLijst {
        meldingen: list
            .into_iter()
            .map(|m| Verzuimmelding {
                id: m.id,
                leerling: m.leerling_id.0,
                vestiging: m.vestiging_code,
                gemeente: m.gemeentecode,
                soort: m.soort,
                datum: m.datum,
                uren: m.uren.to_string(),
                status: m.status,
            })
            .collect(),
    }))
}
