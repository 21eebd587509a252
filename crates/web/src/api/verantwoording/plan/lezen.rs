//! The versions the caller may see, and one version.

use super::schema::{Plan, PlanLijst, PlanVersie};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};

#[utoipa::path(
    get,
    path = "/ondersteuningsplannen",
    tag = "verantwoording",
    operation_id = "ondersteuningsplannen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versies die u mag zien: van het eigen samenwerkingsverband (medewerkers, ondersteuningsplanraad), alle (inspectie, ministerie); anders leeg", body = PlanLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn plannen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<PlanLijst>, ApiError> {
    let lijst = state.store.verantwoording().plannen(&g.verzoeker).await?;
    Ok(Json(PlanLijst {
        ondersteuningsplannen: lijst.iter().map(PlanVersie::from).collect(),
    }))
}

#[utoipa::path(
    get,
    path = "/ondersteuningsplannen/{id}",
    tag = "verantwoording",
    operation_id = "ondersteuningsplan",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met streefwaarden (met de stand van vandaag), overleg, instemming en wat ontbreekt", body = Plan,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn plan(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let p = state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, crate::vandaag())
        .await?;
    Ok(Json(Plan::from(p)))
}
