//! The cases within the caller's scope, and one case.

use super::zaak::Thuiszitterzaak;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ThuiszitterLijst {
    pub zaken: Vec<Thuiszitterzaak>,
}

/// De thuiszitterzaken van de leerlingen binnen het werkgebied van de API-sleutel.
#[utoipa::path(
    get,
    path = "/thuiszitters",
    tag = "leerlingen",
    operation_id = "thuiszitters",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De zaken, open zaken eerst", body = ThuiszitterLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn thuiszitters(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<ThuiszitterLijst>, ApiError> {
    let zaken = state
        .store
        .thuiszitters()
        .zaken_voor(&g.verzoeker, crate::vandaag(), "/api/v1/thuiszitters")
        .await?;
    Ok(Json(ThuiszitterLijst {
        zaken: zaken.into_iter().map(Thuiszitterzaak::from).collect(),
    }))
}

/// Eén thuiszitterzaak binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/thuiszitters/{id}",
    tag = "leerlingen",
    operation_id = "thuiszitter",
    params(("id" = i64, Path, description = "Nummer van de zaak")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De zaak", body = Thuiszitterzaak,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn thuiszitter(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Thuiszitterzaak>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen zaaknummer")))?;
    let zaak = state
        .store
        .thuiszitters()
        .zaak_voor(
            &g.verzoeker,
            id,
            crate::vandaag(),
            "/api/v1/thuiszitters/{id}",
        )
        .await?;
    Ok(Json(Thuiszitterzaak::from(zaak)))
}
