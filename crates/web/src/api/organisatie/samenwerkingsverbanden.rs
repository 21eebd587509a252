//! All samenwerkingsverbanden of the regional division.

use crate::AppState;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Samenwerkingsverband {
    /// DUO-code, bijvoorbeeld PO2707.
    pub code: String,
    /// PO of VO.
    pub sector: String,
    pub aantal_gemeenten: i64,
    pub aantal_postcodes: i64,
    pub aantal_vestigingen: i64,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SamenwerkingsverbandLijst {
    pub samenwerkingsverbanden: Vec<Samenwerkingsverband>,
}

/// Alle samenwerkingsverbanden van de regio-indeling.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden",
    tag = "organisatie",
    operation_id = "samenwerkingsverbanden",
    responses(
        (status = 200, description = "De samenwerkingsverbanden", body = SamenwerkingsverbandLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 500, description = "Serverfout", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn samenwerkingsverbanden(
    State(state): State<AppState>,
) -> Result<Json<SamenwerkingsverbandLijst>, ApiError> {
    let list = state.store.organisaties().list_swvs().await?;
    Ok(Json(SamenwerkingsverbandLijst {
        samenwerkingsverbanden: list
            .into_iter()
            .map(|s| Samenwerkingsverband {
                code: s.code,
                sector: s.sector,
                aantal_gemeenten: s.gemeenten,
                aantal_postcodes: s.postcodes,
                aantal_vestigingen: s.vestigingen,
            })
            .collect(),
    }))
}
