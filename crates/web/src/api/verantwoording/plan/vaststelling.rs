//! Vaststelling of a version, once consultation and consent are complete.

use super::schema::Plan;
use super::{ROUTE_PLAN, alleen_swv, na_wijziging};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// An empty JSON object. Hand-written because serde's derived form of a struct without
/// fields also takes `[]`, and a body that is not an object must be refused.
#[derive(Debug, ToSchema)]
pub struct LeegInvoer {}

impl<'de> Deserialize<'de> for LeegInvoer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Leeg;
        impl<'de> serde::de::Visitor<'de> for Leeg {
            type Value = LeegInvoer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct LeegInvoer (een leeg object)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<LeegInvoer, A::Error> {
                match m.next_key::<String>()? {
                    Some(veld) => Err(serde::de::Error::unknown_field(&veld, &[])),
                    None => Ok(LeegInvoer {}),
                }
            }
        }
        d.deserialize_map(Leeg)
    }
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/vaststelling",
    tag = "verantwoording",
    operation_id = "ondersteuningsplanVaststellen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = LeegInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgesteld", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Kan nog niet: zonder overleg met elke gemeente of instemming van de ondersteuningsplanraad, of onvolledig", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vaststelling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(_): ApiJson<LeegInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    alleen_swv(&g)?;
    state
        .store
        .verantwoording()
        .stel_plan_vast(&g.verzoeker, id, today, ROUTE_PLAN)
        .await?;
    na_wijziging(&state, &g, id).await
}
