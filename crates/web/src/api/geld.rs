//! Budgets, verdeelmodel, reserves and annual-report tables in the API (tag `geld`).
//! Amounts are decimal strings (`"3188300.00"`), never floats; scoping is the store's.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, ApiQuery};
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::extract::{Path, State};
use passend_domain::bekostiging::Decimal;
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use passend_domain::{Schooljaar, SwvCode};
use passend_store::geld::{
    Betalingen, NieuweJaarcijfers, laatste_telbare_schooljaar, naar_tekst, naar_van,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(
        begroting,
        verdeelmodel,
        verdeelmodel_zetten,
        betalingen,
        jaarcijfers,
        jaarcijfers_toevoegen,
        landelijk,
        ontvangen
    ),
    tags((name = "geld", description = "Ondersteuningsmiddelen: begroting per samenwerkingsverband, verdeelmodel, betalingen, jaarcijfers en reserve, landelijke vergelijking. Bedragen als decimale tekst."))
)]
pub struct GeldApi;

fn bedrag(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

fn swv(code: &str) -> Result<SwvCode, ApiError> {
    SwvCode::parse(code).map_err(|e| ApiError::bad_request(format!("code: {e}")))
}

/// Schooljaar, rekenvoorbeeld and payer rule.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct GeldParams {
    /// Schooljaar, bijvoorbeeld `2027-2028`; standaard het laatste met een teldatum (1 oktober) in het verleden.
    #[param(example = "2015-2016")]
    pub schooljaar: Option<String>,
    /// `tlv` (de wet, standaard), `woon` of `school`: wie betaalt de afdracht.
    #[param(example = "tlv")]
    pub afdracht_naar: Option<String>,
    /// Rekenvoorbeeld: de tellingen van `schooljaar` met de bedragen van deze regelset. Geen beschikking.
    #[param(example = "2015-2016")]
    pub rekenvoorbeeld: Option<String>,
}

struct Keuze {
    schooljaar: Schooljaar,
    voorbeeld: Option<Schooljaar>,
    naar: passend_domain::bekostiging::AfdrachtNaar,
}

fn schooljaar(s: &str, veld: &str) -> Result<Schooljaar, ApiError> {
    Schooljaar::parse(s.trim()).map_err(|e| ApiError::bad_request(format!("{veld}: {e}")))
}

impl GeldParams {
    fn keuze(&self) -> Result<Keuze, ApiError> {
        Ok(Keuze {
            schooljaar: match self.schooljaar.as_deref() {
                None | Some("") => laatste_telbare_schooljaar(crate::vandaag()),
                Some(s) => schooljaar(s, "schooljaar")?,
            },
            voorbeeld: match self.rekenvoorbeeld.as_deref() {
                None | Some("") => None,
                Some(s) => Some(schooljaar(s, "rekenvoorbeeld")?),
            },
            naar: naar_van(self.afdracht_naar.as_deref().unwrap_or(""))
                .map_err(|e| ApiError::bad_request(e.to_string()))?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Toelichtingregel {
    #[schema(example = "zware_ondersteuning")]
    pub onderdeel: String,
    #[schema(example = "10000 leerlingen (bao 9500 + sbo 500) op 2014-10-01")]
    pub invoer: String,
    #[schema(example = "zware_ondersteuning_po")]
    pub sleutel: String,
    #[schema(example = "318.83")]
    pub factor: Option<String>,
    #[schema(example = "R1516 art. 21")]
    pub bron: String,
    #[schema(example = "3188300.00")]
    pub uitkomst: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Afdrachtregel {
    #[schema(example = "so 8 jaar en ouder, categorie laag")]
    pub groep: String,
    pub leerlingen: u64,
    #[schema(example = "8220.95")]
    pub normbedrag: Option<String>,
    #[schema(example = "328838.00")]
    pub bedrag: Option<String>,
}

/// Het netto budget onder elke betaalregel, vóór uitputting: een negatief bedrag dragen de
/// scholen in de regio (WPO art. 125a, WVO art. 85c).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2427808.10")]
    pub tlv: String,
    pub woon: String,
    pub school: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Begroting {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// Het schooljaar van de toegepaste bedragen.
    #[schema(example = "2015-2016")]
    pub regelset: String,
    /// Waar: de bedragen horen bij een ander schooljaar — een voorbeeld, geen beschikking.
    pub rekenvoorbeeld: bool,
    #[schema(example = "tlv")]
    pub afdracht_naar: String,
    #[schema(example = "2026-10-01", format = Date, value_type = String)]
    pub teldatum: String,
    #[schema(example = "2027-02-01", format = Date, value_type = String)]
    pub groei_teldatum: String,
    pub leerlingen: u64,
    #[schema(example = "1487795.00")]
    pub lichte_ondersteuning: Option<String>,
    #[schema(example = "3188300.00")]
    pub zware_ondersteuning: Option<String>,
    #[schema(example = "760491.90")]
    pub afdracht_so: Option<String>,
    #[schema(example = "0.00")]
    pub afdracht_vso: Option<String>,
    #[schema(example = "0.00")]
    pub verevening: Option<String>,
    #[schema(example = "0.00")]
    pub groei: Option<String>,
    #[schema(example = "3915603.10")]
    pub netto: String,
    /// Onderdelen die de regelset niet geeft en dus niet berekend zijn.
    pub ontbrekend: Vec<String>,
    pub toelichting: Vec<Toelichtingregel>,
    pub afdracht_per_categorie: Vec<Afdrachtregel>,
    /// (V)so-leerlingen van dit SWV zonder geregistreerde TLV met categorie: niet in de afdracht.
    pub zonder_tlv: u64,
    /// Netto per samenwerkingsverband onder elke afdrachtregel (alleen die verschillen, en dit SWV).
    pub scenarios: Vec<Scenario>,
    /// Landelijke afdracht onder tlv, woon en school: gelijk.
    #[schema(example = json!(["760491.90", "760491.90", "760491.90"]))]
    pub afdracht_landelijk: Vec<Option<String>>,
}

/// De begroting van een samenwerkingsverband, berekend uit de geregistreerde inschrijvingen
/// en TLV's, met per regel de toelichting. Een schooljaar zonder regelset wordt geweigerd,
/// tenzij `rekenvoorbeeld` een regelset kiest.
#[utoipa::path(
    get,
    path = "/swv/{code}/begroting",
    tag = "geld",
    operation_id = "begroting",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De begroting", body = Begroting,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset voor dit schooljaar, of ongeldige parameter", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
            "detail": "geen regelset voor schooljaar 2027-2028: bedragen worden nooit verzonnen. Er zijn regelsets voor 2014-2015, 2015-2016; voeg een regelsetbestand voor 2027-2028 toe"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn begroting(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<Begroting>, ApiError> {
    let code = swv(&code)?;
    let k = q.keuze()?;
    let b = state
        .store
        .begroting(&g.verzoeker, &code, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    let e = &b.eigen;
    let r = &b.berekening.regelset;
    let opt = |d: Option<Decimal>| d.map(bedrag);
    Ok(Json(Begroting {
        samenwerkingsverband: code.to_string(),
        schooljaar: k.schooljaar.to_string(),
        regelset: r.schooljaar.to_string(),
        rekenvoorbeeld: b.berekening.rekenvoorbeeld,
        afdracht_naar: naar_tekst(k.naar).into(),
        teldatum: r.teldatum.to_string(),
        groei_teldatum: r.groei_teldatum.to_string(),
        leerlingen: e.leerlingen,
        lichte_ondersteuning: opt(e.lichte_ondersteuning),
        zware_ondersteuning: opt(e.zware_ondersteuning),
        afdracht_so: opt(e.afdracht_so),
        afdracht_vso: opt(e.afdracht_vso),
        verevening: opt(e.verevening),
        groei: opt(e.groei),
        netto: bedrag(e.netto),
        ontbrekend: e
            .ontbrekend
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        toelichting: e
            .toelichting
            .iter()
            .map(|t| Toelichtingregel {
                onderdeel: t.component.as_str().into(),
                invoer: t.invoer.clone(),
                sleutel: t.sleutel.clone(),
                factor: t.factor.map(|f| f.to_string()),
                bron: t.bron.clone(),
                uitkomst: opt(t.uitkomst),
            })
            .collect(),
        afdracht_per_categorie: b
            .afdracht_per_groep
            .iter()
            .map(|a| Afdrachtregel {
                groep: a.groep.to_string(),
                leerlingen: a.aantal,
                normbedrag: opt(a.normbedrag),
                bedrag: opt(a.bedrag),
            })
            .collect(),
        zonder_tlv: b.berekening.zonder_tlv.get(&code).copied().unwrap_or(0),
        scenarios: b
            .scenarios
            .iter()
            .map(|s| Scenario {
                samenwerkingsverband: s.swv.to_string(),
                tlv: bedrag(s.tlv),
                woon: bedrag(s.woon),
                school: bedrag(s.school),
            })
            .collect(),
        afdracht_landelijk: b.afdracht_landelijk.iter().map(|d| opt(*d)).collect(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SchooljaarParam {
    /// Schooljaar, bijvoorbeeld `2027-2028`.
    #[param(example = "2027-2028")]
    pub schooljaar: Option<String>,
}

/// Het verdeelmodel: aandelen tussen 0 en 1.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerdeelmodelBody {
    /// Deel van het budget voor eigen taken van het SWV.
    #[schema(example = "0.12")]
    pub eigen_taken: String,
    /// Van de rest: het deel per leerling; de rest gaat naar rato van de arrangementen.
    #[schema(example = "0.70")]
    pub per_leerling: String,
    #[serde(default)]
    #[schema(example = "12% voor loket en deskundigen")]
    pub toelichting: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct VerdeelmodelAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// Leeg als er voor dit schooljaar nog geen verdeelmodel is.
    pub verdeelmodel: Option<VerdeelmodelBody>,
}

fn schooljaar_of_standaard(p: &SchooljaarParam) -> Result<Schooljaar, ApiError> {
    match p.schooljaar.as_deref() {
        None | Some("") => Ok(laatste_telbare_schooljaar(crate::vandaag())),
        Some(s) => schooljaar(s, "schooljaar"),
    }
}

/// Het verdeelmodel van een samenwerkingsverband voor een schooljaar.
#[utoipa::path(
    get,
    path = "/swv/{code}/verdeelmodel",
    tag = "geld",
    operation_id = "verdeelmodel",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), SchooljaarParam),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het verdeelmodel", body = VerdeelmodelAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code of parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verdeelmodel(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<SchooljaarParam>,
) -> Result<Json<VerdeelmodelAntwoord>, ApiError> {
    let code = swv(&code)?;
    let sj = schooljaar_of_standaard(&q)?;
    let m = state.store.verdeelmodel(&g.verzoeker, &code, sj).await?;
    Ok(Json(VerdeelmodelAntwoord {
        samenwerkingsverband: code.to_string(),
        schooljaar: sj.to_string(),
        verdeelmodel: m.map(|m| VerdeelmodelBody {
            eigen_taken: m.model.eigen_taken.normalize().to_string(),
            per_leerling: m.model.per_leerling.normalize().to_string(),
            toelichting: m.toelichting,
        }),
    }))
}

fn aandeel(s: &str, veld: &str) -> Result<Decimal, ApiError> {
    s.trim()
        .parse::<Decimal>()
        .map_err(|_| ApiError::bad_request(format!("{veld}: '{s}' is geen getal tussen 0 en 1")))
}

/// Legt het verdeelmodel van het eigen samenwerkingsverband vast (alleen SWV-medewerkers).
#[utoipa::path(
    put,
    path = "/swv/{code}/verdeelmodel",
    tag = "geld",
    operation_id = "verdeelmodelZetten",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), SchooljaarParam),
    request_body(content = VerdeelmodelBody, example = json!({"eigenTaken": "0.12", "perLeerling": "0.70", "toelichting": "12% eigen taken"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeslagen", body = VerdeelmodelAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig aandeel", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn verdeelmodel_zetten(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<SchooljaarParam>,
    ApiJson(body): ApiJson<VerdeelmodelBody>,
) -> Result<Json<VerdeelmodelAntwoord>, ApiError> {
    let code = swv(&code)?;
    let sj = schooljaar_of_standaard(&q)?;
    let model = Verdeelmodel {
        eigen_taken: aandeel(&body.eigen_taken, "eigenTaken")?,
        per_leerling: aandeel(&body.per_leerling, "perLeerling")?,
    };
    let route = format!("/api/v1/swv/{code}/verdeelmodel");
    state
        .store
        .bewaar_verdeelmodel(&g.verzoeker, &code, sj, &model, &body.toelichting, &route)
        .await?;
    verdeelmodel(
        State(state),
        ApiGebruiker(g),
        Path(code.to_string()),
        ApiQuery(q),
    )
    .await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Betaling {
    #[schema(example = "90AA00")]
    pub vestiging: String,
    pub naam: String,
    #[schema(example = "90001")]
    pub bevoegd_gezag: String,
    pub leerlingen: u64,
    #[schema(example = "12500.00")]
    pub per_leerling: String,
    #[schema(example = "4000.00")]
    pub naar_arrangementen: String,
    #[schema(example = "16500.00")]
    pub totaal: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BestuurBetaling {
    #[schema(example = "90001")]
    pub bevoegd_gezag: String,
    pub naam: String,
    #[schema(example = "837000.00")]
    pub totaal: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BetalingenAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    pub rekenvoorbeeld: bool,
    /// Het verdeelde netto budget (leeg voor een bestuur).
    #[schema(example = "1000000.00")]
    pub budget: Option<String>,
    #[schema(example = "100000.00")]
    pub eigen_taken: Option<String>,
    pub scholen: Vec<Betaling>,
    pub besturen: Vec<BestuurBetaling>,
    /// Waarom er niets verdeeld is (geen verdeelmodel, negatief budget, …).
    pub probleem: Option<String>,
}

fn betalingen_antwoord(b: Betalingen) -> BetalingenAntwoord {
    BetalingenAntwoord {
        samenwerkingsverband: b.swv.to_string(),
        schooljaar: b.schooljaar.to_string(),
        rekenvoorbeeld: b.rekenvoorbeeld,
        budget: b.budget.map(bedrag),
        eigen_taken: b.eigen_taken.map(bedrag),
        scholen: b
            .scholen
            .iter()
            .map(|s| Betaling {
                vestiging: s.vestiging.clone(),
                naam: s.naam.clone(),
                bevoegd_gezag: s.bestuur.clone(),
                leerlingen: s.leerlingen,
                per_leerling: bedrag(s.per_leerling),
                naar_arrangementen: bedrag(s.arrangement),
                totaal: bedrag(s.totaal),
            })
            .collect(),
        besturen: b
            .per_bestuur
            .iter()
            .map(|(bg, n, t)| BestuurBetaling {
                bevoegd_gezag: bg.clone(),
                naam: n.clone(),
                totaal: bedrag(*t),
            })
            .collect(),
        probleem: b.probleem,
    }
}

/// De betalingen van een samenwerkingsverband aan besturen en scholen volgens het
/// verdeelmodel; een bestuur ziet alleen de eigen scholen.
#[utoipa::path(
    get,
    path = "/swv/{code}/betalingen",
    tag = "geld",
    operation_id = "betalingen",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605"), GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De betalingen", body = BetalingenAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn betalingen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<BetalingenAntwoord>, ApiError> {
    let code = swv(&code)?;
    let k = q.keuze()?;
    let b = state
        .store
        .betalingen(&g.verzoeker, &code, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(betalingen_antwoord(b)))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Jaarcijfer {
    #[schema(example = 2024)]
    pub jaar: i16,
    #[schema(example = "9100000.00")]
    pub baten: String,
    #[schema(example = "8870000.00")]
    pub lasten: String,
    #[schema(example = "1135000.00")]
    pub reserve: String,
    #[schema(example = "318500.00")]
    pub signaleringswaarde: String,
    #[schema(example = "816500.00")]
    pub boven_signaleringswaarde: String,
    pub signaleringswaarde_overschreden: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct JaarcijfersAntwoord {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    pub jaren: Vec<Jaarcijfer>,
}

/// Baten, lasten en reserve per boekjaar met de toets aan de signaleringswaarde van de inspectie.
#[utoipa::path(
    get,
    path = "/swv/{code}/jaarcijfers",
    tag = "geld",
    operation_id = "jaarcijfers",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De jaarcijfers, oudste eerst", body = JaarcijfersAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige code of parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaarcijfers(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
) -> Result<Json<JaarcijfersAntwoord>, ApiError> {
    let code = swv(&code)?;
    let jaren = state.store.jaarcijfers(&g.verzoeker, &code).await?;
    Ok(Json(JaarcijfersAntwoord {
        samenwerkingsverband: code.to_string(),
        jaren: jaren
            .iter()
            .map(|j| Jaarcijfer {
                jaar: j.jaar,
                baten: bedrag(j.baten),
                lasten: bedrag(j.lasten),
                reserve: bedrag(j.reserve),
                signaleringswaarde: bedrag(j.toets.signaleringswaarde),
                boven_signaleringswaarde: bedrag(j.toets.boven),
                signaleringswaarde_overschreden: j.toets.bovenmatig(),
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NieuwJaarcijfer {
    #[schema(example = 2025)]
    pub jaar: i16,
    #[schema(example = "9310000.00")]
    pub baten: String,
    #[schema(example = "10105000.00")]
    pub lasten: String,
    #[schema(example = "340000.00")]
    pub reserve: String,
}

fn euro(s: &str, veld: &str) -> Result<Decimal, ApiError> {
    s.trim().parse::<Decimal>().map_err(|_| {
        ApiError::bad_request(format!(
            "{veld}: '{s}' is geen bedrag (bijvoorbeeld \"1234.56\")"
        ))
    })
}

/// Legt de jaarcijfers van een boekjaar vast voor het eigen samenwerkingsverband (een
/// bestaand jaar wordt vervangen).
#[utoipa::path(
    post,
    path = "/swv/{code}/jaarcijfers",
    tag = "geld",
    operation_id = "jaarcijfersToevoegen",
    params(("code" = String, Path, description = "SWV-code", example = "PO2605")),
    request_body(content = NieuwJaarcijfer, example = json!({"jaar": 2025, "baten": "9310000.00", "lasten": "10105000.00", "reserve": "340000.00"})),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Opgeslagen; alle jaarcijfers", body = JaarcijfersAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldig bedrag of jaar", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn jaarcijfers_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(code): Path<String>,
    ApiJson(body): ApiJson<NieuwJaarcijfer>,
) -> Result<Json<JaarcijfersAntwoord>, ApiError> {
    let swv_code = swv(&code)?;
    let c = NieuweJaarcijfers {
        jaar: body.jaar,
        baten: euro(&body.baten, "baten")?,
        lasten: euro(&body.lasten, "lasten")?,
        reserve: euro(&body.reserve, "reserve")?,
    };
    let route = format!("/api/v1/swv/{swv_code}/jaarcijfers");
    state
        .store
        .bewaar_jaarcijfers(&g.verzoeker, &swv_code, &c, &route)
        .await?;
    jaarcijfers(State(state), ApiGebruiker(g), Path(code)).await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LandelijkRij {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    pub naam: Option<String>,
    pub leerlingen: u64,
    #[schema(example = "3915603.10")]
    pub netto: String,
    #[schema(example = "391.56")]
    pub per_leerling: Option<String>,
    #[schema(example = "760491.90")]
    pub afdracht: String,
    #[schema(example = "340000.00")]
    pub reserve: Option<String>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LandelijkAntwoord {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    #[schema(example = "2015-2016")]
    pub regelset: String,
    pub rekenvoorbeeld: bool,
    pub samenwerkingsverbanden: Vec<LandelijkRij>,
}

/// Alle samenwerkingsverbanden naast elkaar (inspectie en ministerie).
#[utoipa::path(
    get,
    path = "/geld/landelijk",
    tag = "geld",
    operation_id = "geldLandelijk",
    params(GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De vergelijking", body = LandelijkAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn landelijk(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<LandelijkAntwoord>, ApiError> {
    let k = q.keuze()?;
    let (b, regels) = state
        .store
        .landelijke_vergelijking(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(LandelijkAntwoord {
        schooljaar: k.schooljaar.to_string(),
        regelset: b.regelset.schooljaar.to_string(),
        rekenvoorbeeld: b.rekenvoorbeeld,
        samenwerkingsverbanden: regels
            .into_iter()
            .map(|r| LandelijkRij {
                samenwerkingsverband: r.swv.to_string(),
                naam: r.naam,
                leerlingen: r.leerlingen,
                netto: bedrag(r.netto),
                per_leerling: r.per_leerling.map(bedrag),
                afdracht: bedrag(r.afdracht),
                reserve: r.reserve.map(bedrag),
                signaleringswaarde_overschreden: r.signaleringswaarde_overschreden,
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Ontvangst {
    #[schema(example = "PO2605")]
    pub samenwerkingsverband: String,
    /// Wat het bestuur in totaal van dit samenwerkingsverband ontvangt (leeg als er niets verdeeld is).
    #[schema(example = "837000.00")]
    pub totaal: Option<String>,
    /// De eigen scholen in dit samenwerkingsverband.
    pub scholen: Vec<Betaling>,
    /// Waarom er niets verdeeld is (geen verdeelmodel, negatief budget, …).
    pub probleem: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OntvangenAntwoord {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    pub rekenvoorbeeld: bool,
    pub samenwerkingsverbanden: Vec<Ontvangst>,
}

/// Wat het eigen bestuur ontvangt van elk samenwerkingsverband waarin het een vestiging
/// heeft, per school (voor het jaarverslag; alleen besturen).
#[utoipa::path(
    get,
    path = "/geld/ontvangen",
    tag = "geld",
    operation_id = "geldOntvangen",
    params(GeldParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De ontvangsten per samenwerkingsverband", body = OntvangenAntwoord,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen regelset of ongeldige parameter", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Niet voor uw rol", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn ontvangen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<GeldParams>,
) -> Result<Json<OntvangenAntwoord>, ApiError> {
    let k = q.keuze()?;
    // The store decides: only a bestuur, and only its own boards' schools.
    let lijst = state
        .store
        .ontvangen_per_swv(&g.verzoeker, k.schooljaar, k.voorbeeld, k.naar)
        .await?;
    Ok(Json(OntvangenAntwoord {
        schooljaar: k.schooljaar.to_string(),
        // As the store picks the rule set: another year's amounts make it an example.
        rekenvoorbeeld: k.voorbeeld.is_some_and(|v| v != k.schooljaar),
        samenwerkingsverbanden: lijst
            .into_iter()
            .map(|o| Ontvangst {
                samenwerkingsverband: o.swv.to_string(),
                totaal: o.totaal.map(bedrag),
                scholen: o
                    .scholen
                    .iter()
                    .map(|s| Betaling {
                        vestiging: s.vestiging.clone(),
                        naam: s.naam.clone(),
                        bevoegd_gezag: s.bestuur.clone(),
                        leerlingen: s.leerlingen,
                        per_leerling: bedrag(s.per_leerling),
                        naar_arrangementen: bedrag(s.arrangement),
                        totaal: bedrag(s.totaal),
                    })
                    .collect(),
                probleem: o.probleem,
            })
            .collect(),
    }))
}
