//! The decision on a registration, with its letter.

use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::aanmelding::BesluitVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BesluitInvoer {
    /// toegelaten, toegelaten-extra, elders, tlv, niet-behandeld, geen-plaatsruimte, grondslag of toelatingsvoorwaarden.
    pub soort: String,
    /// Bij "elders": de vestigingscode van de school die zelf heeft verklaard bereid te zijn
    /// (zie bereidheidsvragen); haar antwoord geeft de datum.
    pub andere_school: Option<String>,
    pub reden: Option<String>,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Brief {
    pub brief: String,
}

/// Het besluit over een aanmelding van de eigen school; geeft de brief aan de ouders terug.
#[utoipa::path(
    post,
    path = "/aanmeldingen/{id}/besluit",
    tag = "leerlingen",
    operation_id = "aanmeldingBesluit",
    params(("id" = i64, Path, description = "Nummer van de aanmelding")),
    request_body = BesluitInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Brief, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan, bijvoorbeeld een weigering zonder ja van de gevraagde school", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluit(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<BesluitInvoer>,
) -> Result<Json<Brief>, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))?;
    let besluit = BesluitVelden {
        soort: &b.soort,
        andere_school: b.andere_school.as_deref().unwrap_or_default(),
        reden: b.reden.as_deref().unwrap_or_default(),
    }
    .lees()?;
    let brief = state
        .store
        .aanmeldingen()
        .beslis_aanmelding(
            &g.verzoeker,
            id,
            &besluit,
            &b.stem_kind,
            crate::vandaag(),
            "/api/v1/aanmeldingen/{id}/besluit",
        )
        .await?;
    Ok(Json(Brief { brief }))
}
