//! The decision on a vrijstelling.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VrijstellingBesluit {
    /// verlenen, weigeren of kennisgeving (de jaarlijkse kennisgeving is binnen).
    pub actie: String,
}

/// Beslissen over een vrijstelling, of de jaarlijkse kennisgeving vastleggen.
#[utoipa::path(
    patch,
    path = "/vrijstellingen/{id}",
    tag = "leerplicht",
    operation_id = "vrijstellingBeslissen",
    params(("id" = i64, Path, description = "Nummer van de vrijstelling")),
    request_body = VrijstellingBesluit,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Vastgelegd", headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan (bijvoorbeeld een te oude verklaring)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw gemeente", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn beslissen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<VrijstellingBesluit>,
) -> Result<StatusCode, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))?;
    let (today, route) = (crate::vandaag(), "/api/v1/vrijstellingen/{id}");
    match b.actie.as_str() {
        "verlenen" => {
            state
                .store
                .leerplicht()
                .beslis_vrijstelling(&g.verzoeker, id, true, today, route)
                .await?
        }
        "weigeren" => {
            state
                .store
                .leerplicht()
                .beslis_vrijstelling(&g.verzoeker, id, false, today, route)
                .await?
        }
        "kennisgeving" => {
            state
                .store
                .leerplicht()
                .kennisgeving_ontvangen(&g.verzoeker, id, today, route)
                .await?
        }
        other => {
            return Err(ApiError::bad_request(format!(
                "'{other}' is geen actie: verlenen, weigeren of kennisgeving"
            )));
        }
    }
    Ok(StatusCode::NO_CONTENT)
}
