//! The table: who sat at it and what was agreed.

use super::partijen;
use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::ondersteuning::OverlegVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Het overleg (loket of MDO) over een aanvraag, door het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-19", "deelnemers": ["ouders", "school", "samenwerkingsverband"],
    "oudersAanwezig": true, "stemKind": "Lotte wil op haar school blijven", "verslag": "ambulante begeleiding past"}))]
pub struct OverlegInvoer {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    /// Ten minste school en samenwerkingsverband; verder ouders, jeugdhulp, gemeente.
    pub deelnemers: Vec<String>,
    #[serde(default)]
    pub ouders_aanwezig: bool,
    /// Wat het kind zei, of waarom het niet is gehoord.
    pub stem_kind: String,
    pub verslag: Option<String>,
}

/// Het overleg over een aanvraag vastleggen (het samenwerkingsverband waar de aanvraag ligt).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/overleg",
    tag = "ondersteuning",
    operation_id = "arrangementOverleg",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = OverlegInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: deelnemers, stem van het kind, datum, al beslist", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn overleg(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OverlegInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/overleg";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let overleg = OverlegVelden {
        datum: Some(&o.datum),
        deelnemers: partijen(&o.deelnemers, "deelnemers")?,
        ouders_aanwezig: o.ouders_aanwezig,
        stem_kind: &o.stem_kind,
        verslag: o.verslag.as_deref().unwrap_or_default(),
    }
    .lees()?;
    state
        .store
        .arrangementen()
        .leg_overleg_vast(&g.verzoeker, id, &overleg, today, ROUTE)
        .await?;
    let a = state
        .store
        .arrangementen()
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}
