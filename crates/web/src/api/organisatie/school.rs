//! One school (vestiging).

use super::scholen::School;
use crate::AppState;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::VestigingCode;

/// Eén school (vestiging).
#[utoipa::path(
    get,
    path = "/scholen/{code}",
    tag = "organisatie",
    operation_id = "school",
    params(("code" = String, Path, description = "Vestigingscode, bijvoorbeeld 90AA00")),
    responses(
        (status = 200, description = "De school", body = School,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn school(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<School>, ApiError> {
    let code = VestigingCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok(Json(School::from(
        state.store.organisaties().vestiging(&code).await?.vestiging,
    )))
}
