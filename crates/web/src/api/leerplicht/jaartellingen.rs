//! The counts for the annual report (Leerplichtwet art. 25) of the own municipality.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Jaartelling {
    pub schooljaar: String,
    pub absoluut_verzuim: i64,
    pub langdurig_relatief_verzuim: i64,
    pub langer_dan_drie_maanden: i64,
    /// Verleende vrijstellingen per grond.
    pub vrijstellingen: std::collections::BTreeMap<String, i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Jaartellingen {
    pub jaren: Vec<Jaartelling>,
}

/// De tellingen voor het jaarverslag (Leerplichtwet art. 25) van de eigen gemeente.
#[utoipa::path(
    get,
    path = "/leerplicht/jaartellingen",
    tag = "leerplicht",
    operation_id = "jaartellingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Per schooljaar", body = Jaartellingen, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de leerplicht", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaartellingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Jaartellingen>, ApiError> {
    let jaren = state
        .store
        .leerplicht()
        .jaartellingen(&g.verzoeker, crate::vandaag())
        .await?;
    Ok(Json(Jaartellingen {
        jaren: jaren
            .into_iter()
            .map(|t| Jaartelling {
                schooljaar: t.schooljaar,
                absoluut_verzuim: t.absoluut_verzuim,
                langdurig_relatief_verzuim: t.langdurig_relatief_verzuim,
                langer_dan_drie_maanden: t.langer_dan_drie_maanden,
                vrijstellingen: t.vrijstellingen.into_iter().collect(),
            })
            .collect(),
    }))
}
