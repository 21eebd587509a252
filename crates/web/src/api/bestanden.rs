//! The uploads and downloads that had only a page: a school's registrations (CSV) and roster
//! (EDEXML), the beheerder's bekostiging rule sets, and the ministerie's research file. The
//! same readers, store calls, role checks and audit entries as the pages; a refused file is
//! a 422 problem that lists every reason with its line, and nothing of it is stored.

use super::auth::ApiGebruiker;
use super::extract::{ApiJson, ApiQuery};
use super::problem::{ApiError, Probleem};
use crate::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use passend_domain::{Functie, VestigingCode};
use passend_store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(
        aanmeldingen_inlezen,
        edexml_inlezen,
        regelsets,
        regelset_toevoegen,
        onderzoeksbestand
    ),
    components(schemas(
        AanmeldingenIngelezen,
        EdexmlIngelezen,
        EdexmlTelling,
        RegelsetInvoer,
        RegelsetBewaard,
        Regelsets,
        MeegeleverdeRegelset,
        ToegevoegdeRegelset
    ))
)]
pub struct BestandenApi;

/// The caller's own vestiging, for the school uploads of that function; everyone else gets "not found", as
/// on the pages.
fn eigen_vestiging(g: &crate::session::Gebruiker, f: Functie) -> Result<VestigingCode, ApiError> {
    let scope = g.scope_voor(f).ok_or_else(ApiError::not_found)?;
    VestigingCode::parse(scope).map_err(|_| ApiError::not_found())
}

/// What a registrations import stored.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"aanmeldingen": 2}))]
pub struct AanmeldingenIngelezen {
    /// Aanmeldingen vastgelegd, één per regel.
    pub aanmeldingen: usize,
}

/// Aanmeldingen van de eigen school inlezen uit de leerlingadministratie (CSV
/// `persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling`),
/// zoals de pagina /aanmeldingen. Alles of niets: een geweigerd bestand noemt elk probleem
/// met zijn regel, en er wordt niets opgeslagen. Alleen voor scholen.
#[utoipa::path(
    post,
    path = "/aanmeldingen/import",
    tag = "leerlingen",
    operation_id = "aanmeldingenInlezen",
    request_body(content = String, content_type = "text/csv",
        description = "De aanmeldingen, één per regel; `eerste_voorkeur` en `extra_ondersteuning` zijn ja of nee",
        example = "persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling\n111222333,Noor,,Jansen,2021-03-04,3431AB,2026-11-19,,ja,,nee,\n123456782,Sem,van,Dijk,2021-02-28,3431AB,2026-11-19,2027-01-05,nee,De Regenboog,ja,leesproblemen\n"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = AanmeldingenIngelezen,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"aanmeldingen": 2})),
        (status = 400, description = "Ongeldig verzoek", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor scholen", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 2 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "regel 3: geboortedatum: '2021-02-30' is geen datum (JJJJ-MM-DD); regel 4: '9999' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB",
             "problemen": ["regel 3: geboortedatum: '2021-02-30' is geen datum (JJJJ-MM-DD)", "regel 4: '9999' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB"]})),
    )
)]
pub async fn aanmeldingen_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<AanmeldingenIngelezen>, ApiError> {
    let vestiging = eigen_vestiging(&g, Functie::Aanmelden)?;
    let today = crate::vandaag();
    let regels = crate::invoer::aanmeldingen_csv(&body, &vestiging, today)
        .map_err(|p| ApiError::geweigerd("Bestand geweigerd", p))?;
    let n = state
        .store
        .importeer_aanmeldingen(&g.verzoeker, &regels, today, "/api/v1/aanmeldingen/import")
        .await
        .map_err(|e| match e {
            // A row the rules refuse; the store names its line.
            StoreError::Ongeldig(p) => ApiError::geweigerd("Bestand geweigerd", vec![p]),
            e => e.into(),
        })?;
    Ok(Json(AanmeldingenIngelezen { aanmeldingen: n }))
}

/// New, changed, unchanged and removed records of one kind.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"nieuw": 3, "gewijzigd": 1, "ongewijzigd": 10, "verwijderd": 0}))]
pub struct EdexmlTelling {
    pub nieuw: usize,
    pub gewijzigd: usize,
    pub ongewijzigd: usize,
    pub verwijderd: usize,
}

impl From<passend_store::Telling> for EdexmlTelling {
    fn from(t: passend_store::Telling) -> Self {
        Self {
            nieuw: t.nieuw,
            gewijzigd: t.gewijzigd,
            ongewijzigd: t.ongewijzigd,
            verwijderd: t.verwijderd,
        }
    }
}

/// What an EDEXML import stored.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({
    "vestiging": "99ZZ00",
    "leerlingen": {"nieuw": 0, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "roosterleerlingen": {"nieuw": 2, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "groepen": {"nieuw": 8, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "medewerkers": {"nieuw": 3, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 0},
    "inschrijvingen": 0,
    "indelingen": 10,
    "uitgestroomd": 1,
    "waarschuwingen": ["leerling 00001 (regel 77) staat alleen in het rooster: passend mist nog een BSN of onderwijsnummer, een postcode"],
    "nietsGewijzigd": false
}))]
pub struct EdexmlIngelezen {
    /// De vestiging waarvan het bestand het rooster is.
    pub vestiging: String,
    /// Leerlingen van het bestand (een rooster verwijdert nooit een leerling).
    pub leerlingen: EdexmlTelling,
    /// Nieuwe leerlingen van wie het bestand niet alles geeft wat passend nodig heeft
    /// (een goedgekeurd BSN of onderwijsnummer, naam, geboortedatum, postcode): alleen in
    /// het rooster, met wat ontbreekt, tot een later bestand ze aanvult.
    pub roosterleerlingen: EdexmlTelling,
    pub groepen: EdexmlTelling,
    pub medewerkers: EdexmlTelling,
    /// Nieuwe inschrijvingen bij de vestiging.
    pub inschrijvingen: usize,
    /// Groepsindelingen van leerlingen en medewerkers, toegevoegd of verwijderd.
    pub indelingen: usize,
    /// Leerlingen met een uitstroomdatum vóór de peildatum: niet ingelezen.
    pub uitgestroomd: usize,
    /// Wat de school moet aanvullen: leerlingen alleen in het rooster, en waarden die de
    /// controle niet doorstonden (niet overgenomen). Genoemd met sleutel en regel, nooit
    /// met de waarde.
    pub waarschuwingen: Vec<String>,
    /// Waar: het bestand veranderde niets (hetzelfde bestand opnieuw).
    pub niets_gewijzigd: bool,
}

impl From<passend_store::EdexmlUitkomst> for EdexmlIngelezen {
    fn from(u: passend_store::EdexmlUitkomst) -> Self {
        Self {
            niets_gewijzigd: u.niets_gewijzigd(),
            vestiging: u.vestiging,
            leerlingen: u.leerlingen.into(),
            roosterleerlingen: u.roosterleerlingen.into(),
            groepen: u.groepen.into(),
            medewerkers: u.medewerkers.into(),
            inschrijvingen: u.inschrijvingen,
            indelingen: u.indelingen,
            uitgestroomd: u.uitgestroomd,
            waarschuwingen: u.waarschuwingen,
        }
    }
}

/// Het leerlingenbestand van de eigen vestiging inlezen (EDEXML 2.1, de export van de
/// leerlingadministratie), zoals de pagina /edexml: gecontroleerd tegen het officiële
/// schema, dan in één transactie opgeslagen. Een geweigerd bestand noemt elk probleem met
/// zijn regel of de leerling; er wordt dan niets opgeslagen. Alleen voor scholen.
#[utoipa::path(
    post,
    path = "/edexml",
    tag = "leerlingen",
    operation_id = "edexmlInlezen",
    request_body(content = String, content_type = "application/xml",
        description = "Het EDEXML-bestand (versie 2.1) van de eigen vestiging",
        example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EDEX>…</EDEX>"),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Ingelezen", body = EdexmlIngelezen,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({"vestiging": "90AA00",
             "leerlingen": {"nieuw": 3, "gewijzigd": 1, "ongewijzigd": 410, "verwijderd": 0},
             "groepen": {"nieuw": 0, "gewijzigd": 1, "ongewijzigd": 17, "verwijderd": 1},
             "roosterleerlingen": {"nieuw": 1, "gewijzigd": 0, "ongewijzigd": 0, "verwijderd": 2},
             "medewerkers": {"nieuw": 1, "gewijzigd": 0, "ongewijzigd": 32, "verwijderd": 0},
             "inschrijvingen": 3, "indelingen": 29, "uitgestroomd": 2,
             "waarschuwingen": ["leerling 4711 (regel 812) staat alleen in het rooster: passend mist nog een postcode"],
             "nietsGewijzigd": false})),
        (status = 400, description = "Ongeldig verzoek", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor scholen", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 64 MB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Bestand geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "leerling L1042: de postcode ligt niet in de regio-indeling passend onderwijs",
             "problemen": ["leerling L1042: de postcode ligt niet in de regio-indeling passend onderwijs"]})),
    )
)]
pub async fn edexml_inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    body: Bytes,
) -> Result<Json<EdexmlIngelezen>, ApiError> {
    eigen_vestiging(&g, Functie::LeerlingenInlezen)?;
    let gelezen = crate::pages::edexml::lees(body)
        .await
        .map_err(|_| ApiError::bad_request("het bestand kon niet worden gelezen"))?;
    let rooster = gelezen.map_err(|a| ApiError::afgewezen("Bestand geweigerd", &a))?;
    let uitkomst = state
        .store
        .importeer_edexml(
            &g.verzoeker,
            &rooster,
            crate::vandaag(),
            "/api/v1/edexml",
            &mut |_, _| {},
        )
        .await?;
    Ok(Json(uitkomst.into()))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeegeleverdeRegelset {
    #[schema(example = "2026-2027")]
    pub schooljaar: String,
    /// De regeling waarop de bedragen berusten.
    pub regeling: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ToegevoegdeRegelset {
    #[schema(example = "2027-2028")]
    pub schooljaar: String,
    /// De bestandsnaam waaronder de beheerder de regelset toevoegde.
    pub bestand: String,
    /// Wanneer (UTC, RFC 3339).
    #[schema(format = DateTime, value_type = String)]
    pub aangemaakt: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Regelsets {
    /// De regelsets met bronnen die passend meelevert; die worden niet vervangen.
    pub meegeleverd: Vec<MeegeleverdeRegelset>,
    /// De regelsets die de beheerder toevoegde, voor andere schooljaren.
    pub toegevoegd: Vec<ToegevoegdeRegelset>,
}

/// De regelsets voor de bekostiging: de meegeleverde en de toegevoegde, zoals de pagina
/// /beheer/regelsets ze toont. Alleen voor de beheerder.
#[utoipa::path(
    get,
    path = "/regelsets",
    tag = "beheer",
    operation_id = "regelsets",
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De regelsets, per schooljaar", body = Regelsets,
         headers(("API-Version" = String, description = "Versie van de API")),
         example = json!({
             "meegeleverd": [{"schooljaar": "2015-2016", "regeling": "R1516 = Regeling bekostiging personeel PO 2015–2016 …"}],
             "toegevoegd": [{"schooljaar": "2027-2028", "bestand": "2027-2028.json", "aangemaakt": "2026-11-22T09:14:03Z"}]
         })),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn regelsets(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
) -> Result<Json<Regelsets>, ApiError> {
    // A beheer list: anyone else gets "not found", as on the page.
    g.api_vereist(Functie::Beheer)?;
    Ok(Json(Regelsets {
        meegeleverd: crate::pages::geld::meegeleverde_regelsets()
            .into_iter()
            .map(|(schooljaar, regeling)| MeegeleverdeRegelset {
                schooljaar,
                regeling,
            })
            .collect(),
        toegevoegd: state
            .store
            .toegevoegde_regelsets()
            .await?
            .into_iter()
            .map(|t| ToegevoegdeRegelset {
                schooljaar: t.schooljaar.to_string(),
                bestand: t.bestand,
                aangemaakt: t.aangemaakt,
            })
            .collect(),
    }))
}

/// A rule set to add: the file as the page takes it, in a JSON body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegelsetInvoer {
    /// De regelset, in het formaat van de meegeleverde bestanden (`crates/domain/data/bekostiging`).
    #[schema(value_type = Object)]
    pub regelset: serde_json::Map<String, serde_json::Value>,
    /// De bestandsnaam, voor meldingen en het overzicht (standaard `regelset.json`).
    pub bestand: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"schooljaar": "2027-2028"}))]
pub struct RegelsetBewaard {
    /// Het schooljaar waarvoor de regelset nu geldt.
    pub schooljaar: String,
}

/// Een regelset voor de bekostiging toevoegen (of vervangen) voor een schooljaar dat passend
/// niet meelevert, zoals de pagina /beheer/regelsets: gecontroleerd door dezelfde lezer als
/// de meegeleverde; een geweigerde regelset noemt de sleutel en het probleem, en er wordt
/// niets opgeslagen. Alleen voor de beheerder.
#[utoipa::path(
    post,
    path = "/regelsets",
    tag = "beheer",
    operation_id = "regelsetToevoegen",
    request_body(content = RegelsetInvoer, description = "De regelset en de bestandsnaam",
        example = json!({
            "regelset": {
                "schooljaar": "2027-2028", "regime": "peildatum_1_oktober",
                "regeling": "Regeling bekostiging personeel PO 2027–2028 …",
                "teldatum": {"datum": "2026-10-01", "bron": "WPO art. 132 lid 1, 3 en 4 en WVO art. 85b lid 2 en 3"},
                "groei_teldatum": {"datum": "2027-02-01", "bron": "WPO art. 125b lid 1 en 2 en WVO art. 85d lid 1 en 2"},
                "bedragen": {"zware_ondersteuning_po": {"bedrag": "300.00", "bron": "Regeling 2027–2028 art. 19"}}
            },
            "bestand": "2027-2028.json"
        })),
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Bewaard", body = RegelsetBewaard,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De lijst van regelsets")),
         example = json!({"schooljaar": "2027-2028"})),
        (status = 400, description = "Ongeldige JSON", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor de beheerder", body = Probleem, content_type = "application/problem+json"),
        (status = 413, description = "Groter dan 320 kB", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Regelset geweigerd; niets opgeslagen", body = Probleem, content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Bestand geweigerd", "status": 422,
             "detail": "2027-2028.json: 'bedragen.zware_ondersteuning_po.bedrag' is ongeldig: schrijf 300 als tekst, zoals \"300\": een JSON-getal zou via een float gelezen worden",
             "problemen": ["2027-2028.json: 'bedragen.zware_ondersteuning_po.bedrag' is ongeldig: schrijf 300 als tekst, zoals \"300\": een JSON-getal zou via een float gelezen worden"]})),
    )
)]
pub async fn regelset_toevoegen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(invoer): ApiJson<RegelsetInvoer>,
) -> Result<super::ondersteuning::Aangemaakt<RegelsetBewaard>, ApiError> {
    let tekst = serde_json::Value::Object(invoer.regelset).to_string();
    let sj = state
        .store
        .bewaar_regelset(
            &g.verzoeker,
            invoer.bestand.as_deref().unwrap_or_default(),
            &tekst,
            "/api/v1/regelsets",
        )
        .await?;
    Ok(super::ondersteuning::aangemaakt(
        "/api/v1/regelsets".into(),
        RegelsetBewaard {
            schooljaar: sj.to_string(),
        },
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OnderzoekParams {
    /// Het schooljaar (standaard het lopende).
    #[param(example = "2026-2027")]
    pub schooljaar: Option<String>,
}

/// Het onderzoeksbestand van een schooljaar, zoals de pagina /monitor/onderzoek het geeft:
/// per inschrijving op de peildatum een pseudoniem en grove kenmerken, nooit naam, BSN,
/// postcode of geboortedatum. Elke download staat in het auditlog. Alleen voor het
/// ministerie.
#[utoipa::path(
    get,
    path = "/onderzoeksbestand",
    tag = "monitor",
    operation_id = "onderzoeksbestand",
    params(OnderzoekParams),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "Het bestand (CSV, UTF-8)", body = String, content_type = "text/csv",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "attachment; filename=\"onderzoek-2026-2027.csv\"")),
         example = "pseudoniem,schooljaar,samenwerkingsverband,schoolsoort,geboortejaar,opp,tlv,arrangement_toegekend,thuiszitter_langer_dan_3_maanden\n3f9c…e1,2026-2027,PO2605,bao,2017,nee,,nee,nee\n"),
        (status = 400, description = "Geen geldig schooljaar, of buiten de monitor", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Alleen voor het ministerie", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn onderzoeksbestand(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiQuery(q): ApiQuery<OnderzoekParams>,
) -> Result<Response, ApiError> {
    let today = crate::vandaag();
    let (sj, _) = Store::monitor_invoer(q.schooljaar.as_deref(), None, today)?;
    // The store checks the role and writes the export to the audit log.
    let regels = state
        .store
        .onderzoeksextract(&g.verzoeker, sj, today, "/api/v1/onderzoeksbestand")
        .await?;
    let tabel = crate::pages::monitor::onderzoek_tabel(sj, regels);
    crate::export::bestand(&tabel, crate::export::Formaat::Csv).map_err(|_| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Serverfout",
            "er ging aan onze kant iets mis",
        )
    })
}
