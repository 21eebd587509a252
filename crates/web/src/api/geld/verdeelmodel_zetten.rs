//! A new verdeelmodel: the shares per school board.

use super::swv;
use super::verdeelmodel::{
    SchooljaarParam, VerdeelmodelAntwoord, schooljaar_of_standaard, verdeelmodel,
};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, ApiQuery};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::bekostiging::Decimal;
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Het verdeelmodel: aandelen tussen 0 en 1.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerdeelmodelBody {
    /// Deel van het budget voor eigen taken van het SWV.
    #[schema(example = "0.12")]
    pub eigen_taken: String,
    /// Van de rest: het deel per leerling; de rest gaat naar rato van de arrangementen.
    #[schema(example = "0.70")]
    pub per_leerling: String,
    #[serde(default)]
    #[schema(example = "12% voor loket en deskundigen")]
    pub toelichting: String,
}

fn aandeel(s: &str, veld: &str) -> Result<Decimal, ApiError> {
    s.trim()
        .parse::<Decimal>()
        .map_err(|_| ApiError::bad_request(format!("{veld}: '{s}' is geen getal tussen 0 en 1")))
}

/// Legt het verdeelmodel van het eigen samenwerkingsverband vast (alleen SWV-medewerkers).
#[utoipa::path(
    put,
    path = "/swv/{code}/verdeelmodel",
    tag = "geld",
    operation_id = "verdeelmodelZetten",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), SchooljaarParam),
    request_body(content = VerdeelmodelBody, example = json!({"eigenTaken": "0.12", "perLeerling": "0.70", "toelichting": "12% eigen taken"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeslagen", body = VerdeelmodelAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig aandeel", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verdeelmodel_zetten(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<SchooljaarParam>,
    ApiJson(body): ApiJson<VerdeelmodelBody>,
) -> Result<Json<VerdeelmodelAntwoord>, ApiError> {
    let code = swv(&code)?;
    let sj = schooljaar_of_standaard(&q)?;
    let model = Verdeelmodel {
        eigen_taken: aandeel(&body.eigen_taken, "eigenTaken")?,
        per_leerling: aandeel(&body.per_leerling, "perLeerling")?,
    };
    let route = format!("/api/v1/swv/{code}/verdeelmodel");
    state
        .store
        .geld()
        .bewaar_verdeelmodel(&g.verzoeker, &code, sj, &model, &body.toelichting, &route)
        .await?;
    verdeelmodel(
        State(state),
        ApiGebruiker(g),
        Path(code.to_string()),
        ApiQuery(q),
    )
    .await
}
