//! A school's ondersteuningsprofiel.

use crate::AppState;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::VestigingCode;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProfielAanbod {
    pub domein: String,
    pub tot_niveau: u8,
    pub plaatsen: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Ondersteuningsprofiel {
    #[schema(format = Date, value_type = String)]
    pub vastgesteld: String,
    pub verouderd: bool,
    pub aanbod: Vec<ProfielAanbod>,
}

/// Het ondersteuningsprofiel van een school (openbaar).
#[utoipa::path(
    get,
    path = "/scholen/{code}/ondersteuningsprofiel",
    tag = "organisatie",
    operation_id = "ondersteuningsprofiel",
    params(("code" = String, Path, description = "Vestigingscode")),
    responses(
        (status = 200, description = "Het profiel", body = Ondersteuningsprofiel, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Geen profiel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn profiel(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Ondersteuningsprofiel>, ApiError> {
    let code = VestigingCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let (vastgesteld, aanbod) = state
        .store
        .aanbod()
        .sop(&code)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(Ondersteuningsprofiel {
        vastgesteld: vastgesteld.to_string(),
        verouderd: passend_domain::ondersteuning::verouderd(vastgesteld, crate::vandaag()),
        aanbod: aanbod
            .into_iter()
            .map(|a| ProfielAanbod {
                domein: a.domein.as_str().into(),
                tot_niveau: a.tot_niveau.value(),
                plaatsen: a.plaatsen,
            })
            .collect(),
    }))
}
