//! The arrangements of one pupil.

use super::schema::Arrangement;
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
pub struct ArrangementenVanLeerling {
    /// Nieuwste eerst.
    pub arrangementen: Vec<Arrangement>,
}

/// De arrangementen van een leerling binnen het werkgebied (ook voor de ouders); het inzien
/// wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/arrangementen",
    tag = "ondersteuning",
    operation_id = "arrangementenVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvragen en besluiten", body = ArrangementenVanLeerling,
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
) -> Result<Json<ArrangementenVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let route = "/api/v1/leerlingen/{id}/arrangementen";
    state
        .store
        .dossier_voor(&g.verzoeker, leerling, crate::vandaag(), route)
        .await?;
    let list = state
        .store
        .arrangementen()
        .arrangementen_van(&g.verzoeker, leerling, crate::vandaag(), route)
        .await?;
    Ok(Json(ArrangementenVanLeerling {
        arrangementen: list.into_iter().map(Arrangement::van).collect(),
    }))
}
