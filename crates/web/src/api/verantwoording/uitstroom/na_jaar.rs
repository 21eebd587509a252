//! Where a leaver is one year later.

use super::leerlingen::Vertrekker;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::NaJaarVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-08-01", "bestemming": "vervolgonderwijs", "vervolgSoort": "mbo niveau 2"}))]
pub struct NaJaarInvoer {
    #[schema(format = Date)]
    pub datum: String,
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend.
    pub bestemming: String,
    /// Bij vervolgonderwijs: entreeopleiding, mbo niveau 2, mbo niveau 3, mbo niveau 4, hbo of wo, voortgezet onderwijs, anders.
    pub vervolg_soort: Option<String>,
}

#[utoipa::path(
    post,
    path = "/vso-uitstroom/{id}/na-een-jaar",
    tag = "verantwoording",
    operation_id = "vsoUitstroomNaEenJaarVastleggen",
    params(("id" = i64, Path, description = "Nummer van de vastgelegde uitstroom")),
    request_body = NaJaarInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Vertrekker, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer, te vroeg of al vastgelegd", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw scholen", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_na_jaar(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NaJaarInvoer>,
) -> Result<Json<Vertrekker>, ApiError> {
    const ROUTE: &str = "/api/v1/vso-uitstroom/{id}/na-een-jaar";
    let id = nummer(&id)?;
    let na_jaar = NaJaarVelden {
        datum: Some(&i.datum),
        bestemming: &i.bestemming,
        vervolg_soort: i.vervolg_soort.as_deref(),
    }
    .lees()?;
    state
        .store
        .verantwoording()
        .leg_uitstroom_na_jaar_vast(
            &g.verzoeker,
            id,
            na_jaar.datum,
            na_jaar.bestemming,
            na_jaar.vervolg_soort.as_deref(),
            crate::vandaag(),
            ROUTE,
        )
        .await?;
    let lijst = state
        .store
        .verantwoording()
        .uitstroom_leerlingen(&g.verzoeker, ROUTE)
        .await?;
    let u = lijst
        .into_iter()
        .find(|u| u.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(Vertrekker::from(u)))
}
