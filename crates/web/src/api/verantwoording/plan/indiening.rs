//! The day the plan was sent to the inspectie.

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

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IndieningInvoer {
    /// Dag van toezending aan de inspectie.
    #[schema(format = Date)]
    pub datum: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/indiening",
    tag = "verantwoording",
    operation_id = "ondersteuningsplanIndienen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = IndieningInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd; tijdigIngediend zegt of het vóór 1 mei voorafgaand aan het eerste schooljaar was", body = Plan,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet vastgesteld, al ingediend, of een datum vóór de vaststelling of in de toekomst", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn indiening(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<IndieningInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    alleen_swv(&g)?;
    let datum = verplichte_datum("datum", Some(&i.datum))?;
    state
        .store
        .verantwoording()
        .dien_plan_in(&g.verzoeker, id, datum, today, ROUTE_PLAN)
        .await?;
    na_wijziging(&state, &g, id).await
}
