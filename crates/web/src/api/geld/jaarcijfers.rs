//! The annual-report tables and the reserve.

use super::{bedrag, swv};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Jaarcijfer {
    #[schema(example = 2024)]
    pub jaar: i16,
    #[schema(example = "9100000.00")]
    pub baten: String,
    #[schema(example = "8870000.00")]
    pub lasten: String,
    #[schema(example = "1135000.00")]
    pub reserve: String,
    #[schema(example = "318500.00")]
    pub signaleringswaarde: String,
    #[schema(example = "816500.00")]
    pub boven_signaleringswaarde: String,
    pub signaleringswaarde_overschreden: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct JaarcijfersAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    pub jaren: Vec<Jaarcijfer>,
}

/// Baten, lasten en reserve per boekjaar met de toets aan de signaleringswaarde van de inspectie.
#[utoipa::path(
    get,
    path = "/swv/{code}/jaarcijfers",
    tag = "geld",
    operation_id = "jaarcijfers",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De jaarcijfers, oudste eerst", body = JaarcijfersAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code of parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaarcijfers(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<JaarcijfersAntwoord>, ApiError> {
    let code = swv(&code)?;
    let jaren = state.store.geld().jaarcijfers(&g.verzoeker, &code).await?;
    Ok(Json(JaarcijfersAntwoord {
        samenwerkingsverband: code.to_string(),
        jaren: jaren
            .iter()
            .map(|j| Jaarcijfer {
                jaar: j.jaar,
                baten: bedrag(j.baten),
                lasten: bedrag(j.lasten),
                reserve: bedrag(j.reserve),
                signaleringswaarde: bedrag(j.toets.signaleringswaarde),
                boven_signaleringswaarde: bedrag(j.toets.boven),
                signaleringswaarde_overschreden: j.toets.bovenmatig(),
            })
            .collect(),
    }))
}
