//! An OSO dossier through the API: the XML (base64, as OSO itself carries documents) and the
//! pupil's person number in a JSON body — never in the URL. Checked against the official
//! schema and rules off the async workers; refused with every problem and its line, or stored
//! in one transaction. Read back as the dossier page shows it: the received dossiers with
//! their attachments, and the restricted data for the roles that may see it.

use super::{Aangemaakt, aangemaakt, dag, nummer, opt_dag, veld};
use crate::AppState;
use crate::api::auth::ApiGebruiker;
use crate::api::extract::ApiJson;
use crate::api::problem::{ApiError, Probleem};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use base64::Engine;
use passend_store::{LeerlingId, OsoKoppeling, Persoonsnummer};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Een OSO-dossier om in te lezen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({"persoonsnummer": "123456782", "dossier": "PD94bWwgdmVyc2lvbj0iMS4wIj8+..."}))]
pub struct OsoInvoer {
    /// BSN of onderwijsnummer van de leerling: een dossier voor het samenwerkingsverband bevat
    /// dat niet (OSO-regel PaO.LL03).
    pub persoonsnummer: String,
    /// Het dossier (OSO gegevensset 2019.1, XML), base64-gecodeerd.
    pub dossier: String,
}

/// Wat het inlezen opleverde.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoResultaat {
    pub leerling: i64,
    pub dossier: i64,
    pub nieuwe_leerling: bool,
    pub tlvs: usize,
    pub historie: usize,
    pub bijlagen: usize,
    /// Beperkt zichtbaar opgeslagen: diagnoses, medische gegevens, intelligentieonderzoek.
    pub beperkt: usize,
    /// De aanvraag bij het samenwerkingsverband, als een school inleest.
    pub aanvraag: Option<i64>,
    /// Categorieën zonder toestemming (OPT-UIT) of niet toegestaan (VERBODEN).
    pub niet_geleverd: Vec<String>,
}

/// Een OSO-dossier inlezen (samenwerkingsverband of school). Een ongeldig dossier wordt
/// geweigerd met alle problemen en hun regel; er wordt dan niets opgeslagen.
#[utoipa::path(
    post,
    path = "/oso-dossiers",
    tag = "ondersteuning",
    operation_id = "osoDossierInlezen",
    request_body = OsoInvoer,
    security(("apiSleutel" = [])),
    responses(
        (status = 201, description = "Ingelezen", body = OsoResultaat,
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Location" = String, description = "De leerling"))),
        (status = 400, description = "Geen geldig persoonsnummer of geen base64", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Deze rol leest geen dossiers in", body = Probleem, content_type = "application/problem+json"),
        (status = 422, description = "Het dossier voldoet niet aan het schema of de regels", body = Probleem,
         content_type = "application/problem+json",
         example = json!({"type": "about:blank", "title": "Dossier geweigerd", "status": 422,
             "detail": "regel 479: categorie Verzuim is OPT-UIT maar het dossier bevat gegevens van die categorie",
             "problemen": ["regel 479: categorie Verzuim is OPT-UIT maar het dossier bevat gegevens van die categorie"]})),
    )
)]
pub async fn inlezen(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    ApiJson(invoer): ApiJson<OsoInvoer>,
) -> Result<Aangemaakt<OsoResultaat>, ApiError> {
    g.api_vereist(passend_domain::Functie::OsoInlezen)?;
    let nummer = Persoonsnummer::parse(invoer.persoonsnummer.trim())
        .map_err(|e| veld("persoonsnummer", e))?;
    let xml = base64::engine::general_purpose::STANDARD
        .decode(invoer.dossier.trim())
        .map_err(|_| veld("dossier", "geen geldige base64"))?;
    let gelezen = tokio::task::spawn_blocking(move || passend_uitwisseling::oso::lees(&xml))
        .await
        .map_err(|_| ApiError::bad_request("het dossier kon niet worden gelezen"))?;
    let dossier = gelezen.map_err(|a| ApiError::afgewezen("Dossier geweigerd", &a))?;
    let u = state
        .store
        .importeer_oso(
            &g.verzoeker,
            &dossier,
            &OsoKoppeling::Persoonsnummer(nummer),
            crate::vandaag(),
            "/api/v1/oso-dossiers",
        )
        .await?;
    Ok(aangemaakt(
        format!("/api/v1/leerlingen/{}", u.leerling.0),
        OsoResultaat {
            leerling: u.leerling.0,
            dossier: u.dossier,
            nieuwe_leerling: u.nieuwe_leerling,
            tlvs: u.tlvs,
            historie: u.historie,
            bijlagen: u.bijlagen,
            beperkt: u.beperkt,
            aanvraag: u.aanvraag,
            niet_geleverd: u.niet_geleverd,
        },
    ))
}

/// Een periode van ondersteuning uit het dossier.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoHistorie {
    #[schema(format = Date, value_type = Option<String>)]
    pub van: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub tot: Option<String>,
    pub omschrijving: String,
}

/// Een bijlage van het dossier; de inhoud staat op `href`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoBijlage {
    pub id: i64,
    pub naam: String,
    /// Het type dat het dossier opgaf.
    pub mime: String,
    /// In bytes.
    pub grootte: i64,
    pub href: String,
}

/// Een ontvangen OSO-dossier.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OsoDossier {
    pub id: i64,
    /// De verzendende vestiging, als het dossier die noemt.
    pub vestiging: Option<String>,
    pub samenwerkingsverband: String,
    #[schema(format = Date, value_type = String)]
    pub ontvangen: String,
    /// Categorieën zonder toestemming (OPT-UIT) of niet toegestaan (VERBODEN).
    pub niet_geleverd: Vec<String>,
    /// Samenvatting van het verzuim.
    pub verzuim: Option<String>,
    /// De zienswijze van de ouders.
    pub zienswijze: Option<String>,
    pub historie: Vec<OsoHistorie>,
    /// Beperkt zichtbare bijlagen alleen voor wie de beperkte gegevens mag zien.
    pub bijlagen: Vec<OsoBijlage>,
}

impl From<passend_store::OsoOverzicht> for OsoDossier {
    fn from(o: passend_store::OsoOverzicht) -> Self {
        Self {
            id: o.id,
            vestiging: o.vestiging_code,
            samenwerkingsverband: o.swv_code,
            ontvangen: dag(o.ontvangen),
            niet_geleverd: o
                .niet_geleverd
                .split(", ")
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect(),
            verzuim: o.verzuim,
            zienswijze: o.zienswijze,
            historie: o
                .historie
                .into_iter()
                .map(|(van, tot, omschrijving)| OsoHistorie {
                    van: opt_dag(van),
                    tot: opt_dag(tot),
                    omschrijving,
                })
                .collect(),
            bijlagen: o
                .bijlagen
                .into_iter()
                .map(|(id, naam, mime, grootte)| OsoBijlage {
                    id,
                    naam,
                    mime,
                    grootte,
                    href: format!("/api/v1/bijlagen/{id}"),
                })
                .collect(),
        }
    }
}

/// Een beperkt zichtbaar gegeven: diagnose, medisch gegeven, intelligentieonderzoek.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BeperktGegeven {
    pub soort: String,
    pub omschrijving: String,
    #[schema(format = Date, value_type = Option<String>)]
    pub datum: Option<String>,
}

/// De ontvangen OSO-dossiers van een leerling, nieuwste eerst.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({"osoDossiers": [{"id": 3, "vestiging": "00YY00", "samenwerkingsverband": "PO2605",
    "ontvangen": "2026-11-22", "nietGeleverd": ["Ouderinzage"],
    "verzuim": "2 meldingen, 14 uur ongeoorloofd", "zienswijze": null,
    "historie": [{"van": "2024-08-19", "tot": "2025-07-11", "omschrijving": "handelingsplan lezen"}],
    "bijlagen": [{"id": 41, "naam": "groeidocument.pdf", "mime": "application/pdf", "grootte": 48213,
        "href": "/api/v1/bijlagen/41"}]}],
    "beperkteGegevens": [{"soort": "diagnose", "omschrijving": "dyslexie", "datum": "2024-03-01"}]}))]
pub struct OsoDossiersVanLeerling {
    pub oso_dossiers: Vec<OsoDossier>,
    /// Diagnoses en medische gegevens: alleen voor het samenwerkingsverband, de gevraagde
    /// deskundigen en de ouders; voor anderen ontbreekt dit veld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beperkte_gegevens: Option<Vec<BeperktGegeven>>,
}

/// De OSO-dossiers die voor een leerling binnenkwamen, zoals de dossierpagina ze toont: van
/// wie, wanneer, welke categorieën niet geleverd zijn, verzuim, zienswijze van de ouders,
/// ondersteuningshistorie en bijlagen; met de beperkt zichtbare gegevens voor wie die mag
/// zien. Het inzien wordt gelogd.
#[utoipa::path(
    get,
    path = "/leerlingen/{id}/oso-dossiers",
    tag = "ondersteuning",
    operation_id = "osoDossiersVanLeerling",
    params(("id" = i64, Path, description = "Intern nummer van de leerling")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De ontvangen dossiers", body = OsoDossiersVanLeerling,
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
) -> Result<Json<OsoDossiersVanLeerling>, ApiError> {
    let leerling = LeerlingId(nummer(&id)?);
    let today = crate::vandaag();
    let store = &state.store;
    // As the dossier page: the scoped, logged read first, then what it may show.
    store
        .dossier_voor(
            &g.verzoeker,
            leerling,
            today,
            "/api/v1/leerlingen/{id}/oso-dossiers",
        )
        .await?;
    let beperkt = store
        .beperkte_gegevens_voor(&g.verzoeker, leerling, today)
        .await?;
    let dossiers = store.oso_dossiers_van(leerling, beperkt.is_some()).await?;
    Ok(Json(OsoDossiersVanLeerling {
        oso_dossiers: dossiers.into_iter().map(OsoDossier::from).collect(),
        beperkte_gegevens: beperkt.map(|lijst| {
            lijst
                .into_iter()
                .map(|b| BeperktGegeven {
                    soort: b.soort,
                    omschrijving: b.omschrijving,
                    datum: opt_dag(b.datum),
                })
                .collect()
        }),
    }))
}

/// Een bijlage van een OSO-dossier, voor wie het dossier van de leerling mag zien; een
/// beperkt zichtbare bijlage alleen voor wie de beperkte gegevens mag zien. Het downloaden
/// wordt gelogd.
#[utoipa::path(
    get,
    path = "/bijlagen/{id}",
    tag = "ondersteuning",
    operation_id = "bijlage",
    params(("id" = i64, Path, description = "Nummer van de bijlage")),
    security(("apiSleutel" = [])),
    responses(
        (status = 200, description = "De inhoud van de bijlage, met het type dat het dossier opgaf (Content-Type) en als download",
         body = inline(crate::api::Binair), content_type = "application/octet-stream",
         headers(("API-Version" = String, description = "Versie van de API"),
                 ("Content-Disposition" = String, description = "attachment; filename=\"groeidocument.pdf\""))),
        (status = 400, description = "Geen nummer", body = Probleem, content_type = "application/problem+json"),
        (status = 401, description = "Geen geldige API-sleutel", body = Probleem, content_type = "application/problem+json"),
        (status = 404, description = "Onbekend of buiten uw werkgebied", body = Probleem, content_type = "application/problem+json"),
    )
)]
pub async fn bijlage(
    State(state): State<AppState>,
    ApiGebruiker(g): ApiGebruiker,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let (naam, mime, bytes) = state
        .store
        .bijlage_voor(
            &g.verzoeker,
            nummer(&id)?,
            crate::vandaag(),
            "/api/v1/bijlagen/{id}",
        )
        .await?;
    Ok(crate::download::bijlage(&naam, mime, bytes))
}
