//! The national comparison of all samenwerkingsverbanden.

use super::bedrag;
use super::params::GeldParams;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiQuery;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LandelijkRij {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    pub naam: Option<String>,
    pub leerlingen: u64,
    #[schema(example = "3915603.10")]
    pub netto: String,
    #[schema(example = "391.56")]
    pub per_leerling: Option<String>,
    #[schema(example = "760491.90")]
    pub afdracht: String,
    #[schema(example = "340000.00")]
    pub reserve: Option<String>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LandelijkAntwoord {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    #[schema(example = "2015-2016")]
    pub regelset: String,
    pub rekenvoorbeeld: bool,
    pub samenwerkingsverbanden: Vec<LandelijkRij>,
}

/// Alle samenwerkingsverbanden naast elkaar (inspectie en ministerie).
#[utoipa::path(
    get,
    path = "/geld/landelijk",
    tag = "geld",
    operation_id = "geldLandelijk",
    params(GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vergelijking", body = LandelijkAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn landelijk(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<LandelijkAntwoord>, ApiError> {
    let k = q.keuze()?;
    let (b, regels) = state
        .store
        .geld()
        .landelijke_vergelijking(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(LandelijkAntwoord {
        schooljaar: k.schooljaar.to_string(),
        regelset: b.regelset.schooljaar.to_string(),
        rekenvoorbeeld: b.rekenvoorbeeld,
        samenwerkingsverbanden: regels
            .into_iter()
            .map(|r| LandelijkRij {
                samenwerkingsverband: r.swv.to_string(),
                naam: r.naam,
                leerlingen: r.leerlingen,
                netto: bedrag(r.netto),
                per_leerling: r.per_leerling.map(bedrag),
                afdracht: bedrag(r.afdracht),
                reserve: r.reserve.map(bedrag),
                signaleringswaarde_overschreden: r.signaleringswaarde_overschreden,
            })
            .collect(),
    }))
}
