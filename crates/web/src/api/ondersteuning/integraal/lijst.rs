//! The integral arrangements of one pupil.

use super::schema::IntegraleArrangementen;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;

/// De integrale arrangementen van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/integrale-arrangementen",
    tag = "ondersteuning",
    operation_id = "integraleArrangementen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De tafels met hun afspraken", body = IntegraleArrangementen,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn lijst(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<IntegraleArrangementen>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    state
        .store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
        )
        .await?;
    let list = state
        .store
        .arrangementen()
        .integrale_arrangementen_van(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
        )
        .await?;
    Ok(Json(IntegraleArrangementen {
        integrale_arrangementen: list.into_iter().map(Into::into).collect(),
    }))
}
