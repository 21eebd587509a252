//! Whether the schools together offer every kind of support.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::monitor::{MonitorCel, cel};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::SwvCode;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DekkingCel {
    pub domein: String,
    /// Dit niveau en hoger.
    pub niveau: u8,
    /// Kinderen met open vraag; voor wie niet van het samenwerkingsverband zelf is, zijn
    /// kleine aantallen afgeschermd zoals in de monitor.
    pub vraag: MonitorCel,
    pub aanbod: u32,
    /// `null` waar een afgeschermde vraag open laat of er een tekort is.
    pub tekort: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DekkendAanbod {
    pub cellen: Vec<DekkingCel>,
}

/// Dekkend aanbod van een samenwerkingsverband (voor het SWV, de OPR, inspectie en ministerie;
/// buiten het SWV zelf met kleine aantallen afgeschermd, zoals in de monitor).
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}/dekkend-aanbod",
    tag = "organisatie",
    operation_id = "dekkendAanbod",
    params(("code" = String, Path, description = "DUO-code")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Per domein en niveau", body = DekkendAanbod, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn dekkend_aanbod(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<DekkendAanbod>, ApiError> {
    let code = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let aanbod = state
        .store
        .aanbod()
        .dekkend_aanbod_voor(&g.verzoeker, &code)
        .await?;
    Ok(Json(DekkendAanbod {
        cellen: aanbod
            .cellen
            .into_iter()
            .map(|c| DekkingCel {
                domein: c.domein.as_str().into(),
                niveau: c.niveau,
                vraag: cel(c.vraag, aanbod.drempel),
                aanbod: c.aanbod,
                tekort: c.tekort,
            })
            .collect(),
    }))
}
