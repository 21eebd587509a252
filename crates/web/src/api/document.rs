//! The OpenAPI document at `/api/v1/openapi.json`, generated from the handlers' annotations.

use super::{
    aanmelding, bereidheid, bestanden, escalatie, geld, leerlingen, leerplicht, monitor,
    ondersteuning, organisatie, overzicht, schorsing, thuiszitters, verantwoording, verzuim,
    zorgplicht,
};
use axum::http::header;
use axum::response::IntoResponse;
use std::sync::OnceLock;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

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
        leerplicht::adviezen,
        leerplicht::adviseer,
        bereidheid::vraag,
        bereidheid::lijst,
        bereidheid::antwoord,
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

/// The document never changes while the server runs: built and serialised once (in a debug
/// build that took half a second per request).
pub async fn openapi_json() -> impl IntoResponse {
    static JSON: OnceLock<String> = OnceLock::new();
    let body =
        JSON.get_or_init(|| serde_json::to_string(&document()).expect("document serialises"));
    ([(header::CONTENT_TYPE, "application/json")], body.as_str())
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
    doc.merge(super::taken::TakenApi::openapi());
    doc
}

// A file's bytes as a response body (`type: string, format: binary`); only describes the
// body in the OpenAPI document, the handlers send the bytes themselves.
/// De inhoud van het bestand, byte voor byte.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct Binair(Vec<u8>);
