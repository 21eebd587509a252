//! The samenwerkingsverband's decision on an arrangement.

use super::schema::Arrangement;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::nummer;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::ondersteuning::ArrangementBesluitVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::ToSchema;

/// Het besluit van het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"besluit": "toegekend", "inhoud": "2 uur per week ambulante begeleiding",
    "van": "2026-12-01", "tot": "2027-07-31", "kosten": "4500.00"}))]
pub struct ArrangementBesluitInvoer {
    /// toegekend of afgewezen.
    pub besluit: String,
    /// Bij toekenning: wat er wordt ingezet.
    pub inhoud: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    /// Bij toekenning: bedrag in euro, als tekst ("4500.00").
    pub kosten: Option<String>,
    /// Bij afwijzing: de redenen.
    pub reden: Option<String>,
}

/// Beslissen over een aanvraag, na het overleg (het samenwerkingsverband waar de aanvraag ligt).
#[utoipa::path(
    post,
    path = "/arrangementen/{id}/besluit",
    tag = "ondersteuning",
    operation_id = "arrangementBesluit",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = ArrangementBesluitInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Besloten", body = Arrangement,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: nog geen overleg, al beslist, onvolledig besluit", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "leg eerst het overleg (loket/MDO) vast"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluit(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ArrangementBesluitInvoer>,
) -> Result<Json<Arrangement>, ApiError> {
    const ROUTE: &str = "/api/v1/arrangementen/{id}/besluit";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let beslissing = ArrangementBesluitVelden {
        besluit: &b.besluit,
        reden: b.reden.as_deref().unwrap_or_default(),
        inhoud: b.inhoud.as_deref().unwrap_or_default(),
        van: b.van.as_deref(),
        tot: b.tot.as_deref(),
        kosten: b.kosten.as_deref(),
    }
    .lees()?;
    state
        .store
        .arrangementen()
        .beslis_arrangement(&g.verzoeker, id, &beslissing, today, ROUTE)
        .await?;
    let a = state
        .store
        .arrangementen()
        .arrangement_voor(&g.verzoeker, id, today, ROUTE)
        .await?;
    Ok(Json(Arrangement::van(a)))
}
