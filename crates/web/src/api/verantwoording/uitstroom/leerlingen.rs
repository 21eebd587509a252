//! The leavers the caller recorded, to follow up.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use passend_domain::Functie;
use passend_store::verantwoording as v;
use serde::Serialize;
use utoipa::ToSchema;

/// One leaver the caller records and follows up.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vertrekker {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    pub samenwerkingsverband: String,
    #[schema(format = Date)]
    pub uitstroomdatum: String,
    /// Het uitstroomprofiel van het OPP bij vertrek; leeg als er geen was.
    pub verwacht: Option<String>,
    pub bestemming: String,
    pub vervolg_soort: Option<String>,
    /// Waar de leerling een jaar later was, als dat is vastgelegd.
    #[schema(format = Date)]
    pub na_een_jaar_datum: Option<String>,
    pub na_een_jaar_bestemming: Option<String>,
    pub na_een_jaar_soort: Option<String>,
    /// Of de leerling ging waar het OPP verwachtte; leeg als er niets te vergelijken is.
    pub volgens_verwachting: Option<bool>,
}

impl From<v::UitstroomRegel> for Vertrekker {
    fn from(u: v::UitstroomRegel) -> Self {
        Vertrekker {
            id: u.id,
            leerling: u.leerling_id.0,
            vestiging: u.vestiging_code,
            samenwerkingsverband: u.swv_code,
            uitstroomdatum: u.uitstroomdatum.to_string(),
            verwacht: u.verwacht,
            bestemming: u.bestemming,
            vervolg_soort: u.vervolg_soort,
            na_een_jaar_datum: u.na_jaar_datum.map(|d| d.to_string()),
            na_een_jaar_bestemming: u.na_jaar_bestemming,
            na_een_jaar_soort: u.na_jaar_soort,
            volgens_verwachting: u.conform,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vertrekkers {
    pub vertrekkers: Vec<Vertrekker>,
}

#[utoipa::path(
    get,
    path = "/vso-uitstroom/leerlingen",
    tag = "verantwoording",
    operation_id = "vsoVertrekkersLijst",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vertrekkers van de eigen vso-scholen (school, bestuur, samenwerkingsverband); het lezen komt in het auditlog", body = Vertrekkers,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Uw rol legt geen uitstroom vast", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_leerlingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Vertrekkers>, ApiError> {
    // Only the parties that record outflow have such a list; for others it does not exist.
    g.api_vereist(Functie::UitstroomVastleggen)?;
    let lijst = state
        .store
        .verantwoording()
        .uitstroom_leerlingen(&g.verzoeker, "/api/v1/vso-uitstroom/leerlingen")
        .await?;
    Ok(Json(Vertrekkers {
        vertrekkers: lijst.into_iter().map(Vertrekker::from).collect(),
    }))
}
