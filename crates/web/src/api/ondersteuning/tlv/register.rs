//! The samenwerkingsverband's register of deskundigen.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use passend_domain::{Functie, Kijker};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Deskundige {
    pub id: i64,
    pub naam: String,
    pub discipline: String,
    /// BRIN-nummers van de scholen waaraan de deskundige verbonden is (voor de onafhankelijkheid).
    pub verbonden_aan: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeskundigenRegister {
    pub deskundigen: Vec<Deskundige>,
}

/// Staff of an SWV, with its code; anyone else gets the same answer as for a wrong address.
pub(super) fn eigen_swv(k: &Kijker) -> Result<String, ApiError> {
    k.scope_voor(&Functie::DeskundigenRegister)
        .map(String::from)
        .ok_or_else(ApiError::not_found)
}

/// Het register van deskundigen van het eigen samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/deskundigen",
    tag = "ondersteuning",
    operation_id = "deskundigen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het register, op naam", body = DeskundigenRegister,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<DeskundigenRegister>, ApiError> {
    let swv = eigen_swv(&g.verzoeker.kijker)?;
    let list = state.store.tlvs().deskundigen(&g.verzoeker, &swv).await?;
    Ok(Json(DeskundigenRegister {
        deskundigen: list
            .into_iter()
            .map(|d| Deskundige {
                id: d.id,
                naam: d.naam,
                discipline: d.discipline,
                verbonden_aan: d.verbonden_aan,
            })
            .collect(),
    }))
}
