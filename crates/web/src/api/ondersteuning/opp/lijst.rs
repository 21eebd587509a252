//! The ontwikkelingsperspectieven of one pupil.

use super::schema::Ontwikkelingsperspectief;
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
pub struct OppLijst {
    /// Eén per school die er een vaststelde, nieuwste eerst.
    pub ontwikkelingsperspectieven: Vec<Ontwikkelingsperspectief>,
}

/// De ontwikkelingsperspectieven van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/opp",
    tag = "ondersteuning",
    operation_id = "ontwikkelingsperspectieven",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Alle versies en evaluaties", body = OppLijst,
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
) -> Result<Json<OppLijst>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    state
        .store
        .dossier_voor(&g.verzoeker, leerling, today, "/api/v1/leerlingen/{id}/opp")
        .await?;
    let opps = state
        .store
        .opps()
        .opps_van(&g.verzoeker, leerling, today, "/api/v1/leerlingen/{id}/opp")
        .await?;
    Ok(Json(OppLijst {
        ontwikkelingsperspectieven: opps.into_iter().map(Into::into).collect(),
    }))
}
