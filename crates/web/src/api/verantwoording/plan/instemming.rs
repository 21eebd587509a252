//! The ondersteuningsplanraad's vote on a version.

use super::schema::Plan;
use super::{ROUTE_PLAN, alleen_swv, na_wijziging};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::InstemmingVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// De stemming van de ondersteuningsplanraad over een versie.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-01", "voor": 7, "tegen": 1, "onthouding": 0, "voorwaarden": "halfjaarlijkse rapportage"}))]
// Named apart in the OpenAPI document: another type of this name exists elsewhere.
#[schema(as = PlanInstemmingInvoer)]
pub struct InstemmingInvoer {
    #[schema(format = Date)]
    pub datum: String,
    pub voor: i64,
    pub tegen: i64,
    #[serde(default)]
    pub onthouding: i64,
    #[serde(default)]
    pub voorwaarden: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/instemming",
    tag = "verantwoording",
    operation_id = "instemmingVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = InstemmingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met de stemming", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn instemming(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<InstemmingInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    alleen_swv(&g)?;
    let instemming = InstemmingVelden {
        datum: Some(&i.datum),
        voor: Some(&i.voor.to_string()),
        tegen: Some(&i.tegen.to_string()),
        onthouding: Some(&i.onthouding.to_string()),
        voorwaarden: &i.voorwaarden,
    }
    .lees()?;
    state
        .store
        .verantwoording()
        .leg_instemming_vast(
            &g.verzoeker,
            id,
            instemming.datum,
            instemming.stemming,
            &instemming.voorwaarden,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}
