//! A new status of an absence report.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NieuweStatus {
    /// in behandeling, afgesloten, ter kennisgeving aangenomen (leerplicht) of ingetrokken (de school).
    pub status: String,
}

/// De status van een verzuimmelding wijzigen.
#[utoipa::path(
    patch,
    path = "/verzuimmeldingen/{id}",
    tag = "leerlingen",
    operation_id = "verzuimmeldingStatus",
    params(("id" = i64, Path, description = "Nummer van de melding")),
    request_body = NieuweStatus,
    security(("apiSleutel" = [])),
    responses(
        (status = 204, description = "Gewijzigd", headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Deze overgang of rol is niet toegestaan", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn zet_status(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    crate::api::extract::ApiJson(s): crate::api::extract::ApiJson<NieuweStatus>,
) -> Result<axum::http::StatusCode, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen meldingnummer")))?;
    let naar = passend_domain::verzuimmelding::Status::parse(&s.status)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    state
        .store
        .verzuim()
        .zet_meldingstatus(
            &g.verzoeker,
            id,
            naar,
            crate::vandaag(),
            "/api/v1/verzuimmeldingen/{id}",
        )
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
