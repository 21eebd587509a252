//! One registration.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use axum::Json;
use axum::extract::{Path, State};

/// Eén aanmelding binnen het werkgebied, met haar termijnen.
#[utoipa::path(
    get,
    path = "/aanmeldingen/{id}",
    tag = "leerlingen",
    operation_id = "aanmelding",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanmelding", body = Aanmelding, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanmelding(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Aanmelding>, ApiError> {
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/aanmeldingen/{id}",
        )
        .await?;
    Ok(Json(a.into()))
}
