//! One arrangement.

use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};

/// Eén aanvraag binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/arrangementen/{id}",
    tag = "ondersteuning",
    operation_id = "arrangement",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvraag", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn arrangement(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Arrangement>, ApiError> {
    let a = state
        .store
        .arrangementen()
        .arrangement_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/arrangementen/{id}",
        )
        .await?;
    Ok(Json(Arrangement::van(a)))
}
