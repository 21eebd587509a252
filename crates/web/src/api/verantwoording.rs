//! Ondersteuningsplan, disputes and vso outflow: the plan with its versions, OOGO, the
//! ondersteuningsplanraad's vote, vaststelling and submission; disputes within the caller's
//! pupil scope and their anonymous counts; expected against actual vso outflow.

use super::extract::{ApiJson, ApiQuery, datum};
use super::ondersteuning::{Aangemaakt, aangemaakt, dag, nummer, opt_dag, opt_datum, veld};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::monitor::{MonitorCel, cel};
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::verantwoording::{Bestemming, GeschilSoort, Stemming};
use passend_domain::{Functie, Schooljaar};
use passend_store::LeerlingId;
use passend_store::verantwoording as v;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(
        plannen,
        nieuw_plan,
        plan,
        oogo,
        overleg_swv,
        instemming,
        vaststelling,
        indiening,
        geschillen,
        nieuw_geschil,
        geschil_bijwerken,
        geschillen_telling,
        uitstroom,
        uitstroom_vastleggen,
        uitstroom_leerlingen,
        uitstroom_na_jaar
    ),
    tags((name = "verantwoording", description = "Ondersteuningsplan met op overeenstemming gericht overleg en instemming van de ondersteuningsplanraad, geschillen en verwijzingen, uitstroom uit het vso"))
)]
pub struct VerantwoordingApi;

const ROUTE_PLAN: &str = "/api/v1/ondersteuningsplannen/{id}";

fn schooljaar(s: &str, naam: &str) -> Result<Schooljaar, ApiError> {
    Schooljaar::parse(s).map_err(|e| veld(naam, e))
}

/// Een versie van het ondersteuningsplan, kort.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanVersie {
    pub id: i64,
    pub samenwerkingsverband: String,
    pub versie: i64,
    /// Eerste schooljaar, JJJJ-JJJJ.
    pub van: String,
    /// Laatste schooljaar (ten hoogste het vierde).
    pub tot: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub vastgesteld_op: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingediend_op: Option<String>,
}

impl From<&v::PlanRegel> for PlanVersie {
    fn from(p: &v::PlanRegel) -> Self {
        Self {
            id: p.id,
            samenwerkingsverband: p.swv_code.clone(),
            versie: p.versie,
            van: p.van.to_string(),
            tot: p.tot.to_string(),
            vastgesteld_op: opt_dag(p.vastgesteld_op),
            ingediend_op: opt_dag(p.ingediend_op),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanLijst {
    pub ondersteuningsplannen: Vec<PlanVersie>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Streefwaarde {
    pub doel: String,
    pub kengetal: String,
    /// hoogstens of minstens.
    pub richting: String,
    pub streefwaarde: i64,
    pub meting: String,
    /// De waarde van het kengetal dit schooljaar, zoals de monitor telt; buiten het
    /// samenwerkingsverband zelf een klein aantal als "<10".
    pub huidig: MonitorCel,
    /// Of de streefwaarde is gehaald; `null` als de waarde verborgen is.
    pub behaald: Option<bool>,
    /// Het cijfer in de monitor.
    pub monitor: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Oogo {
    pub gemeentecode: String,
    pub gemeente: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    /// overeenstemming of geen overeenstemming; leeg: nog niet gevoerd.
    pub uitkomst: Option<String>,
    pub verschillen: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OverlegSwv {
    pub samenwerkingsverband: String,
    /// Leeg: nog niet gevoerd.
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    pub verslag: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Instemming {
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub voor: i64,
    pub tegen: i64,
    pub onthouding: i64,
    pub ingestemd: bool,
    pub voorwaarden: Option<String>,
}

/// Een versie met inhoud, eigen streefwaarden, overleg met de gemeenten, instemming en wat
/// nog ontbreekt om vast te stellen.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    #[serde(flatten)]
    pub versie: PlanVersie,
    pub basisondersteuning: String,
    pub extra_ondersteuning: String,
    pub middelen: String,
    pub tlv_procedure: String,
    pub ouders: String,
    pub doelen: String,
    pub terugplaatsing: String,
    pub overdrachten: String,
    pub streefwaarden: Vec<Streefwaarde>,
    pub oogo: Vec<Oogo>,
    /// Het overleg met elk samenwerkingsverband van de andere sector waarvan het gebied overlapt.
    pub overleg_samenwerkingsverbanden: Vec<OverlegSwv>,
    pub instemming: Option<Instemming>,
    pub ontbreekt: Vec<String>,
    /// Vóór 1 mei voorafgaand aan het eerste schooljaar.
    #[schema(format = Date, value_type = String)]
    pub indienen_uiterlijk: String,
    pub tijdig_ingediend: Option<bool>,
}

impl From<v::PlanVersie> for Plan {
    fn from(p: v::PlanVersie) -> Self {
        Self {
            versie: PlanVersie::from(&p.regel),
            basisondersteuning: p.basisondersteuning,
            extra_ondersteuning: p.extra_ondersteuning,
            middelen: p.middelen,
            tlv_procedure: p.tlv_procedure,
            ouders: p.ouders,
            doelen: p.doelen,
            terugplaatsing: p.terugplaatsing,
            overdrachten: p.overdrachten,
            overleg_samenwerkingsverbanden: p
                .overleg_swv
                .into_iter()
                .map(|o| OverlegSwv {
                    samenwerkingsverband: o.swv_code,
                    datum: opt_dag(o.datum),
                    verslag: o.verslag,
                })
                .collect(),
            streefwaarden: p
                .streefwaarden
                .into_iter()
                .map(|s| Streefwaarde {
                    doel: s.doel,
                    kengetal: s.kengetal,
                    richting: s.richting,
                    streefwaarde: s.streefwaarde,
                    meting: s.meting,
                    huidig: cel(s.huidig, crate::monitor_drempel()),
                    behaald: s.behaald,
                    monitor: s.monitor,
                })
                .collect(),
            oogo: p
                .oogo
                .into_iter()
                .map(|o| Oogo {
                    gemeentecode: o.gemeentecode,
                    gemeente: o.gemeente,
                    datum: opt_dag(o.datum),
                    uitkomst: o.uitkomst,
                    verschillen: o.verschillen,
                })
                .collect(),
            instemming: p.instemming.map(|i| Instemming {
                datum: dag(i.datum),
                voor: i.voor,
                tegen: i.tegen,
                onthouding: i.onthouding,
                ingestemd: i.ingestemd,
                voorwaarden: i.voorwaarden,
            }),
            ontbreekt: p.ontbreekt,
            indienen_uiterlijk: dag(p.indienen_uiterlijk),
            tijdig_ingediend: p.tijdig,
        }
    }
}

#[utoipa::path(
    get,
    path = "/ondersteuningsplannen",
    tag = "verantwoording",
    operation_id = "ondersteuningsplannen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versies die u mag zien: van het eigen samenwerkingsverband (medewerkers, ondersteuningsplanraad), alle (inspectie, ministerie); anders leeg", body = PlanLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn plannen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<PlanLijst>, ApiError> {
    let lijst = state.store.plannen(&g.verzoeker).await?;
    Ok(Json(PlanLijst {
        ondersteuningsplannen: lijst.iter().map(PlanVersie::from).collect(),
    }))
}

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

fn alleen_swv(g: &crate::session::Gebruiker) -> Result<(), ApiError> {
    g.api_vereist(Functie::PlanSchrijven)
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
    let plan = v::NieuwPlan {
        van: schooljaar(&p.van, "van")?,
        tot: schooljaar(&p.tot, "tot")?,
        basisondersteuning: p.basisondersteuning,
        extra_ondersteuning: p.extra_ondersteuning,
        middelen: p.middelen,
        tlv_procedure: p.tlv_procedure,
        ouders: p.ouders,
        doelen: p.doelen,
        terugplaatsing: p.terugplaatsing,
        overdrachten: p.overdrachten,
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
    };
    let id = state
        .store
        .maak_plan_versie(&g.verzoeker, &plan, "/api/v1/ondersteuningsplannen")
        .await?;
    let p = state
        .store
        .plan_versie(&g.verzoeker, id, crate::vandaag())
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/ondersteuningsplannen/{id}"),
        Plan::from(p),
    ))
}

#[utoipa::path(
    get,
    path = "/ondersteuningsplannen/{id}",
    tag = "verantwoording",
    operation_id = "ondersteuningsplan",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met streefwaarden (met de stand van vandaag), overleg, instemming en wat ontbreekt", body = Plan,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn plan(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let p = state
        .store
        .plan_versie(&g.verzoeker, id, crate::vandaag())
        .await?;
    Ok(Json(Plan::from(p)))
}

/// Het op overeenstemming gericht overleg met één gemeente uit de regio.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"gemeentecode": "0356", "datum": "2026-10-01", "uitkomst": "overeenstemming"}))]
pub struct OogoInvoer {
    pub gemeentecode: String,
    #[schema(format = Date)]
    pub datum: String,
    /// overeenstemming of geen overeenstemming.
    pub uitkomst: String,
    /// Nodig zonder overeenstemming.
    #[serde(default)]
    pub verschillen: String,
}

async fn na_wijziging(
    state: &AppState,
    g: &crate::session::Gebruiker,
    id: i64,
) -> Result<Json<Plan>, ApiError> {
    Ok(Json(Plan::from(
        state
            .store
            .plan_versie(&g.verzoeker, id, crate::vandaag())
            .await?,
    )))
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/oogo",
    tag = "verantwoording",
    operation_id = "oogoVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = OogoInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met het overleg", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn oogo(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OogoInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    alleen_swv(&g)?;
    state
        .store
        .leg_oogo_vast(
            &g.verzoeker,
            id,
            o.gemeentecode.trim(),
            datum(&o.datum, "datum")?,
            &o.uitkomst,
            &o.verschillen,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}

/// Het overleg met een samenwerkingsverband van de andere sector waarvan het gebied overlapt
/// (WPO art. 18a lid 9, WVO art. 17a lid 9).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"samenwerkingsverband": "VO2605", "datum": "2026-10-15", "verslag": "Afspraken over de overstap naar het vo"}))]
pub struct OverlegSwvInvoer {
    pub samenwerkingsverband: String,
    #[schema(format = Date)]
    pub datum: String,
    pub verslag: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/overleg-samenwerkingsverband",
    tag = "verantwoording",
    operation_id = "overlegSamenwerkingsverbandVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = OverlegSwvInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met het overleg", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer, geen overlappend samenwerkingsverband, of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn overleg_swv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(o): ApiJson<OverlegSwvInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    alleen_swv(&g)?;
    state
        .store
        .leg_overleg_swv_vast(
            &g.verzoeker,
            id,
            &o.samenwerkingsverband,
            datum(&o.datum, "datum")?,
            &o.verslag,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}

/// De stemming van de ondersteuningsplanraad over een versie.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-11-01", "voor": 7, "tegen": 1, "onthouding": 0, "voorwaarden": "halfjaarlijkse rapportage"}))]
pub struct InstemmingInvoer {
    #[schema(format = Date)]
    pub datum: String,
    pub voor: i64,
    pub tegen: i64,
    #[serde(default)]
    pub onthouding: i64,
    #[serde(default)]
    pub voorwaarden: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/instemming",
    tag = "verantwoording",
    operation_id = "instemmingVastleggen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = InstemmingInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De versie met de stemming", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer of versie al vastgesteld", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn instemming(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<InstemmingInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    alleen_swv(&g)?;
    state
        .store
        .leg_instemming_vast(
            &g.verzoeker,
            id,
            datum(&i.datum, "datum")?,
            Stemming {
                voor: i.voor,
                tegen: i.tegen,
                onthouding: i.onthouding,
            },
            &i.voorwaarden,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}

/// An empty JSON object. Hand-written because serde's derived form of a struct without
/// fields also takes `[]`, and a body that is not an object must be refused.
#[derive(Debug, ToSchema)]
pub struct LeegInvoer {}

impl<'de> Deserialize<'de> for LeegInvoer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Leeg;
        impl<'de> serde::de::Visitor<'de> for Leeg {
            type Value = LeegInvoer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct LeegInvoer (een leeg object)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<LeegInvoer, A::Error> {
                match m.next_key::<String>()? {
                    Some(veld) => Err(serde::de::Error::unknown_field(&veld, &[])),
                    None => Ok(LeegInvoer {}),
                }
            }
        }
        d.deserialize_map(Leeg)
    }
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/vaststelling",
    tag = "verantwoording",
    operation_id = "ondersteuningsplanVaststellen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = LeegInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgesteld", body = Plan, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Kan nog niet: zonder overleg met elke gemeente of instemming van de ondersteuningsplanraad, of onvolledig", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn vaststelling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(_): ApiJson<LeegInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    alleen_swv(&g)?;
    state
        .store
        .stel_plan_vast(&g.verzoeker, id, today, ROUTE_PLAN)
        .await?;
    na_wijziging(&state, &g, id).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IndieningInvoer {
    /// Dag van toezending aan de inspectie.
    #[schema(format = Date)]
    pub datum: String,
}

#[utoipa::path(
    post,
    path = "/ondersteuningsplannen/{id}/indiening",
    tag = "verantwoording",
    operation_id = "ondersteuningsplanIndienen",
    params(("id" = i64, Path, description = "Nummer van de versie")),
    request_body = IndieningInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd; tijdigIngediend zegt of het vóór 1 mei voorafgaand aan het eerste schooljaar was", body = Plan,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet vastgesteld, al ingediend, of een datum vóór de vaststelling of in de toekomst", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn indiening(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<IndieningInvoer>,
) -> Result<Json<Plan>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state.store.plan_versie(&g.verzoeker, id, today).await?;
    alleen_swv(&g)?;
    state
        .store
        .dien_plan_in(
            &g.verzoeker,
            id,
            datum(&i.datum, "datum")?,
            today,
            ROUTE_PLAN,
        )
        .await?;
    na_wijziging(&state, &g, id).await
}

/// Een geschil bij de geschillencommissie, of een verwijzing naar een onderwijsconsulent.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Geschil {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    pub vestiging: String,
    pub samenwerkingsverband: String,
    /// toelating, verwijdering, opp of onderwijsconsulent.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub omschrijving: String,
    /// Tien weken na ontvangst door de commissie; leeg bij een onderwijsconsulent.
    #[schema(format = Date, value_type = Option<String>)]
    pub oordeel_uiterlijk: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub oordeel_datum: Option<String>,
    pub oordeel: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub reactie_datum: Option<String>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<String>,
}

impl From<v::Geschil> for Geschil {
    fn from(g: v::Geschil) -> Self {
        Self {
            id: g.id,
            leerling: g.leerling_id.0,
            naam: g.naam,
            vestiging: g.vestiging_code,
            samenwerkingsverband: g.swv_code,
            soort: g.soort,
            ingediend_op: dag(g.ingediend_op),
            omschrijving: g.omschrijving,
            oordeel_uiterlijk: opt_dag(g.oordeel_uiterlijk),
            oordeel_datum: opt_dag(g.oordeel_datum),
            oordeel: g.oordeel,
            reactie_datum: opt_dag(g.reactie_datum),
            volgt_oordeel: g.volgt_oordeel,
            reactie: g.reactie,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GeschillenLijst {
    pub geschillen: Vec<Geschil>,
}

#[utoipa::path(
    get,
    path = "/geschillen",
    tag = "verantwoording",
    operation_id = "geschillen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De geschillen van leerlingen binnen uw werkgebied (bezwaar tegen een TLV staat bij de TLV)", body = GeschillenLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschillen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<GeschillenLijst>, ApiError> {
    let lijst = state
        .store
        .geschillen_voor(&g.verzoeker, crate::vandaag(), "/api/v1/geschillen")
        .await?;
    Ok(Json(GeschillenLijst {
        geschillen: lijst.into_iter().map(Geschil::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"leerling": 12, "soort": "verwijdering", "vestiging": "90AA00", "ingediendOp": "2026-10-01",
    "omschrijving": "ouders bestrijden de verwijdering"}))]
pub struct GeschilInvoer {
    pub leerling: i64,
    /// toelating, verwijdering, opp of onderwijsconsulent.
    pub soort: String,
    pub vestiging: String,
    #[schema(format = Date)]
    pub ingediend_op: String,
    pub omschrijving: String,
}

#[utoipa::path(
    post,
    path = "/geschillen",
    tag = "verantwoording",
    operation_id = "geschilVastleggen",
    request_body = GeschilInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd, met de termijn voor het oordeel", body = Geschil,
         headers(("API-Version" = String, description = "Versie van de API"), ("Location" = String, description = "Het geschil"))),
        (status = 400, description = "Ongeldige invoer, of u bent geen partij (school, bestuur of samenwerkingsverband)", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn nieuw_geschil(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(i): ApiJson<GeschilInvoer>,
) -> Result<Aangemaakt<Geschil>, ApiError> {
    let today = crate::vandaag();
    let nieuw = v::NieuwGeschil {
        soort: GeschilSoort::parse(&i.soort).ok_or_else(|| {
            veld(
                "soort",
                format!(
                    "'{}' is geen soort: toelating, verwijdering, opp of onderwijsconsulent",
                    i.soort
                ),
            )
        })?,
        vestiging: i.vestiging.trim().to_uppercase(),
        ingediend_op: datum(&i.ingediend_op, "ingediendOp")?,
        omschrijving: i.omschrijving,
    };
    let id = state
        .store
        .registreer_geschil(
            &g.verzoeker,
            LeerlingId(i.leerling),
            &nieuw,
            today,
            "/api/v1/geschillen",
        )
        .await?;
    let geschil = state
        .store
        .geschil_voor(&g.verzoeker, id, today, "/api/v1/geschillen")
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/geschillen/{id}"),
        Geschil::from(geschil),
    ))
}

/// Het oordeel (bij een onderwijsconsulent: de uitkomst) en de reactie van het bestuur; elk één keer.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"oordeelDatum": "2026-11-01", "oordeel": "gegrond", "reactieDatum": "2026-11-15", "volgtOordeel": false,
    "reactie": "inmiddels is een andere school bereid de leerling toe te laten"}))]
pub struct GeschilStapInvoer {
    #[schema(format = Date)]
    pub oordeel_datum: Option<String>,
    pub oordeel: Option<String>,
    #[schema(format = Date)]
    pub reactie_datum: Option<String>,
    pub volgt_oordeel: Option<bool>,
    /// Wat het bestuur met het oordeel doet; bij afwijken de motivering.
    pub reactie: Option<String>,
}

#[utoipa::path(
    patch,
    path = "/geschillen/{id}",
    tag = "verantwoording",
    operation_id = "geschilBijwerken",
    params(("id" = i64, Path, description = "Nummer van het geschil")),
    request_body = GeschilStapInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Bijgewerkt", body = Geschil, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer: een afwijking zonder motivering, een reactie vóór het oordeel, al vastgelegd", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschil_bijwerken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<GeschilStapInvoer>,
) -> Result<Json<Geschil>, ApiError> {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    let stap = v::GeschilStap {
        oordeel_datum: opt_datum(i.oordeel_datum.as_deref(), "oordeelDatum")?,
        oordeel: i.oordeel,
        reactie_datum: opt_datum(i.reactie_datum.as_deref(), "reactieDatum")?,
        volgt_oordeel: i.volgt_oordeel,
        reactie: i.reactie,
    };
    state
        .store
        .werk_geschil_bij(&g.verzoeker, id, &stap, today, "/api/v1/geschillen/{id}")
        .await?;
    let geschil = state
        .store
        .geschil_voor(&g.verzoeker, id, today, "/api/v1/geschillen/{id}")
        .await?;
    Ok(Json(Geschil::from(geschil)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SchooljaarQuery {
    /// JJJJ-JJJJ; standaard het huidige schooljaar.
    pub schooljaar: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Telling {
    pub samenwerkingsverband: String,
    /// toelating, verwijdering, opp, onderwijsconsulent of tlv-bezwaar.
    pub soort: String,
    /// Buiten het samenwerkingsverband zelf verborgen als het klein is (zoals in de monitor).
    pub aantal: MonitorCel,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GeschillenTelling {
    pub schooljaar: String,
    pub tellingen: Vec<Telling>,
}

#[utoipa::path(
    get,
    path = "/geschillentelling",
    tag = "verantwoording",
    operation_id = "geschillentelling",
    params(SchooljaarQuery),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Aantallen per samenwerkingsverband en soort, zonder leerling of school", body = GeschillenTelling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn geschillen_telling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<SchooljaarQuery>,
) -> Result<Json<GeschillenTelling>, ApiError> {
    let jaar = match q.schooljaar.as_deref() {
        Some(s) => schooljaar(s, "schooljaar")?,
        None => Schooljaar::of(crate::vandaag()),
    };
    // Counts are for the SWV's staff, its OPR and national supervision; others have none.
    let tellingen = if g.mag(Functie::Verantwoordingscijfers) {
        state
            .store
            .geschillen_overzicht(&g.verzoeker, jaar, crate::vandaag())
            .await?
    } else {
        Vec::new()
    };
    Ok(Json(GeschillenTelling {
        schooljaar: jaar.to_string(),
        tellingen: tellingen
            .into_iter()
            .map(|(swv, soort, n)| Telling {
                samenwerkingsverband: swv,
                soort: soort.to_string(),
                aantal: cel(n, crate::monitor_drempel()),
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomRij {
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding; leeg: geen profiel in het OPP.
    pub verwacht: Option<String>,
    pub vervolgonderwijs: MonitorCel,
    pub arbeidsmarkt: MonitorCel,
    pub dagbesteding: MonitorCel,
    pub onbekend: MonitorCel,
    pub volgens_verwachting: MonitorCel,
    pub totaal: MonitorCel,
}

/// Aantallen van een samenwerkingsverband of school. Buiten het samenwerkingsverband en de
/// scholen zelf zijn kleine aantallen verborgen zoals in de monitor, en zijn er geen
/// tabellen per school.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomGroep {
    pub code: String,
    pub naam: String,
    pub totaal: MonitorCel,
    pub rijen: Vec<UitstroomRij>,
    /// Een jaar later, waar bekend: vervolgonderwijs, arbeidsmarkt, dagbesteding, onbekend.
    pub na_een_jaar: Vec<MonitorCel>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Uitstroom {
    pub samenwerkingsverbanden: Vec<UitstroomGroep>,
    pub scholen: Vec<UitstroomGroep>,
}

fn groep(g: v::UitstroomGroep) -> UitstroomGroep {
    let c = |c| cel(c, crate::monitor_drempel());
    UitstroomGroep {
        code: g.code,
        naam: g.naam,
        totaal: c(g.totaal),
        rijen: g
            .rijen
            .iter()
            .map(|r| UitstroomRij {
                verwacht: r.verwacht.map(|u| u.as_str().to_string()),
                vervolgonderwijs: c(r.feitelijk[0]),
                arbeidsmarkt: c(r.feitelijk[1]),
                dagbesteding: c(r.feitelijk[2]),
                onbekend: c(r.feitelijk[3]),
                volgens_verwachting: c(r.conform),
                totaal: c(r.totaal),
            })
            .collect(),
        na_een_jaar: g.na_jaar.iter().map(|n| c(*n)).collect(),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UitstroomQuery {
    /// Alleen de uitstroom van dit schooljaar (JJJJ-JJJJ); standaard alle.
    pub schooljaar: Option<String>,
}

#[utoipa::path(
    get,
    path = "/vso-uitstroom",
    tag = "verantwoording",
    operation_id = "vsoUitstroom",
    params(UitstroomQuery),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Verwachte tegen werkelijke uitstroom per samenwerkingsverband en per school, alleen aantallen", body = Uitstroom,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig schooljaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<UitstroomQuery>,
) -> Result<Json<Uitstroom>, ApiError> {
    let jaar = q
        .schooljaar
        .as_deref()
        .map(|s| schooljaar(s, "schooljaar"))
        .transpose()?;
    let (swv, scholen) = state
        .store
        .uitstroom_vergelijking(&g.verzoeker, jaar)
        .await?;
    Ok(Json(Uitstroom {
        samenwerkingsverbanden: swv.into_iter().map(groep).collect(),
        scholen: scholen.into_iter().map(groep).collect(),
    }))
}

fn bestemming(s: &str) -> Result<Bestemming, ApiError> {
    Bestemming::parse(s).ok_or_else(|| {
        veld(
            "bestemming",
            format!(
                "'{s}' is geen bestemming: vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend"
            ),
        )
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"vestiging": "90VS00", "uitstroomdatum": "2026-07-31", "bestemming": "vervolgonderwijs", "vervolgSoort": "entreeopleiding"}))]
pub struct UitstroomInvoer {
    pub vestiging: String,
    #[schema(format = Date)]
    pub uitstroomdatum: String,
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend.
    pub bestemming: String,
    /// Bij vervolgonderwijs: entreeopleiding, mbo niveau 2, mbo niveau 3, mbo niveau 4, hbo of wo, voortgezet onderwijs, anders.
    pub vervolg_soort: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UitstroomVastgelegd {
    pub id: i64,
}

#[utoipa::path(
    post,
    path = "/leerlingen/{id}/vso-uitstroom",
    tag = "verantwoording",
    operation_id = "vsoUitstroomVastleggen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = UitstroomInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Vastgelegd; het verwachte profiel komt uit het OPP", body = UitstroomVastgelegd,
         headers(("API-Version" = String, description = "Versie van de API"), ("Location" = String, description = "Het overzicht"))),
        (status = 400, description = "Ongeldige invoer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Leerling onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_vastleggen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<UitstroomInvoer>,
) -> Result<Aangemaakt<UitstroomVastgelegd>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let u = v::NieuweUitstroom {
        vestiging: i.vestiging.trim().to_uppercase(),
        uitstroomdatum: datum(&i.uitstroomdatum, "uitstroomdatum")?,
        bestemming: bestemming(&i.bestemming)?,
        vervolg_soort: i.vervolg_soort,
    };
    let id = state
        .store
        .registreer_uitstroom(
            &g.verzoeker,
            leerling,
            &u,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/vso-uitstroom",
        )
        .await?;
    Ok(aangemaakt(
        "/api/v1/vso-uitstroom".to_string(),
        UitstroomVastgelegd { id },
    ))
}

/// One leaver the caller records and follows up.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vertrekker {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    pub samenwerkingsverband: String,
    #[schema(format = Date)]
    pub uitstroomdatum: String,
    /// Het uitstroomprofiel van het OPP bij vertrek; leeg als er geen was.
    pub verwacht: Option<String>,
    pub bestemming: String,
    pub vervolg_soort: Option<String>,
    /// Waar de leerling een jaar later was, als dat is vastgelegd.
    #[schema(format = Date)]
    pub na_een_jaar_datum: Option<String>,
    pub na_een_jaar_bestemming: Option<String>,
    pub na_een_jaar_soort: Option<String>,
    /// Of de leerling ging waar het OPP verwachtte; leeg als er niets te vergelijken is.
    pub volgens_verwachting: Option<bool>,
}

impl From<v::UitstroomRegel> for Vertrekker {
    fn from(u: v::UitstroomRegel) -> Self {
        Vertrekker {
            id: u.id,
            leerling: u.leerling_id.0,
            vestiging: u.vestiging_code,
            samenwerkingsverband: u.swv_code,
            uitstroomdatum: u.uitstroomdatum.to_string(),
            verwacht: u.verwacht,
            bestemming: u.bestemming,
            vervolg_soort: u.vervolg_soort,
            na_een_jaar_datum: u.na_jaar_datum.map(|d| d.to_string()),
            na_een_jaar_bestemming: u.na_jaar_bestemming,
            na_een_jaar_soort: u.na_jaar_soort,
            volgens_verwachting: u.conform,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vertrekkers {
    pub vertrekkers: Vec<Vertrekker>,
}

#[utoipa::path(
    get,
    path = "/vso-uitstroom/leerlingen",
    tag = "verantwoording",
    operation_id = "vsoVertrekkersLijst",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vertrekkers van de eigen vso-scholen (school, bestuur, samenwerkingsverband); het lezen komt in het auditlog", body = Vertrekkers,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Uw rol legt geen uitstroom vast", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_leerlingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Vertrekkers>, ApiError> {
    // Only the parties that record outflow have such a list; for others it does not exist.
    g.api_vereist(Functie::UitstroomVastleggen)?;
    let lijst = state
        .store
        .uitstroom_leerlingen(&g.verzoeker, "/api/v1/vso-uitstroom/leerlingen")
        .await?;
    Ok(Json(Vertrekkers {
        vertrekkers: lijst.into_iter().map(Vertrekker::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"datum": "2026-08-01", "bestemming": "vervolgonderwijs", "vervolgSoort": "mbo niveau 2"}))]
pub struct NaJaarInvoer {
    #[schema(format = Date)]
    pub datum: String,
    /// vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend.
    pub bestemming: String,
    /// Bij vervolgonderwijs: entreeopleiding, mbo niveau 2, mbo niveau 3, mbo niveau 4, hbo of wo, voortgezet onderwijs, anders.
    pub vervolg_soort: Option<String>,
}

#[utoipa::path(
    post,
    path = "/vso-uitstroom/{id}/na-een-jaar",
    tag = "verantwoording",
    operation_id = "vsoUitstroomNaEenJaarVastleggen",
    params(("id" = i64, Path, description = "Nummer van de vastgelegde uitstroom")),
    request_body = NaJaarInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Vastgelegd", body = Vertrekker, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige invoer, te vroeg of al vastgelegd", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of niet van uw scholen", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn uitstroom_na_jaar(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NaJaarInvoer>,
) -> Result<Json<Vertrekker>, ApiError> {
    const ROUTE: &str = "/api/v1/vso-uitstroom/{id}/na-een-jaar";
    let id = nummer(&id)?;
    let bestemming = bestemming(&i.bestemming)?;
    state
        .store
        .leg_uitstroom_na_jaar_vast(
            &g.verzoeker,
            id,
            datum(&i.datum, "datum")?,
            bestemming,
            i.vervolg_soort
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty()),
            crate::vandaag(),
            ROUTE,
        )
        .await?;
    let lijst = state
        .store
        .uitstroom_leerlingen(&g.verzoeker, ROUTE)
        .await?;
    let u = lijst
        .into_iter()
        .find(|u| u.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(Vertrekker::from(u)))
}
