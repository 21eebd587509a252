//! Aanmeldingen, ondersteuningsprofielen and dekkend aanbod in the API.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, datum};
use super::monitor::{MonitorCel, cel};
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::zorgplicht::{Besluit, Uitzondering};
use passend_domain::{SwvCode, VestigingCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Aanmelding {
    pub id: i64,
    pub leerling: i64,
    pub vestiging: String,
    #[schema(format = Date, value_type = String)]
    pub ontvangen: String,
    /// De laatste dag voor het besluit (6 weken, of de verlengde termijn).
    #[schema(format = Date, value_type = String)]
    pub beslissen_uiterlijk: String,
    pub verlengd: bool,
    /// Eerste dag van tijdelijke plaatsing, als die aan de orde is.
    #[schema(format = Date, value_type = Option<String>)]
    pub tijdelijke_plaatsing_vanaf: Option<String>,
    pub zorgplicht_hier: bool,
    pub extra_ondersteuning: bool,
    pub besluit: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingetrokken_op: Option<String>,
}

impl From<passend_store::Aanmelding> for Aanmelding {
    fn from(a: passend_store::Aanmelding) -> Self {
        Self {
            id: a.id,
            leerling: a.leerling_id.0,
            vestiging: a.vestiging_code,
            ontvangen: a.ontvangen.to_string(),
            beslissen_uiterlijk: a.termijnen.beslissen_uiterlijk.to_string(),
            verlengd: a.termijnen.verlengd,
            tijdelijke_plaatsing_vanaf: a
                .termijnen
                .tijdelijke_plaatsing_vanaf
                .map(|d| d.to_string()),
            zorgplicht_hier: a.zorgplicht_hier,
            extra_ondersteuning: a.extra_ondersteuning,
            besluit: a.besluit,
            ingetrokken_op: a.ingetrokken_op.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AanmeldingLijst {
    pub aanmeldingen: Vec<Aanmelding>,
}

/// De aanmeldingen bij de eigen school, het eigen bestuur of samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/aanmeldingen",
    tag = "leerlingen",
    operation_id = "aanmeldingen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Nieuwste eerst, met de termijnen", body = AanmeldingLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanmeldingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<AanmeldingLijst>, ApiError> {
    let list = state
        .store
        .aanmeldingen_voor(&g.verzoeker, "/api/v1/aanmeldingen")
        .await?;
    Ok(Json(AanmeldingLijst {
        aanmeldingen: list.into_iter().map(Aanmelding::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BesluitInvoer {
    /// toegelaten, toegelaten-extra, elders, tlv, niet-behandeld, geen-plaatsruimte, grondslag of toelatingsvoorwaarden.
    pub soort: String,
    pub andere_school: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub bereid_op: Option<String>,
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
        (status = 400, description = "Niet toegestaan, bijvoorbeeld een weigering zonder bereidverklaring", body = Probleem, content_type = "application/problem+json"),
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
    let reden = b.reden.clone().unwrap_or_default();
    let uitzondering = |soort| Besluit::Uitzondering {
        soort,
        reden: reden.clone(),
    };
    let besluit = match b.soort.as_str() {
        "toegelaten" => Besluit::Toegelaten {
            extra_ondersteuning: false,
        },
        "toegelaten-extra" => Besluit::Toegelaten {
            extra_ondersteuning: true,
        },
        "elders" => Besluit::ElderToegelaten {
            andere_school: b.andere_school.clone().unwrap_or_default(),
            bereid_op: b
                .bereid_op
                .as_deref()
                .map(|d| datum(d, "bereidOp"))
                .transpose()?,
        },
        "tlv" => Besluit::TlvRoute,
        "niet-behandeld" => Besluit::NietBehandeld,
        "geen-plaatsruimte" => uitzondering(Uitzondering::GeenPlaatsruimte),
        "grondslag" => uitzondering(Uitzondering::Grondslag),
        "toelatingsvoorwaarden" => uitzondering(Uitzondering::Toelatingsvoorwaarden),
        other => return Err(ApiError::bad_request(format!("'{other}' is geen besluit"))),
    };
    let brief = state
        .store
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

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProfielAanbod {
    pub domein: String,
    pub tot_niveau: u8,
    pub plaatsen: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Ondersteuningsprofiel {
    #[schema(format = Date, value_type = String)]
    pub vastgesteld: String,
    pub verouderd: bool,
    pub aanbod: Vec<ProfielAanbod>,
}

/// Het ondersteuningsprofiel van een school (openbaar).
#[utoipa::path(
    get,
    path = "/scholen/{code}/ondersteuningsprofiel",
    tag = "organisatie",
    operation_id = "ondersteuningsprofiel",
    params(("code" = String, Path, description = "Vestigingscode")),
    responses(
        (status = 200, description = "Het profiel", body = Ondersteuningsprofiel, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Geen profiel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn profiel(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Ondersteuningsprofiel>, ApiError> {
    let code = VestigingCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let (vastgesteld, aanbod) = state
        .store
        .sop(&code)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(Ondersteuningsprofiel {
        vastgesteld: vastgesteld.to_string(),
        verouderd: passend_domain::ondersteuning::verouderd(vastgesteld, crate::vandaag()),
        aanbod: aanbod
            .into_iter()
            .map(|a| ProfielAanbod {
                domein: a.domein.as_str().into(),
                tot_niveau: a.tot_niveau.value(),
                plaatsen: a.plaatsen,
            })
            .collect(),
    }))
}

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

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DekkingCel {
    pub domein: String,
    /// Dit niveau en hoger.
    pub niveau: u8,
    /// Kinderen met open vraag; voor wie niet van het samenwerkingsverband zelf is, zijn
    /// kleine aantallen afgeschermd zoals in de monitor.
    pub vraag: MonitorCel,
    pub aanbod: u32,
    /// `null` waar een afgeschermde vraag open laat of er een tekort is.
    pub tekort: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DekkendAanbod {
    pub cellen: Vec<DekkingCel>,
}

/// Dekkend aanbod van een samenwerkingsverband (voor het SWV, de OPR, inspectie en ministerie;
/// buiten het SWV zelf met kleine aantallen afgeschermd, zoals in de monitor).
#[utoipa::path(
    get,
    path = "/samenwerkingsverbanden/{code}/dekkend-aanbod",
    tag = "organisatie",
    operation_id = "dekkendAanbod",
    params(("code" = String, Path, description = "DUO-code")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Per domein en niveau", body = DekkendAanbod, headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn dekkend_aanbod(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<DekkendAanbod>, ApiError> {
    let code = SwvCode::parse(&code).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let aanbod = state.store.dekkend_aanbod_voor(&g.verzoeker, &code).await?;
    Ok(Json(DekkendAanbod {
        cellen: aanbod
            .cellen
            .into_iter()
            .map(|c| DekkingCel {
                domein: c.domein.as_str().into(),
                niveau: c.niveau,
                vraag: cel(c.vraag, aanbod.drempel),
                aanbod: c.aanbod,
                tekort: c.tekort,
            })
            .collect(),
    }))
}
