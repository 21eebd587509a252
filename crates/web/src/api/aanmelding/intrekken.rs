//! The parents withdraw an open registration; the school records it.

use super::nummer;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::api::zorgplicht::Aanmelding;
use crate::formulier::aanmelding::intrekking;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-20"}))]
pub struct IntrekkingInvoer {
    /// De dag waarop de ouders de aanmelding introkken, JJJJ-MM-DD.
    #[schema(format = Date)]
    pub datum: String,
}

/// De ouders trekken een open aanmelding in; de school legt het vast.
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/intrekking",
    tag = "leerlingen",
    operation_id = "aanmeldingIntrekken",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = IntrekkingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingetrokken; de aanmelding", body = Aanmelding,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Datum in de toekomst of vóór de ontvangst, of al besloten", body = Probleem,
         content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn intrekken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(v): ApiJson<IntrekkingInvoer>,
) -> Result<Json<Aanmelding>, ApiError> {
    const ROUTE: &str = "/api/v1/aanmeldingen/{id}/intrekking";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let op = intrekking(Some(&v.datum))?;
    state
        .store
        .aanmeldingen()
        .trek_aanmelding_in(&g.verzoeker, id, op, today, ROUTE)
        .await?;
    let a = state
        .store
        .aanmeldingen()
        .aanmelding_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(a.into()))
}
