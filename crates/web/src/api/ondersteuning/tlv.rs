//! Toelaatbaarheidsverklaringen: the request goes to the SWV the law names, that SWV asks two
//! deskundigen from its register, each writes an advice, the decision gets a gapless
//! beschikkingsnummer, and a bezwaar is tracked with its terms. Also the register itself.

use super::{Aangemaakt, aangemaakt, dag, nodig, nummer, opt_dag, opt_datum, veld};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::{ApiJson, ApiQuery, datum};
use crate::api::problem::{ApiError, Probleem};
use crate::api::{PaginaInfo, Paginering};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use passend_domain::tlv::{Categorie, TlvSoort};
use passend_domain::{Functie, Kijker, VestigingCode};
use passend_store::{BezwaarStap, LeerlingId, NieuwAdvies, TlvAanvraag, TlvBesluit};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvAdvies {
    /// 1: orthopedagoog of psycholoog; 2: de tweede deskundige.
    pub volgorde: i64,
    /// Nummer in het register van het samenwerkingsverband.
    pub deskundige: i64,
    pub naam: String,
    pub discipline: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
    /// Leeg zolang het advies er niet is; een deskundige ziet alleen het eigen advies.
    pub advies: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvBezwaar {
    pub id: i64,
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub gronden: String,
    /// De beslistermijn is één keer verdaagd.
    pub verdaagd: bool,
    /// Advies van de bezwaaradviescommissie.
    #[schema(format = Date, value_type = Option<String>)]
    pub advies_datum: Option<String>,
    pub advies: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
    /// gegrond, deels gegrond, ongegrond of niet-ontvankelijk.
    pub uitkomst: Option<String>,
    /// Laatste dag om bezwaar te maken (zes weken na de bekendmaking).
    #[schema(format = Date, value_type = Option<String>)]
    pub indienen_uiterlijk: Option<String>,
    /// Laatste dag voor de beslissing op bezwaar, met de verdaging als die er is.
    #[schema(format = Date, value_type = Option<String>)]
    pub beslissen_uiterlijk: Option<String>,
}

impl From<passend_store::Bezwaar> for TlvBezwaar {
    fn from(b: passend_store::Bezwaar) -> Self {
        Self {
            id: b.id,
            ingediend_op: dag(b.ingediend_op),
            gronden: b.gronden,
            verdaagd: b.verdaagd,
            advies_datum: opt_dag(b.advies_datum),
            advies: b.advies,
            besluit_datum: opt_dag(b.besluit_datum),
            uitkomst: b.uitkomst,
            indienen_uiterlijk: b.klok.as_ref().map(|k| dag(k.indienen_uiterlijk)),
            beslissen_uiterlijk: b.klok.as_ref().map(|k| dag(k.beslissen_uiterlijk)),
        }
    }
}

/// Een aanvraag voor een toelaatbaarheidsverklaring en, als het zover is, de beschikking.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Toelaatbaarheidsverklaring {
    pub id: i64,
    pub leerling: i64,
    pub naam: String,
    /// sbo, so of vso.
    pub soort: String,
    pub aanvragende_vestiging: Option<String>,
    pub ontvangende_vestiging: Option<String>,
    /// Het samenwerkingsverband dat beslist.
    pub samenwerkingsverband: String,
    /// Waarom dit samenwerkingsverband beslist: sbo-school, vorige-school, woonplaats of school-buitenland.
    pub grond: String,
    /// De regel in gewone taal, met het artikel.
    pub grond_uitleg: String,
    #[schema(format = Date, value_type = String)]
    pub aangevraagd_op: String,
    pub toelichting: Option<String>,
    /// aangevraagd, toegekend of afgewezen.
    pub status: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
    /// laag, midden of hoog (so en vso).
    pub categorie: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub ingang: Option<String>,
    /// Altijd een 31 juli.
    #[schema(format = Date, value_type = Option<String>)]
    pub einde: Option<String>,
    /// SWVCODE-JJJJ-NNNNN, zonder gaten per samenwerkingsverband en jaar.
    #[schema(example = "PO2605-2026-00001")]
    pub beschikkingsnummer: Option<String>,
    pub reden: Option<String>,
    /// De brief aan de ouders, met de bezwaarclausule.
    pub brief: Option<String>,
    /// Elders afgegeven en meegekomen (OSO), hier niet genummerd.
    #[serde(rename = "extern")]
    pub extern_: bool,
    /// Toegekend en eindigt binnen het volgende schooljaar: tijd voor een herbeoordeling.
    pub herbeoordeling: bool,
    pub adviezen: Vec<TlvAdvies>,
    pub bezwaren: Vec<TlvBezwaar>,
}

impl Toelaatbaarheidsverklaring {
    /// Each advice is written independently: a deskundige sees the other advice only by
    /// name and date, not its text (the SWV, school and parents see both).
    fn voor(t: passend_store::Tlv) -> Self {
        let today = crate::vandaag();
        Self {
            status: t.besluit.clone().unwrap_or_else(|| "aangevraagd".into()),
            herbeoordeling: t.herbeoordeling(today),
            id: t.id,
            leerling: t.leerling_id.0,
            naam: t.naam,
            soort: t.soort,
            aanvragende_vestiging: t.aanvragende_vestiging,
            ontvangende_vestiging: t.ontvangende_vestiging,
            samenwerkingsverband: t.swv_code,
            grond: t.grond,
            grond_uitleg: t.grond_uitleg,
            aangevraagd_op: dag(t.aangevraagd_op),
            toelichting: t.toelichting,
            besluit_datum: opt_dag(t.besluit_datum),
            categorie: t
                .categorie
                .as_deref()
                .map(|c| Categorie::parse(c).map_or(c.to_string(), |c| c.as_str().into())),
            ingang: opt_dag(t.ingang),
            einde: opt_dag(t.einde),
            beschikkingsnummer: t.beschikkingsnummer,
            reden: t.reden,
            brief: t.brief,
            extern_: t.extern_,
            adviezen: t
                .adviezen
                .into_iter()
                .map(|a| TlvAdvies {
                    volgorde: a.volgorde,
                    deskundige: a.deskundige_id,
                    naam: a.deskundige,
                    discipline: a.discipline,
                    datum: opt_dag(a.datum),
                    // Hidden by the store where the policy says so (another deskundige's).
                    advies: a.advies,
                })
                .collect(),
            bezwaren: t.bezwaren.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvLijst {
    pub toelaatbaarheidsverklaringen: Vec<Toelaatbaarheidsverklaring>,
    #[serde(flatten)]
    pub pagina: PaginaInfo,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TlvsVanLeerling {
    /// Nieuwste eerst.
    pub toelaatbaarheidsverklaringen: Vec<Toelaatbaarheidsverklaring>,
}

/// Wat er over de eigen TLV-lijst bij het samenwerkingsverband ligt: open aanvragen eerst, dan
/// besluiten, nieuwste eerst. Voor andere rollen een lege lijst.
#[utoipa::path(
    get,
    path = "/tlvs",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaringen",
    params(Paginering),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Een pagina aanvragen en besluiten van het samenwerkingsverband dat beslist", body = TlvLijst,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Ongeldige paginering", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn swv_lijst(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(paginering): ApiQuery<Paginering>,
) -> Result<Json<TlvLijst>, ApiError> {
    let (pagina, grootte) = paginering.checked()?;
    let alle = if g.mag(Functie::TlvBeslissen) {
        state
            .store
            .tlvs_van_swv(&g.verzoeker, crate::vandaag(), "/api/v1/tlvs")
            .await?
    } else {
        Vec::new()
    };
    let totaal = alle.len() as i64;
    Ok(Json(TlvLijst {
        toelaatbaarheidsverklaringen: alle
            .into_iter()
            .skip(((pagina - 1) * grootte) as usize)
            .take(grootte as usize)
            .map(Toelaatbaarheidsverklaring::voor)
            .collect(),
        pagina: PaginaInfo::new("/tlvs", "", pagina, grootte, totaal),
    }))
}

/// De toelaatbaarheidsverklaringen van een leerling binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/tlvs",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaringenVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Aanvragen en besluiten", body = TlvsVanLeerling,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn van_leerling(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<TlvsVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    state
        .store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/tlvs",
        )
        .await?;
    let list = state
        .store
        .tlvs_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/tlvs",
        )
        .await?;
    Ok(Json(TlvsVanLeerling {
        toelaatbaarheidsverklaringen: list
            .into_iter()
            .map(Toelaatbaarheidsverklaring::voor)
            .collect(),
    }))
}

/// De aanvraag door het bevoegd gezag van de school waar het kind is aangemeld of ingeschreven.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"soort": "so", "aanvragendeVestiging": "90AA00", "ontvangendeVestiging": "90BT00",
    "toelichting": "ondersteuningsbehoefte niveau 6 in communicatie; zie OPP"}))]
pub struct TlvAanvraagInvoer {
    /// sbo, so of vso.
    pub soort: String,
    /// De vestiging waar het kind is aangemeld of ingeschreven; voor een school de eigen
    /// vestiging als dit veld ontbreekt.
    pub aanvragende_vestiging: Option<String>,
    /// De sbo- of (v)so-school waarvoor de verklaring is; verplicht voor sbo als de aanvrager
    /// zelf geen sbo-school is.
    pub ontvangende_vestiging: Option<String>,
    pub toelichting: Option<String>,
}

/// Een toelaatbaarheidsverklaring aanvragen. De aanvraag gaat naar het samenwerkingsverband
/// dat de wet aanwijst (WPO art. 40 lid 8, WEC art. 40 lid 11 en 13), welk dat ook is; het
/// antwoord noemt het en de grond.
#[utoipa::path(
    post,
    path = "/leerlingen/{id}/tlvs",
    tag = "ondersteuning",
    operation_id = "tlvAanvragen",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    request_body = TlvAanvraagInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Aangevraagd bij het samenwerkingsverband dat beslist", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De nieuwe aanvraag"))),
        (status = 400, description = "Niet toegestaan: niet de aanvragende school, niet aangemeld of ingeschreven, geen sbo-school genoemd", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de aanvraag voor het sbo noemt de sbo-school: die bepaalt het samenwerkingsverband (WPO art. 40 lid 8)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied, of een onbekende vestiging", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn aanvragen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<TlvAanvraagInvoer>,
) -> Result<Aangemaakt<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/leerlingen/{id}/tlvs";
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let k = &g.verzoeker.kijker;
    let aanvrager = match (a.aanvragende_vestiging.as_deref(), k.eigen_vestiging()) {
        (Some(v), _) | (None, Some(v)) => v.to_string(),
        (None, None) => return Err(veld("aanvragendeVestiging", "dit veld is nodig")),
    };
    let aanvraag = TlvAanvraag {
        soort: TlvSoort::parse(&a.soort).map_err(|e| veld("soort", e))?,
        aanvragende_vestiging: VestigingCode::parse(&aanvrager)
            .map_err(|e| veld("aanvragendeVestiging", e))?,
        ontvangende_vestiging: a
            .ontvangende_vestiging
            .as_deref()
            .map(VestigingCode::parse)
            .transpose()
            .map_err(|e| veld("ontvangendeVestiging", e))?,
        toelichting: a.toelichting.unwrap_or_default(),
    };
    let id = state
        .store
        .vraag_tlv_aan(&g.verzoeker, leerling, &aanvraag, today, ROUTE)
        .await?;
    // Read back as the requester may read it (also a school with only the registration).
    let made = state.store.tlv_voor(&g.verzoeker, id, today, ROUTE).await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}"),
        Toelaatbaarheidsverklaring::voor(made),
    ))
}

/// Eén toelaatbaarheidsverklaring binnen het werkgebied (ook voor de gevraagde deskundigen);
/// het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}",
    tag = "ondersteuning",
    operation_id = "toelaatbaarheidsverklaring",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De aanvraag met adviezen, besluit en bezwaren", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn tlv(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Json<Toelaatbaarheidsverklaring>, ApiError> {
    let t = state
        .store
        .tlv_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/tlvs/{id}",
        )
        .await?;
    Ok(Json(Toelaatbaarheidsverklaring::voor(t)))
}

/// De besluitbrief aan de ouders als PDF, zoals de pagina hem geeft; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}/besluitbrief",
    tag = "ondersteuning",
    operation_id = "besluitbrief",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De brief (PDF) met het besluit en de bezwaarclausule",
         body = inline(crate::api::Binair), content_type = "application/pdf",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "inline; filename=\"besluit-tlv-12.pdf\""))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend, buiten uw werkgebied, of nog geen besluit", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluitbrief(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let t = state
        .store
        .tlv_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/tlvs/{id}/besluitbrief",
        )
        .await?;
    crate::download::besluitbrief(&t).ok_or_else(ApiError::not_found)
}

async fn opnieuw(
    state: &AppState,
    g: &crate::session::Gebruiker,
    id: i64,
    route: &str,
) -> Result<Toelaatbaarheidsverklaring, ApiError> {
    let t = state
        .store
        .tlv_voor(&g.verzoeker, id, crate::vandaag(), route)
        .await?;
    Ok(Toelaatbaarheidsverklaring::voor(t))
}

/// De twee deskundigen uit het register van het samenwerkingsverband.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"eerste": 1, "tweede": 2}))]
pub struct DeskundigenInvoer {
    /// Een orthopedagoog of psycholoog.
    pub eerste: i64,
    /// Een kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts.
    pub tweede: i64,
}

/// Twee onafhankelijke deskundigen om advies vragen (het samenwerkingsverband dat beslist).
#[utoipa::path(
    post,
    path = "/tlvs/{id}/deskundigen",
    tag = "ondersteuning",
    operation_id = "tlvDeskundigen",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = DeskundigenInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Toegewezen", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: discipline, niet onafhankelijk, twee keer dezelfde, niet in het register", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundigen_toewijzen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(d): ApiJson<DeskundigenInvoer>,
) -> Result<Json<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/deskundigen";
    let id = nummer(&id)?;
    state
        .store
        .wijs_deskundigen_toe(
            &g.verzoeker,
            id,
            d.eerste,
            d.tweede,
            crate::vandaag(),
            ROUTE,
        )
        .await?;
    Ok(Json(opnieuw(&state, &g, id, ROUTE).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"volgorde": 1, "datum": "2026-11-20",
    "advies": "Toelaatbaar tot het so: de ondersteuningsbehoefte gaat boven wat de basisschool kan bieden."}))]
pub struct AdviesInvoer {
    /// 1 of 2: welk van de twee gevraagde adviezen.
    pub volgorde: i64,
    #[schema(format = Date, value_type = String)]
    pub datum: String,
    pub advies: String,
}

/// Een advies uitbrengen: de gevraagde deskundige zelf, of het samenwerkingsverband namens
/// haar of hem. Elk advies blijft zoals het is geschreven.
#[utoipa::path(
    post,
    path = "/tlvs/{id}/adviezen",
    tag = "ondersteuning",
    operation_id = "tlvAdvies",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = AdviesInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Uitgebracht", body = Toelaatbaarheidsverklaring,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De aanvraag"))),
        (status = 400, description = "Niet toegestaan: niet gevraagd, al uitgebracht, leeg, datum", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn advies(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(a): ApiJson<AdviesInvoer>,
) -> Result<Aangemaakt<Toelaatbaarheidsverklaring>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/adviezen";
    let id = nummer(&id)?;
    let nieuw = NieuwAdvies {
        volgorde: a.volgorde,
        datum: datum(&a.datum, "datum")?,
        advies: a.advies,
    };
    state
        .store
        .geef_advies(&g.verzoeker, id, &nieuw, crate::vandaag(), ROUTE)
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}"),
        opnieuw(&state, &g, id, ROUTE).await?,
    ))
}

/// Het besluit van het samenwerkingsverband, na beide adviezen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"besluit": "toegekend", "categorie": "laag", "ingang": "2026-09-15"}))]
pub struct TlvBesluitInvoer {
    /// toegekend of afgewezen.
    pub besluit: String,
    /// so en vso: laag, midden of hoog (L, M, H); sbo: leeg.
    pub categorie: Option<String>,
    /// Bij toekenning: de ingangsdatum.
    #[schema(format = Date, value_type = Option<String>)]
    pub ingang: Option<String>,
    /// Bij toekenning: een 31 juli, ten minste één heel schooljaar na de ingang; leeg geeft de
    /// vroegste toegestane einddatum.
    #[schema(format = Date, value_type = Option<String>)]
    pub einde: Option<String>,
    /// Bij afwijzing: de redenen.
    pub reden: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvBeschikking {
    /// Bij toekenning: het nieuwe beschikkingsnummer.
    #[schema(example = "PO2605-2026-00001")]
    pub beschikkingsnummer: Option<String>,
    pub toelaatbaarheidsverklaring: Toelaatbaarheidsverklaring,
}

/// Beslissen: een toekenning krijgt het volgende beschikkingsnummer van het samenwerkingsverband
/// en het jaar (zonder gaten) en geeft 201; een afwijzing met redenen geeft 200. Het antwoord
/// bevat de brief aan de ouders.
#[utoipa::path(
    post,
    path = "/tlvs/{id}/besluit",
    tag = "ondersteuning",
    operation_id = "tlvBesluit",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = TlvBesluitInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Toegekend, met beschikkingsnummer", body = TlvBeschikking,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De beschikking"))),
        (status = 200, description = "Afgewezen", body = TlvBeschikking,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: adviezen ontbreken, te korte periode, categorie, afwijzing zonder redenen, al beslist", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
             "detail": "de toelaatbaarheidsverklaring moet minimaal 1 geheel schooljaar geldig zijn: bij ingang 2026-09-15 eindigt ze op zijn vroegst op 2028-07-31 (WEC art. 40 lid 15, BRON-controle 424)"})),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn besluit(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<TlvBesluitInvoer>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    const ROUTE: &str = "/api/v1/tlvs/{id}/besluit";
    let id = nummer(&id)?;
    let besluit = match b.besluit.as_str() {
        "toegekend" => TlvBesluit::Toegekend {
            categorie: b
                .categorie
                .as_deref()
                .map(Categorie::parse)
                .transpose()
                .map_err(|e| veld("categorie", e))?,
            ingang: datum(&nodig(b.ingang, "ingang")?, "ingang")?,
            einde: opt_datum(b.einde.as_deref(), "einde")?,
        },
        "afgewezen" => TlvBesluit::Afgewezen {
            reden: b.reden.unwrap_or_default(),
        },
        other => {
            return Err(veld(
                "besluit",
                format!("'{other}' is geen besluit: toegekend of afgewezen"),
            ));
        }
    };
    let nummer = state
        .store
        .beslis_tlv(&g.verzoeker, id, &besluit, crate::vandaag(), ROUTE)
        .await?;
    let body = TlvBeschikking {
        toelaatbaarheidsverklaring: opnieuw(&state, &g, id, ROUTE).await?,
        beschikkingsnummer: nummer.clone(),
    };
    Ok(match nummer {
        Some(_) => aangemaakt(format!("/api/v1/tlvs/{id}"), body).into_response(),
        None => (StatusCode::OK, Json(body)).into_response(),
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"ingediendOp": "2026-11-20", "gronden": "de ouders vinden dat het so niet past bij de leerbehoefte"}))]
pub struct BezwaarInvoer {
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub gronden: String,
}

/// Een bezwaar tegen het besluit registreren (het samenwerkingsverband dat besliste).
#[utoipa::path(
    post,
    path = "/tlvs/{id}/bezwaren",
    tag = "ondersteuning",
    operation_id = "tlvBezwaar",
    params(("id" = i64, Path, description = "Nummer van de aanvraag")),
    request_body = BezwaarInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Geregistreerd, met de termijnen", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "Het bezwaar"))),
        (status = 400, description = "Niet toegestaan: nog geen besluit, geen gronden, datum", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<BezwaarInvoer>,
) -> Result<Aangemaakt<TlvBezwaar>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/bezwaren";
    let (id, today) = (nummer(&id)?, crate::vandaag());
    let bezwaar = state
        .store
        .registreer_bezwaar(
            &g.verzoeker,
            id,
            datum(&b.ingediend_op, "ingediendOp")?,
            &b.gronden,
            today,
            ROUTE,
        )
        .await?;
    let made = gezocht_bezwaar(&state, &g, id, bezwaar, ROUTE).await?;
    Ok(aangemaakt(
        format!("/api/v1/tlvs/{id}/bezwaren/{bezwaar}"),
        made,
    ))
}

async fn gezocht_bezwaar(
    state: &AppState,
    g: &crate::session::Gebruiker,
    tlv: i64,
    bezwaar: i64,
    route: &str,
) -> Result<TlvBezwaar, ApiError> {
    state
        .store
        .tlv_voor(&g.verzoeker, tlv, crate::vandaag(), route)
        .await?
        .bezwaren
        .into_iter()
        .find(|b| b.id == bezwaar)
        .map(Into::into)
        .ok_or_else(ApiError::not_found)
}

/// Eén bezwaar met zijn termijnen, binnen het werkgebied; het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/tlvs/{id}/bezwaren/{bezwaar}",
    tag = "ondersteuning",
    operation_id = "tlvBezwaarLezen",
    params(("id" = i64, Path, description = "Nummer van de aanvraag"),
           ("bezwaar" = i64, Path, description = "Nummer van het bezwaar")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het bezwaar", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar_lezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path((id, bezwaar)): Path<(String, String)>,
) -> Result<Json<TlvBezwaar>, ApiError> {
    let (id, bezwaar) = (nummer(&id)?, nummer(&bezwaar)?);
    Ok(Json(
        gezocht_bezwaar(
            &state,
            &g,
            id,
            bezwaar,
            "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
        )
        .await?,
    ))
}

/// Een stap in de behandeling; alleen de meegegeven velden worden vastgelegd.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"verdaagd": true}))]
pub struct BezwaarBijwerking {
    /// De beslistermijn één keer verdagen.
    pub verdaagd: Option<bool>,
    /// Het advies van de bezwaaradviescommissie.
    pub advies: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub advies_datum: Option<String>,
    /// gegrond, deels gegrond, ongegrond of niet-ontvankelijk.
    pub uitkomst: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
}

/// Verdaging, het advies van de commissie of de beslissing op bezwaar vastleggen (het
/// samenwerkingsverband dat besliste).
#[utoipa::path(
    patch,
    path = "/tlvs/{id}/bezwaren/{bezwaar}",
    tag = "ondersteuning",
    operation_id = "tlvBezwaarBijwerken",
    params(("id" = i64, Path, description = "Nummer van de aanvraag"),
           ("bezwaar" = i64, Path, description = "Nummer van het bezwaar")),
    request_body = BezwaarBijwerking,
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Bijgewerkt", body = TlvBezwaar,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 400, description = "Niet toegestaan: al beslist, uitkomst zonder advies, niets om vast te leggen", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bezwaar_bijwerken(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path((id, bezwaar)): Path<(String, String)>,
    ApiJson(b): ApiJson<BezwaarBijwerking>,
) -> Result<Json<TlvBezwaar>, ApiError> {
    const ROUTE: &str = "/api/v1/tlvs/{id}/bezwaren/{bezwaar}";
    let (id, bezwaar) = (nummer(&id)?, nummer(&bezwaar)?);
    let stap = BezwaarStap {
        verdaagd: b.verdaagd,
        advies_datum: opt_datum(b.advies_datum.as_deref(), "adviesDatum")?,
        advies: b.advies,
        besluit_datum: opt_datum(b.besluit_datum.as_deref(), "besluitDatum")?,
        uitkomst: b.uitkomst,
    };
    state
        .store
        .werk_bezwaar_bij(&g.verzoeker, id, bezwaar, &stap, crate::vandaag(), ROUTE)
        .await?;
    Ok(Json(gezocht_bezwaar(&state, &g, id, bezwaar, ROUTE).await?))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Deskundige {
    pub id: i64,
    pub naam: String,
    pub discipline: String,
    /// BRIN-nummers van de scholen waaraan de deskundige verbonden is (voor de onafhankelijkheid).
    pub verbonden_aan: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeskundigenRegister {
    pub deskundigen: Vec<Deskundige>,
}

/// Staff of an SWV, with its code; anyone else gets the same answer as for a wrong address.
fn eigen_swv(k: &Kijker) -> Result<String, ApiError> {
    k.scope_voor(&Functie::DeskundigenRegister)
        .map(String::from)
        .ok_or_else(ApiError::not_found)
}

/// Het register van deskundigen van het eigen samenwerkingsverband.
#[utoipa::path(
    get,
    path = "/deskundigen",
    tag = "ondersteuning",
    operation_id = "deskundigen",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het register, op naam", body = DeskundigenRegister,
         headers(("API-Version" = String, description = "Versie van de API"))),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<DeskundigenRegister>, ApiError> {
    let swv = eigen_swv(&g.verzoeker.kijker)?;
    let list = state.store.deskundigen(&g.verzoeker, &swv).await?;
    Ok(Json(DeskundigenRegister {
        deskundigen: list
            .into_iter()
            .map(|d| Deskundige {
                id: d.id,
                naam: d.naam,
                discipline: d.discipline,
                verbonden_aan: d.verbonden_aan,
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"naam": "drs. J. de Vries", "discipline": "orthopedagoog", "verbondenAan": "91ZZ"}))]
pub struct DeskundigeInvoer {
    pub naam: String,
    /// orthopedagoog, psycholoog, kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater,
    /// maatschappelijk werker of arts.
    pub discipline: String,
    /// BRIN-nummers van scholen waaraan de deskundige verbonden is, gescheiden door komma's.
    pub verbonden_aan: Option<String>,
}

/// Een deskundige aan het register van het eigen samenwerkingsverband toevoegen.
#[utoipa::path(
    post,
    path = "/deskundigen",
    tag = "ondersteuning",
    operation_id = "deskundigeToevoegen",
    request_body = DeskundigeInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Toegevoegd", body = Deskundige,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "Het register"))),
        (status = 400, description = "Geen naam, of een discipline die het Besluit niet noemt", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor medewerkers van een samenwerkingsverband", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn deskundige_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(d): ApiJson<DeskundigeInvoer>,
) -> Result<Aangemaakt<Deskundige>, ApiError> {
    let swv = eigen_swv(&g.verzoeker.kijker)?;
    let id = state
        .store
        .voeg_deskundige_toe(
            &g.verzoeker,
            &d.naam,
            &d.discipline,
            d.verbonden_aan.as_deref().unwrap_or_default(),
            "/api/v1/deskundigen",
        )
        .await?;
    let made = state
        .store
        .deskundigen(&g.verzoeker, &swv)
        .await?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or_else(ApiError::not_found)?;
    Ok(aangemaakt(
        "/api/v1/deskundigen".into(),
        Deskundige {
            id: made.id,
            naam: made.naam,
            discipline: made.discipline,
            verbonden_aan: made.verbonden_aan,
        },
    ))
}
