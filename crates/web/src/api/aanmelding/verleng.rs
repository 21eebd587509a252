//! The one extension of the term to decide.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use crate::formulier::aanmelding::VerlengingVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// De ene verlenging van de beslistermijn.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerlengingInvoer {
    /// Ten hoogste 4 weken.
    pub weken: i64,
    /// De dag waarop de ouders over de verlenging zijn geïnformeerd, binnen de 6 weken.
    #[schema(format = Date, value_type = String)]
    pub kennisgeving: String,
}

/// De beslistermijn van een open aanmelding van de eigen school één keer verlengen.
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/verlenging",
    tag = "leerlingen",
    operation_id = "aanmeldingVerlengen",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body(content = VerlengingInvoer, example = json!({"weken": 4, "kennisgeving": "2026-11-20"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Verlengd; de aanmelding met de nieuwe termijn", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al verlengd, langer dan 4 weken, kennisgeving te laat of in de toekomst, al besloten", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de beslistermijn kan maar één keer worden verlengd"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verleng(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<VerlengingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/verlenging";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let verlenging = VerlengingVelden {
        weken: &v.weken.to_string(),
        kennisgeving: Some(&v.kennisgeving),
    }
    .lees()?;
    state
        .store
        .aanmeldingen()
        .verleng_aanmelding(&g.verzoeker, id, verlenging, today, ROUTE)
        .await?;
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}
