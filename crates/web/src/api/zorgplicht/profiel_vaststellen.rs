//! A new ondersteuningsprofiel for a school.

use super::profiel::{Ondersteuningsprofiel, profiel};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, datum};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::VestigingCode;
use serde::Deserialize;
use utoipa::ToSchema;

/// Het profiel zoals de school het vaststelt: per domein tot welk niveau en met hoeveel
/// plaatsen; een domein dat ontbreekt biedt de school niet.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vastgesteld": "2026-09-01", "aanbod": [
    {"domein": "leren en ontwikkelen", "totNiveau": 3, "plaatsen": 6},
    {"domein": "sociaal-emotioneel", "totNiveau": 2, "plaatsen": 4}]}))]
pub struct ProfielInvoer {
    /// Datum van vaststelling, JJJJ-MM-DD.
    pub vastgesteld: String,
    pub aanbod: Vec<ProfielAanbodInvoer>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfielAanbodInvoer {
    pub domein: String,
    pub tot_niveau: i64,
    pub plaatsen: u32,
}

/// De school stelt haar ondersteuningsprofiel vast; het vervangt het vorige.
#[utoipa::path(
    put,
    path = "/scholen/{code}/ondersteuningsprofiel",
    tag = "organisatie",
    operation_id = "ondersteuningsprofielVaststellen",
    params(("code" = String, Path, description = "Vestigingscode")),
    request_body = ProfielInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgesteld; het profiel", body = Ondersteuningsprofiel,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig domein, niveau of datum", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "aanbod[1].totNiveau: niveau 9 bestaat niet: het doelgroepenmodel kent niveau 1 tot en met 7"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet uw school", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn profiel_vaststellen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiJson(p): ApiJson<ProfielInvoer>,
) -> Result<Json<Ondersteuningsprofiel>, ApiError> {
    use passend_domain::ondersteuning::{Aanbod, Domein, Niveau};
    let vestiging = VestigingCode::parse(&code).map_err(|_| ApiError::not_found())?;
    let vastgesteld = datum(&p.vastgesteld, "vastgesteld")?;
    let mut aanbod: Vec<Aanbod> = Vec::new();
    for (i, a) in p.aanbod.iter().enumerate() {
        let veld = |naam: &str, e: &dyn std::fmt::Display| {
            ApiError::bad_request(format!("aanbod[{i}].{naam}: {e}"))
        };
        let domein = Domein::parse(&a.domein).map_err(|e| veld("domein", &e))?;
        if aanbod.iter().any(|b| b.domein == domein) {
            return Err(veld("domein", &"dit domein staat er al in"));
        }
        aanbod.push(Aanbod {
            domein,
            tot_niveau: Niveau::new(a.tot_niveau).map_err(|e| veld("totNiveau", &e))?,
            plaatsen: a.plaatsen,
        });
    }
    state
        .store
        .aanbod()
        .set_sop(
            &g.verzoeker,
            &vestiging,
            vastgesteld,
            &aanbod,
            crate::vandaag(),
        )
        .await?;
    profiel(State(state), Path(code)).await
}
