//! A new version (concept) of the caller's plan.

use super::alleen_swv;
use super::schema::Plan;
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::ondersteuning::{Aangemaakt, aangemaakt};
use crate::api::problem::{ApiError, Probleem};
use crate::formulier::verantwoording::PlanVelden;
use axum::extract::State;
use passend_domain::verantwoording::Inhoud;
use passend_store::verantwoording as v;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StreefwaardeInvoer {
    pub doel: String,
    /// thuiszitters, tlv-toegekend, opp, arrangementen of geschillen.
    pub kengetal: String,
    /// hoogstens of minstens.
    pub richting: String,
    pub streefwaarde: i64,
    pub meting: String,
}

/// Een nieuwe versie (concept) van het plan van uw samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"van": "2027-2028", "tot": "2030-2031", "basisondersteuning": "…", "extraOndersteuning": "…",
    "middelen": "…", "tlvProcedure": "…", "ouders": "…", "doelen": "…", "terugplaatsing": "…", "overdrachten": "…",
    "streefwaarden": [{"doel": "Minder thuiszitters", "kengetal": "thuiszitters", "richting": "hoogstens", "streefwaarde": 2, "meting": "maandelijks"}]}))]
pub struct PlanInvoer {
    pub van: String,
    pub tot: String,
    #[serde(default)]
    pub basisondersteuning: String,
    #[serde(default)]
    pub extra_ondersteuning: String,
    #[serde(default)]
    pub middelen: String,
    #[serde(default)]
    pub tlv_procedure: String,
    #[serde(default)]
    pub ouders: String,
    #[serde(default)]
    pub doelen: String,
    /// De terugplaatsing of overplaatsing vanuit het (voortgezet) speciaal onderwijs (WPO art. 18a lid 8 d).
    #[serde(default)]
    pub terugplaatsing: String,
    /// Hoe groei wordt vastgesteld en wat het aandeel van de scholen in de overdrachten is (lid 8 g–j).
    #[serde(default)]
    pub overdrachten: String,
    #[serde(default)]
    pub streefwaarden: Vec<StreefwaardeInvoer>,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen",
    tag = "verantwoording",
    operation_id = "ondersteuningsplanVersieMaken",
    request_body = PlanInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Nieuwe versie als concept", body = Plan,
         headers(("API-Version" = String, description = "Versie van de API"), ("Location" = String, description = "De nieuwe versie"))),
        (status = 400, description = "Ongeldige invoer, zoals meer dan vier schooljaren", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn nieuw_plan(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(p): ApiJson<PlanInvoer>,
) -> Result<Aangemaakt<Plan>, ApiError> {
    alleen_swv(&g)?;
    let plan = PlanVelden {
        van: &p.van,
        tot: &p.tot,
        inhoud: Inhoud {
            basisondersteuning: &p.basisondersteuning,
            extra_ondersteuning: &p.extra_ondersteuning,
            middelen: &p.middelen,
            tlv_procedure: &p.tlv_procedure,
            ouders: &p.ouders,
            doelen: &p.doelen,
            terugplaatsing: &p.terugplaatsing,
            overdrachten: &p.overdrachten,
            ..Inhoud::default()
        },
        streefwaarden: p
            .streefwaarden
            .into_iter()
            .map(|s| v::NieuweStreefwaarde {
                doel: s.doel,
                kengetal: s.kengetal,
                richting: s.richting,
                streefwaarde: s.streefwaarde,
                meting: s.meting,
            })
            .collect(),
    }
    .lees()?;
    let id = state
        .store
        .verantwoording()
        .maak_plan_versie(&g.verzoeker, &plan, "/api/v1/ondersteuningsplannen")
        .await?;
    let p = state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, crate::vandaag())
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/ondersteuningsplannen/{id}"),
        Plan::from(p),
    ))
}
