//! Het op overeenstemming gericht overleg met een gemeente.

use super::schema::Plan;
use super::{ROUTE_PLAN, alleen_swv, na_wijziging};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::OogoVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Het op overeenstemming gericht overleg met één gemeente uit de regio.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"gemeentecode": "0356", "datum": "2026-10-01", "uitkomst": "overeenstemming"}))]
pub struct OogoInvoer {
    pub gemeentecode: String,
    #[schema(format = Date)]
    pub datum: String,
    /// overeenstemming of geen overeenstemming.
    pub uitkomst: String,
    /// Nodig zonder overeenstemming.
    #[serde(default)]
    pub verschillen: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/oogo",
    tag = "verantwoording",
    operation_id = "oogoVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = OogoInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met het overleg", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn oogo(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OogoInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    alleen_swv(&g)?;
    let oogo = OogoVelden {
        gemeentecode: &o.gemeentecode,
        datum: Some(&o.datum),
        uitkomst: &o.uitkomst,
        verschillen: &o.verschillen,
    }
    .lees()?;
    state
        .store
        .verantwoording()
        .leg_oogo_vast(
            &g.verzoeker,
            id,
            &oogo.gemeentecode,
            oogo.datum,
            &oogo.uitkomst,
            &oogo.verschillen,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}
