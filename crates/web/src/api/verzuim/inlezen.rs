//! A school's absence as CSV, all or nothing.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use passend_domain::verzuim::Vakantieregio;
use passend_domain::{Functie, VestigingCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegioParam {
    /// Vakantieregio van de school: noord, midden of zuid.
    pub regio: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportResultaat {
    pub rijen: usize,
    pub leerlingen: usize,
    pub nieuwe_meldingen: usize,
    pub nieuwe_zaken: usize,
}

/// Verzuim van een school inlezen (CSV `leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd`); alles of niets.
#[utoipa::path(
    post,
    path = "/scholen/{code}/verzuim",
    tag = "leerlingen",
    operation_id = "verzuimInlezen",
    params(("code" = String, Path, description = "Vestigingscode van de eigen school"), RegioParam),
    request_body(content = String, content_type = "text/csv", description = "Het verzuim, één regel per leerling per schooldag"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = ImportResultaat,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bestand; niets opgeslagen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verzuim_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<RegioParam>,
    body: Bytes,
) -> Result<Json<ImportResultaat>, ApiError> {
    let vestiging = VestigingCode::parse(&code).map_err(|_| ApiError::not_found())?;
    if !g.mag_voor(Functie::VerzuimInlezen, vestiging.as_str()) {
        return Err(ApiError::not_found());
    }
    let regio = Vakantieregio::parse(&p.regio)
        .ok_or_else(|| ApiError::bad_request("regio moet noord, midden of zuid zijn"))?;
    let rows = crate::invoer::verzuim_csv(&body).map_err(ApiError::bad_request)?;
    let u = state
        .store
        .verzuim()
        .importeer_verzuim(
            &g.verzoeker,
            &vestiging,
            regio,
            &rows,
            "/api/v1/scholen/{code}/verzuim",
        )
        .await?;
    Ok(Json(ImportResultaat {
        rijen: u.rijen,
        leerlingen: u.leerlingen,
        nieuwe_meldingen: u.nieuwe_meldingen,
        nieuwe_zaken: u.nieuwe_zaken,
    }))
}
