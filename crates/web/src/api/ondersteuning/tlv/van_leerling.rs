//! The TLVs of one pupil.

use super::schema::Toelaatbaarheidsverklaring;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct TlvsVanLeerling {
    /// Nieuwste eerst.
    pub toelaatbaarheidsverklaringen: Vec<Toelaatbaarheidsverklaring>,
}

/// De toelaatbaarheidsverklaringen van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/tlvs",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaringenVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Aanvragen en besluiten", body = TlvsVanLeerling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn van_leerling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<TlvsVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    state
        .store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/tlvs",
        )
        .await?;
    let list = state
        .store
        .tlvs()
        .tlvs_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/tlvs",
        )
        .await?;
    Ok(Json(TlvsVanLeerling {
        toelaatbaarheidsverklaringen: list
            .into_iter()
            .map(Toelaatbaarheidsverklaring::voor)
            .collect(),
    }))
}
