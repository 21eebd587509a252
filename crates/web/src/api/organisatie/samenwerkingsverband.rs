//! One samenwerkingsverband with its municipalities, postcodes and schools.

use super::scholen::School;
use crate::AppState;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::SwvCode;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Gemeente {
    pub code: String,
    pub naam: String,
    /// Postcodes (PC4) van deze gemeente die in dit samenwerkingsverband liggen.
    pub aantal_postcodes: i64,
    /// Waar als de gemeente ook in een ander samenwerkingsverband ligt.
    pub gedeeld: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SamenwerkingsverbandDetail {
    pub code: String,
    pub sector: String,
    pub gemeenten: Vec<Gemeente>,
    pub postcodes: Vec<i64>,
    pub vestigingen: Vec<School>,
}

/// Eén samenwerkingsverband met gemeenten, postcodes en vestigingen.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}",
    tag = "organisatie",
    operation_id = "samenwerkingsverband",
    params(("code" = String, Path, description = "DUO-code, bijvoorbeeld PO2605")),
    responses(
        (status = 200, description = "Het samenwerkingsverband", body = SamenwerkingsverbandDetail,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn samenwerkingsverband(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<SamenwerkingsverbandDetail>, ApiError> {
    let code = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let d = state.store.organisaties().swv(&code).await?;
    Ok(Json(SamenwerkingsverbandDetail {
        code: d.code,
        sector: d.sector,
        gemeenten: d
            .gemeenten
            .into_iter()
            .map(|(code, naam, hier, totaal)| Gemeente {
                code,
                naam,
                aantal_postcodes: hier,
                gedeeld: hier < totaal,
            })
            .collect(),
        postcodes: d.postcodes,
        vestigingen: d.vestigingen.into_iter().map(School::from).collect(),
    }))
}
