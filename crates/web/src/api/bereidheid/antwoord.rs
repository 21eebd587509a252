//! The asked school reads its requests and answers one itself.

use super::{Bereidheidsvraag, nummer};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::bereidheid::AntwoordVelden;
use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct BereidheidsvraagLijst {
    pub bereidheidsvragen: Vec<Bereidheidsvraag>,
}

/// De vragen aan de eigen school, open eerst.
#[utoipa::path(
    get,
    path = "/bereidheidsvragen",
    tag = "leerlingen",
    operation_id = "bereidheidsvragen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vragen", body = BereidheidsvraagLijst, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn lijst(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<BereidheidsvraagLijst>, ApiError> {
    let lijst = state
        .store
        .aanmeldingen()
        .bereidheidsvragen_voor(&g.verzoeker, crate::vandaag(), "/api/v1/bereidheidsvragen")
        .await?;
    Ok(Json(BereidheidsvraagLijst {
        bereidheidsvragen: lijst.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"bereid": true, "datum": "2026-12-07"}))]
pub struct AntwoordInvoer {
    pub bereid: bool,
    /// De dag van het antwoord, JJJJ-MM-DD.
    #[schema(format = Date)]
    pub datum: String,
}

/// Het antwoord van de gevraagde school zelf: ja of nee met de datum, één keer, op tijd.
#[utoipa::path(
    post,
    path = "/bereidheidsvragen/{id}/antwoord",
    tag = "leerlingen",
    operation_id = "bereidheidBeantwoorden",
    params(("id" = i64, Path, description = "Nummer van de vraag")),
    request_body = AntwoordInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Beantwoord; de vraag", body = Bereidheidsvraag, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet de gevraagde school, termijn verstreken of datum ongeldig", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet aan uw school gevraagd", body = Probleem, content_type = "application/problem+json"),
        (status = 409, description = "Al beantwoord", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn antwoord(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<AntwoordInvoer>,
) -> Result<Json<Bereidheidsvraag>, ApiError> {
    const ROUTE: &str = "/api/v1/bereidheidsvragen/{id}/antwoord";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let ja_nee = if a.bereid { "ja" } else { "nee" };
    let (bereid, datum) = AntwoordVelden {
        bereid: ja_nee,
        datum: Some(&a.datum),
    }
    .lees()?;
    let store = state.store.aanmeldingen();
    store
        .beantwoord_bereidheid(&g.verzoeker, id, bereid, datum, today, ROUTE)
        .await?;
    Ok(Json(
        store
            .bereidheidsvraag_voor(&g.verzoeker, id, today, ROUTE)
            .await?
            .into(),
    ))
}
