//! A year's figures from the annual report.

use super::jaarcijfers::{JaarcijfersAntwoord, jaarcijfers};
use super::swv;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::bekostiging::Decimal;
use passend_store::geld::NieuweJaarcijfers;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NieuwJaarcijfer {
    #[schema(example = 2025)]
    pub jaar: i16,
    #[schema(example = "9310000.00")]
    pub baten: String,
    #[schema(example = "10105000.00")]
    pub lasten: String,
    #[schema(example = "340000.00")]
    pub reserve: String,
}

fn euro(s: &str, veld: &str) -> Result<Decimal, ApiError> {
    s.trim().parse::<Decimal>().map_err(|_| {
        ApiError::bad_request(format!(
            "{veld}: '{s}' is geen bedrag (bijvoorbeeld \"1234.56\")"
        ))
    })
}

/// Legt de jaarcijfers van een boekjaar vast voor het eigen samenwerkingsverband (een
/// bestaand jaar wordt vervangen).
#[utoipa::path(
    post,
    path = "/swv/{code}/jaarcijfers",
    tag = "geld",
    operation_id = "jaarcijfersToevoegen",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605")),
    request_body(content = NieuwJaarcijfer, example = json!({"jaar": 2025, "baten": "9310000.00", "lasten": "10105000.00", "reserve": "340000.00"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeslagen; alle jaarcijfers", body = JaarcijfersAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bedrag of jaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaarcijfers_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiJson(body): ApiJson<NieuwJaarcijfer>,
) -> Result<Json<JaarcijfersAntwoord>, ApiError> {
    let swv_code = swv(&code)?;
    let c = NieuweJaarcijfers {
        jaar: body.jaar,
        baten: euro(&body.baten, "baten")?,
        lasten: euro(&body.lasten, "lasten")?,
        reserve: euro(&body.reserve, "reserve")?,
    };
    let route = format!("/api/v1/swv/{swv_code}/jaarcijfers");
    state
        .store
        .geld()
        .bewaar_jaarcijfers(&g.verzoeker, &swv_code, &c, &route)
        .await?;
    jaarcijfers(State(state), ApiGebruiker(g), Path(code)).await
}
