//! An SWV's escalatieladder for thuiszitter cases through the API: anyone may read it (it is
//! the SWV's published procedure); only the SWV itself changes it.

use super::auth::ApiGebruiker;
use super::extract::ApiJson;
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::thuiszitters::{Escalatieladder, MAX_STAPPEN, Stap};
use passend_domain::{Functie, SwvCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een stap: wie de zaak heeft en hoeveel weken die partij krijgt.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"naam": "Casusoverleg", "eigenaar": "school en leerplicht", "weken": 4}))]
pub struct LadderStap {
    pub naam: String,
    pub eigenaar: String,
    pub weken: i64,
}

/// De stappen in volgorde; de laatste stap neemt het bindende besluit.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"stappen": [
    {"naam": "Casusoverleg", "eigenaar": "school en leerplicht", "weken": 4},
    {"naam": "Trajectbegeleider SWV", "eigenaar": "samenwerkingsverband", "weken": 4},
    {"naam": "Bindend besluit", "eigenaar": "directeur samenwerkingsverband", "weken": 2}]}))]
pub struct Ladder {
    pub stappen: Vec<LadderStap>,
}

impl From<&Escalatieladder> for Ladder {
    fn from(l: &Escalatieladder) -> Self {
        Ladder {
            stappen: l
                .stappen()
                .iter()
                .map(|s| LadderStap {
                    naam: s.naam.clone(),
                    eigenaar: s.eigenaar.clone(),
                    weken: s.weken,
                })
                .collect(),
        }
    }
}

fn swv(code: &str) -> Result<SwvCode, ApiError> {
    SwvCode::parse(code).map_err(|e| ApiError::bad_request(format!("code: {e}")))
}

/// De escalatieladder van een samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}/escalatieladder",
    tag = "organisatie",
    operation_id = "escalatieladder",
    params(("code" = String, Path, description = "Code van het samenwerkingsverband, zoals PO2605")),
    responses(
        (status = 200, description = "De ladder", body = Ladder,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn lezen(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Ladder>, ApiError> {
    let code = swv(&code)?;
    state.store.organisaties().swv(&code).await?;
    Ok(Json(
        (&state.store.thuiszitters().ladder(&code).await?).into(),
    ))
}

/// Het samenwerkingsverband legt zijn ladder vast (ten hoogste acht stappen); open zaken
/// volgen de nieuwe ladder vanaf hun huidige stap.
#[utoipa::path(
    put,
    path = "/samenwerkingsverbanden/{code}/escalatieladder",
    tag = "organisatie",
    operation_id = "escalatieladderVastleggen",
    params(("code" = String, Path, description = "Code van het samenwerkingsverband, zoals PO2605")),
    request_body = Ladder,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd; de ladder", body = Ladder,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen geldige ladder", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "stappen: een ladder heeft ten minste één stap"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vastleggen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiJson(l): ApiJson<Ladder>,
) -> Result<Json<Ladder>, ApiError> {
    let code = swv(&code)?;
    // Only the SWV itself: anyone else learns nothing about the body's faults either.
    if !g.mag_voor(Functie::EscalatieladderVastleggen, code.as_str()) {
        return Err(ApiError::not_found());
    }
    if l.stappen.len() > MAX_STAPPEN {
        return Err(ApiError::bad_request(format!(
            "stappen: ten hoogste {MAX_STAPPEN} stappen"
        )));
    }
    let stappen = l
        .stappen
        .into_iter()
        .map(|s| Stap {
            naam: s.naam.trim().to_string(),
            eigenaar: s.eigenaar.trim().to_string(),
            weken: s.weken,
        })
        .collect();
    let ladder = Escalatieladder::new(stappen)
        .map_err(|e| ApiError::bad_request(format!("stappen: {e}")))?;
    state
        .store
        .thuiszitters()
        .set_ladder(&g.verzoeker, &code, &ladder)
        .await?;
    Ok(Json((&ladder).into()))
}
