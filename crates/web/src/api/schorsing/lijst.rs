//! The schorsingen of a pupil within the caller's scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Serialize;
use utoipa::ToSchema;

/// Een schorsing zoals de school die vastlegde.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Schorsing {
    /// Eerste dag.
    pub van: String,
    /// Laatste dag.
    pub tot: String,
    pub reden: String,
    /// De melding aan de inspectie, bij een schorsing van meer dan één dag.
    pub inspectie_melding: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SchorsingLijst {
    /// Nieuwste eerst.
    pub schorsingen: Vec<Schorsing>,
}

impl From<passend_store::Schorsing> for Schorsing {
    fn from(s: passend_store::Schorsing) -> Self {
        Self {
            van: s.van.to_string(),
            tot: s.tot.to_string(),
            reden: s.reden,
            inspectie_melding: s.inspectie_melding,
        }
    }
}

/// De schorsingen van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/schorsingen",
    tag = "leerlingen",
    operation_id = "schorsingen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De schorsingen", body = SchorsingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn schorsingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<SchorsingLijst>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    state
        .store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/schorsingen",
        )
        .await?;
    let lijst = state
        .store
        .maatregelen()
        .schorsingen(
            &g.verzoeker,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/schorsingen",
        )
        .await?;
    Ok(Json(SchorsingLijst {
        schorsingen: lijst.into_iter().map(Into::into).collect(),
    }))
}
