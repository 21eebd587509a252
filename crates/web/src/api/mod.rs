//! The JSON API under `/api/v1`, following the Dutch API Design Rules: Dutch lower
//! camelCase names, the `API-Version` header on every response, RFC 9457 problems, and
//! the OpenAPI document generated from the handlers at `/api/v1/openapi.json`.

pub mod aanmelding;
pub mod auth;
pub mod bestanden;
pub mod escalatie;
pub mod extract;
pub mod geld;
pub mod leerlingen;
pub mod leerplicht;
pub mod monitor;
pub mod ondersteuning;
pub mod organisatie;
pub mod overzicht;
pub mod problem;
pub mod schorsing;
pub mod thuiszitters;
pub mod verantwoording;
pub mod verzuim;
pub mod zorgplicht;

use axum::Json;
use axum::http::{HeaderName, HeaderValue};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

pub fn version_value() -> HeaderValue {
    HeaderValue::from_static(VERSION)
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "passend API",
        description = "Passend onderwijs: samenwerkingsverbanden, scholen en (binnen uw werkgebied) leerlingen.",
        contact(name = "passend", email = "passend@example.org", url = "https://example.org/passend"),
        license(name = "MPL-2.0", identifier = "MPL-2.0")
    ),
    servers((url = "/api/v1", description = "deze server")),
    paths(
        organisatie::samenwerkingsverbanden,
        organisatie::samenwerkingsverband,
        organisatie::scholen,
        organisatie::school,
        leerlingen::leerlingen,
        leerlingen::leerling,
        schorsing::schorsingen,
        schorsing::schors,
        schorsing::verwijder,
        schorsing::postcode,
        thuiszitters::thuiszitters,
        thuiszitters::thuiszitter,
        thuiszitters::open_zaak,
        thuiszitters::werk_bij,
        escalatie::lezen,
        escalatie::vastleggen,
        verzuim::verzuimmeldingen,
        verzuim::verzuim_inlezen,
        verzuim::vrijstellingen,
        verzuim::zet_status,
        leerplicht::aanvragen,
        leerplicht::beslissen,
        leerplicht::ingezetenen,
        leerplicht::jaartellingen,
        leerplicht::voortgang,
        zorgplicht::aanmeldingen,
        zorgplicht::besluit,
        aanmelding::registreer,
        aanmelding::aanmelding,
        aanmelding::verleng,
        aanmelding::intrekken,
        aanmelding::opschorten,
        zorgplicht::profiel,
        zorgplicht::profiel_vaststellen,
        zorgplicht::dekkend_aanbod,
        ondersteuning::opp::lijst,
        ondersteuning::opp::vaststellen,
        ondersteuning::opp::evalueer,
        ondersteuning::opp::instemming,
        ondersteuning::opp::signalen,
        ondersteuning::arrangementen::caseload,
        ondersteuning::arrangementen::van_leerling,
        ondersteuning::arrangementen::vraag_aan,
        ondersteuning::arrangementen::arrangement,
        ondersteuning::arrangementen::overleg,
        ondersteuning::arrangementen::besluit,
        ondersteuning::arrangementen::evaluatie,
        ondersteuning::integraal::lijst,
        ondersteuning::integraal::vastleggen,
        ondersteuning::symbiose::lijst,
        ondersteuning::symbiose::vastleggen,
        ondersteuning::tlv::swv_lijst,
        ondersteuning::tlv::van_leerling,
        ondersteuning::tlv::aanvragen,
        ondersteuning::tlv::tlv,
        ondersteuning::tlv::besluitbrief,
        ondersteuning::tlv::deskundigen_toewijzen,
        ondersteuning::tlv::advies,
        ondersteuning::tlv::besluit,
        ondersteuning::tlv::bezwaar,
        ondersteuning::tlv::bezwaar_lezen,
        ondersteuning::tlv::bezwaar_bijwerken,
        ondersteuning::tlv::register,
        ondersteuning::tlv::deskundige_toevoegen,
        ondersteuning::oso::inlezen,
        ondersteuning::oso::van_leerling,
        ondersteuning::oso::bijlage,
    ),
    modifiers(&Beveiliging),
    tags((name = "organisatie", description = "Samenwerkingsverbanden en scholen (openbaar)"),
         (name = "leerlingen", description = "Leerlingen binnen het werkgebied van de API-sleutel"),
         (name = "leerplicht", description = "Het werk van de leerplichtambtenaar, voor de eigen gemeente"),
         (name = "ondersteuning", description = "Ontwikkelingsperspectief, arrangementen, symbiose en toelaatbaarheidsverklaringen, binnen het werkgebied"))
)]
pub struct ApiDoc;

struct Beveiliging;

impl Modify for Beveiliging {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "apiSleutel",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(document())
}

/// The whole document: the core paths plus each area's own (merged so that areas can grow
/// their API without touching one shared list).
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(geld::GeldApi::openapi());
    doc.merge(verantwoording::VerantwoordingApi::openapi());
    doc.merge(monitor::MonitorApi::openapi());
    doc.merge(overzicht::OverzichtApi::openapi());
    doc.merge(bestanden::BestandenApi::openapi());
    doc
}

// A file's bytes as a response body (`type: string, format: binary`); only describes the
// body in the OpenAPI document, the handlers send the bytes themselves.
/// De inhoud van het bestand, byte voor byte.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct Binair(Vec<u8>);

/// The highest page number a list takes.
const MAX_PAGINA: i64 = 1_000_000;

/// Page selection for lists.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct Paginering {
    /// Page number, from 1 to 1000000 (far above any list: the whole country is about
    /// 2.5 million pupils, 12500 pages of 200).
    #[param(minimum = 1, maximum = 1000000)]
    pub pagina: Option<i64>,
    /// Items per page, 1 to 200 (default 50).
    pub pagina_grootte: Option<i64>,
}

impl Paginering {
    pub fn checked(&self) -> Result<(i64, i64), problem::ApiError> {
        let pagina = self.pagina.unwrap_or(1);
        let grootte = self.pagina_grootte.unwrap_or(50);
        if pagina < 1 {
            return Err(problem::ApiError::bad_request(
                "pagina moet 1 of groter zijn",
            ));
        }
        // Bounded so that the offset (pagina − 1) × paginaGrootte cannot overflow.
        if pagina > MAX_PAGINA {
            return Err(problem::ApiError::bad_request(format!(
                "pagina mag niet groter zijn dan {MAX_PAGINA}"
            )));
        }
        if !(1..=200).contains(&grootte) {
            return Err(problem::ApiError::bad_request(
                "paginaGrootte moet tussen 1 en 200 liggen",
            ));
        }
        Ok((pagina, grootte))
    }
}

/// Where a list page sits in the whole.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaginaInfo {
    pub pagina: i64,
    pub pagina_grootte: i64,
    pub totaal: i64,
    #[serde(rename = "_links")]
    pub links: Links,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Links {
    #[serde(rename = "self")]
    pub zelf: Link,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev: Option<Link>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Link {
    pub href: String,
}

impl PaginaInfo {
    pub fn new(pad: &str, extra: &str, pagina: i64, grootte: i64, totaal: i64) -> Self {
        let href = |p: i64| Link {
            href: format!("/api/v1{pad}?{extra}pagina={p}&paginaGrootte={grootte}"),
        };
        Self {
            pagina,
            pagina_grootte: grootte,
            totaal,
            links: Links {
                zelf: href(pagina),
                next: (pagina * grootte < totaal).then(|| href(pagina + 1)),
                prev: (pagina > 1).then(|| href(pagina - 1)),
            },
        }
    }
}
