//! Consultation with a samenwerkingsverband of the other sector whose area overlaps.

use super::schema::Plan;
use super::{ROUTE_PLAN, alleen_swv, na_wijziging};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verplichte_datum;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Het overleg met een samenwerkingsverband van de andere sector waarvan het gebied overlapt
/// (WPO art. 18a lid 9, WVO art. 17a lid 9).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"samenwerkingsverband": "VO2605", "datum": "2026-10-15", "verslag": "Afspraken over de overstap naar het vo"}))]
pub struct OverlegSwvInvoer {
    pub samenwerkingsverband: String,
    #[schema(format = Date)]
    pub datum: String,
    pub verslag: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/overleg-samenwerkingsverband",
    tag = "verantwoording",
    operation_id = "overlegSamenwerkingsverbandVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = OverlegSwvInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met het overleg", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer, geen overlappend samenwerkingsverband, of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn overleg_swv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OverlegSwvInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    alleen_swv(&g)?;
    let datum = verplichte_datum("datum", Some(&o.datum))?;
    state
        .store
        .verantwoording()
        .leg_overleg_swv_vast(
            &g.verzoeker,
            id,
            &o.samenwerkingsverband,
            datum,
            &o.verslag,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}
