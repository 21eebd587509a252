//! The vrijstellingen within the caller's scope.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vrijstelling {
    pub id: i64,
    pub leerling: i64,
    /// 5a, 5b, 5c, 5a-trekkend, 11 of 15 (artikel van de Leerplichtwet).
    pub grond: String,
    #[schema(format = Date, value_type = String)]
    pub van: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    pub status: String,
    /// De volgende kennisgeving moet vóór deze datum binnen zijn (art. 6).
    #[schema(format = Date, value_type = Option<String>)]
    pub kennisgeving_voor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VrijstellingLijst {
    pub vrijstellingen: Vec<Vrijstelling>,
}

/// Vrijstellingen: voor de leerplicht die van de gemeente, voor een ouder die van de eigen kinderen.
#[utoipa::path(
    get,
    path = "/vrijstellingen",
    tag = "leerlingen",
    operation_id = "vrijstellingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vrijstellingen", body = VrijstellingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vrijstellingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<VrijstellingLijst>, ApiError> {
    let list = state
        .store
        .leerplicht()
        .vrijstellingen_voor(&g.verzoeker, "/api/v1/vrijstellingen")
        .await?;
    Ok(Json(VrijstellingLijst {
        vrijstellingen: list
            .into_iter()
            .map(|v| Vrijstelling {
                id: v.id,
                leerling: v.leerling_id.0,
                grond: v.grond.as_str().into(),
                van: v.van.to_string(),
                tot: v.tot.map(|d| d.to_string()),
                status: v.status,
                kennisgeving_voor: v.kennisgeving_voor.map(|d| d.to_string()),
            })
            .collect(),
    }))
}
