//! Het ondersteuningsplan: versies, OOGO, overleg met overlappende samenwerkingsverbanden,
//! de instemming van de ondersteuningsplanraad, vaststelling en indiening.

mod indiening;
mod instemming;
mod lezen;
mod nieuw;
mod onderdelen;
mod oogo;
mod overleg_swv;
mod schema;
mod vaststelling;

pub use indiening::*;
pub use instemming::*;
pub use lezen::*;
pub use nieuw::*;
pub use oogo::*;
pub use overleg_swv::*;
pub use schema::*;
pub use vaststelling::*;

use crate::AppState;
use crate::api::problem::ApiError;
use axum::Json;
use passend_domain::Functie;

const ROUTE_PLAN: &str = "/api/v1/ondersteuningsplannen/{id}";

fn alleen_swv(g: &crate::session::Gebruiker) -> Result<(), ApiError> {
    g.api_vereist(Functie::PlanSchrijven)
}

async fn na_wijziging(
    state: &AppState,
    g: &crate::session::Gebruiker,
    id: i64,
) -> Result<Json<Plan>, ApiError> {
    Ok(Json(Plan::from(
        state
            .store
            .verantwoording()
            .plan_versie(&g.verzoeker, id, crate::vandaag())
            .await?,
    )))
}
