//! Every route of the application with its access decision, in one table. The router is
//! built from this table, and the access test matrix walks it: a route cannot be added
//! without saying who may use it, and a test fails for a pupil-data route it does not cover.

use crate::{AppState, api, pages};
use axum::extract::DefaultBodyLimit;
use axum::routing::{MethodRouter, get, patch, post, put};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toegang {
    /// Anyone; shows no pupil data.
    Publiek,
    /// Any signed-in user; shows no pupil data beyond the user's own account.
    Aangemeld,
    /// Pupil data: only through the store's scoped reads.
    Leerlinggegevens,
    /// The beheerder only.
    Beheer,
}

pub struct Route {
    pub pad: &'static str,
    pub toegang: Toegang,
    pub handler: MethodRouter<AppState>,
    /// The largest request body the route reads, in bytes: an upload's own limit,
    /// [`API_MAX_BODY`] for the rest of the API, `None` for axum's default (2 MB).
    pub limiet: Option<usize>,
}

/// The largest body the API reads where no upload limit says otherwise: far above any real
/// JSON request, far below what would tie up the server.
pub const API_MAX_BODY: usize = 1024 * 1024;

fn route(pad: &'static str, toegang: Toegang, handler: MethodRouter<AppState>) -> Route {
    Route {
        pad,
        toegang,
        handler,
        limiet: None,
    }
}

/// A route that takes a file, with the largest body it reads; the hostile-input tests post
/// one byte more to every such route.
fn upload(
    pad: &'static str,
    toegang: Toegang,
    handler: MethodRouter<AppState>,
    limiet: usize,
) -> Route {
    Route {
        pad,
        toegang,
        handler: handler.layer(DefaultBodyLimit::max(limiet)),
        limiet: Some(limiet),
    }
}

/// An API route gets [`API_MAX_BODY`] unless it has its own limit, and a problem for every
/// error axum makes itself (a body over the limit, a method the route does not take).
fn api_route(mut r: Route) -> Route {
    if !r.pad.starts_with("/api/") {
        return r;
    }
    let limiet = match r.limiet {
        Some(limiet) => limiet,
        None => {
            r.handler = r.handler.layer(DefaultBodyLimit::max(API_MAX_BODY));
            *r.limiet.insert(API_MAX_BODY)
        }
    };
    r.handler = r.handler.layer(axum::middleware::map_response(move |res| {
        api::problem::als_probleem(res, limiet)
    }));
    r
}

pub fn table() -> Vec<Route> {
    use Toegang::*;
    let mut routes = vec![
        route("/", Publiek, get(pages::start::page)),
        route("/postcode", Publiek, get(pages::postcode::page)),
        route("/swv", Publiek, get(pages::swv::list)),
        route("/swv/{code}", Publiek, get(pages::swv::detail)),
        route("/scholen", Publiek, get(pages::scholen::list)),
        // Public; a signed-in user whose scope covers the school also gets its pupil list,
        // through the store's scoped read.
        route("/scholen/{code}", Publiek, get(pages::scholen::detail)),
        route(
            "/leerlingen/{id}",
            Leerlinggegevens,
            get(pages::leerling::dossier),
        ),
        route(
            "/leerlingen/{id}/schorsing",
            Leerlinggegevens,
            post(pages::leerling::schors),
        ),
        route(
            "/leerlingen/{id}/verwijdering",
            Leerlinggegevens,
            post(pages::leerling::verwijder),
        ),
        route(
            "/leerlingen/{id}/adres",
            Leerlinggegevens,
            post(pages::leerling::wijzig_adres),
        ),
        route(
            "/leerlingen/{id}/ondersteuning",
            Leerlinggegevens,
            get(pages::ondersteuning::dossier),
        ),
        route(
            "/leerlingen/{id}/opp",
            Leerlinggegevens,
            post(pages::ondersteuning::opp),
        ),
        route(
            "/leerlingen/{id}/opp/instemming",
            Leerlinggegevens,
            post(pages::ondersteuning::opp_instemming),
        ),
        route(
            "/leerlingen/{id}/opp/evaluatie",
            Leerlinggegevens,
            post(pages::ondersteuning::opp_evaluatie),
        ),
        route(
            "/leerlingen/{id}/arrangementen",
            Leerlinggegevens,
            post(pages::ondersteuning::arrangement_aanvragen),
        ),
        route(
            "/leerlingen/{id}/tlv",
            Leerlinggegevens,
            post(pages::ondersteuning::tlv_aanvragen),
        ),
        route(
            "/leerlingen/{id}/symbiose",
            Leerlinggegevens,
            post(pages::ondersteuning::symbiose),
        ),
        route(
            "/leerlingen/{id}/integraal",
            Leerlinggegevens,
            post(pages::ondersteuning::integraal),
        ),
        route(
            "/ondersteuning",
            Leerlinggegevens,
            get(pages::ondersteuning::caseload),
        ),
        route(
            "/arrangementen/{id}/overleg",
            Leerlinggegevens,
            post(pages::ondersteuning::overleg),
        ),
        route(
            "/arrangementen/{id}/besluit",
            Leerlinggegevens,
            post(pages::ondersteuning::besluit),
        ),
        route(
            "/arrangementen/{id}/evaluatie",
            Leerlinggegevens,
            post(pages::ondersteuning::arrangement_evaluatie),
        ),
        route(
            "/bijlagen/{id}",
            Leerlinggegevens,
            get(pages::ondersteuning::bijlage),
        ),
        upload(
            "/oso",
            Leerlinggegevens,
            get(pages::oso::form).post(pages::oso::upload),
            pages::oso::MAX_UPLOAD + 64 * 1024,
        ),
        upload(
            "/edexml",
            Leerlinggegevens,
            get(pages::edexml::form).post(pages::edexml::upload),
            pages::edexml::MAX_UPLOAD + 64 * 1024,
        ),
        route("/tlv/{id}", Leerlinggegevens, get(pages::tlv::detail)),
        route(
            "/tlv/{id}/deskundigen",
            Leerlinggegevens,
            post(pages::tlv::deskundigen_toewijzen),
        ),
        route(
            "/tlv/{id}/advies",
            Leerlinggegevens,
            post(pages::tlv::advies),
        ),
        route(
            "/tlv/{id}/besluit",
            Leerlinggegevens,
            post(pages::tlv::besluit),
        ),
        route(
            "/tlv/{id}/besluit.pdf",
            Leerlinggegevens,
            get(pages::tlv::brief_pdf),
        ),
        route(
            "/tlv/{id}/bezwaar",
            Leerlinggegevens,
            post(pages::tlv::bezwaar),
        ),
        route(
            "/tlv/{id}/bezwaar/{bezwaar}",
            Leerlinggegevens,
            post(pages::tlv::bezwaar_bijwerken),
        ),
        route(
            "/deskundigen",
            Aangemeld,
            get(pages::tlv::register).post(pages::tlv::register_toevoegen),
        ),
        route(
            "/mijn-kinderen",
            Leerlinggegevens,
            get(pages::leerling::mijn_kinderen),
        ),
        route(
            "/aanmelden",
            Publiek,
            get(pages::aanmelden::form).post(pages::aanmelden::submit),
        ),
        route("/afmelden", Aangemeld, post(pages::aanmelden::afmelden)),
        route(
            "/account/api-sleutels",
            Aangemeld,
            get(pages::account::sleutels).post(pages::account::maak_sleutel),
        ),
        route(
            "/account/api-sleutels/intrekken",
            Aangemeld,
            post(pages::account::trek_in),
        ),
        route("/account/rol", Aangemeld, post(pages::account::wissel_rol)),
        route(
            "/leerplicht",
            Leerlinggegevens,
            get(pages::leerplicht::view),
        ),
        route(
            "/leerplicht/vrijstellingen",
            Leerlinggegevens,
            post(pages::leerplicht::vraag_aan),
        ),
        route(
            "/leerplicht/vrijstellingen/{id}/besluit",
            Leerlinggegevens,
            post(pages::leerplicht::beslis),
        ),
        route(
            "/leerplicht/vrijstellingen/{id}/kennisgeving",
            Leerlinggegevens,
            post(pages::leerplicht::kennisgeving),
        ),
        upload(
            "/leerplicht/ingezetenen",
            Leerlinggegevens,
            post(pages::leerplicht::ingezetenen),
            pages::leerplicht::MAX_UPLOAD,
        ),
        route(
            "/aanmeldingen",
            Leerlinggegevens,
            get(pages::aanmeldingen::list).post(pages::aanmeldingen::registreer),
        ),
        upload(
            "/aanmeldingen/import",
            Leerlinggegevens,
            post(pages::aanmeldingen::importeer),
            pages::aanmeldingen::MAX_IMPORT + 64 * 1024,
        ),
        route(
            "/aanmeldingen/{id}",
            Leerlinggegevens,
            get(pages::aanmeldingen::detail),
        ),
        route(
            "/aanmeldingen/{id}/verlengen",
            Leerlinggegevens,
            post(pages::aanmeldingen::verlengen),
        ),
        route(
            "/aanmeldingen/{id}/besluit",
            Leerlinggegevens,
            post(pages::aanmeldingen::besluit),
        ),
        route(
            "/aanmeldingen/{id}/intrekken",
            Leerlinggegevens,
            post(pages::aanmeldingen::intrekken),
        ),
        route(
            "/aanmeldingen/{id}/opschorten",
            Leerlinggegevens,
            post(pages::aanmeldingen::opschorten),
        ),
        route(
            "/scholen/{code}/ondersteuningsprofiel",
            Publiek,
            get(pages::sop::page).post(pages::sop::opslaan),
        ),
        route(
            "/swv/{code}/dekkend-aanbod",
            Aangemeld,
            get(pages::dekkend::page),
        ),
        route("/signalen", Aangemeld, get(pages::aanmeldingen::signalen)),
        route("/verzuim", Leerlinggegevens, get(pages::verzuim::list)),
        route("/voortgang", Publiek, get(pages::voortgang::page)),
        upload(
            "/verzuim/import",
            Leerlinggegevens,
            post(pages::verzuim::import),
            pages::verzuim::MAX_UPLOAD,
        ),
        route(
            "/verzuim/{id}/status",
            Leerlinggegevens,
            post(pages::verzuim::status),
        ),
        route(
            "/thuiszitters",
            Leerlinggegevens,
            get(pages::thuiszitters::list),
        ),
        route(
            "/thuiszitters/{id}",
            Leerlinggegevens,
            get(pages::thuiszitters::detail),
        ),
        route(
            "/thuiszitters/{id}/bijwerken",
            Leerlinggegevens,
            post(pages::thuiszitters::bijwerken),
        ),
        route(
            "/thuiszitters/{id}/oplossen",
            Leerlinggegevens,
            post(pages::thuiszitters::oplossen),
        ),
        route(
            "/thuiszitters/{id}/besluit",
            Leerlinggegevens,
            post(pages::thuiszitters::besluit),
        ),
        route(
            "/leerlingen/{id}/thuiszitterzaak",
            Leerlinggegevens,
            post(pages::thuiszitters::openen),
        ),
        route(
            "/swv/{code}/escalatieladder",
            Publiek,
            get(pages::thuiszitters::ladder).post(pages::thuiszitters::ladder_opslaan),
        ),
        route("/beheer/audit", Beheer, get(pages::beheer::audit)),
        route("/static/passend.css", Publiek, get(pages::static_css)),
        route("/api/v1/openapi.json", Publiek, get(api::openapi_json)),
        route(
            "/api/v1/samenwerkingsverbanden",
            Publiek,
            get(api::organisatie::samenwerkingsverbanden),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}",
            Publiek,
            get(api::organisatie::samenwerkingsverband),
        ),
        route("/api/v1/scholen", Publiek, get(api::organisatie::scholen)),
        route(
            "/api/v1/scholen/{code}",
            Publiek,
            get(api::organisatie::school),
        ),
        route(
            "/api/v1/leerlingen",
            Leerlinggegevens,
            get(api::leerlingen::leerlingen),
        ),
        route(
            "/api/v1/leerlingen/{id}",
            Leerlinggegevens,
            get(api::leerlingen::leerling),
        ),
        route(
            "/api/v1/thuiszitters",
            Leerlinggegevens,
            get(api::thuiszitters::thuiszitters),
        ),
        route(
            "/api/v1/leerlingen/{id}/schorsingen",
            Leerlinggegevens,
            get(api::schorsing::schorsingen).post(api::schorsing::schors),
        ),
        route(
            "/api/v1/leerlingen/{id}/verwijdering",
            Leerlinggegevens,
            post(api::schorsing::verwijder),
        ),
        route(
            "/api/v1/leerlingen/{id}/postcode",
            Leerlinggegevens,
            put(api::schorsing::postcode),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/escalatieladder",
            Publiek,
            get(api::escalatie::lezen).put(api::escalatie::vastleggen),
        ),
        route(
            "/api/v1/thuiszitters/{id}",
            Leerlinggegevens,
            get(api::thuiszitters::thuiszitter).patch(api::thuiszitters::werk_bij),
        ),
        route(
            "/api/v1/leerlingen/{id}/thuiszitterzaak",
            Leerlinggegevens,
            post(api::thuiszitters::open_zaak),
        ),
        route(
            "/api/v1/verzuimmeldingen",
            Leerlinggegevens,
            get(api::verzuim::verzuimmeldingen),
        ),
        route(
            "/api/v1/verzuimmeldingen/{id}",
            Leerlinggegevens,
            patch(api::verzuim::zet_status),
        ),
        upload(
            "/api/v1/scholen/{code}/verzuim",
            Leerlinggegevens,
            post(api::verzuim::verzuim_inlezen),
            pages::verzuim::MAX_UPLOAD,
        ),
        route(
            "/api/v1/vrijstellingen",
            Leerlinggegevens,
            get(api::verzuim::vrijstellingen).post(api::leerplicht::aanvragen),
        ),
        route(
            "/api/v1/vrijstellingen/{id}",
            Leerlinggegevens,
            patch(api::leerplicht::beslissen),
        ),
        upload(
            "/api/v1/ingezetenen",
            Leerlinggegevens,
            post(api::leerplicht::ingezetenen),
            pages::leerplicht::MAX_UPLOAD,
        ),
        route(
            "/api/v1/leerplicht/jaartellingen",
            Leerlinggegevens,
            get(api::leerplicht::jaartellingen),
        ),
        route(
            "/api/v1/voortgang",
            Publiek,
            get(api::leerplicht::voortgang),
        ),
        route(
            "/api/v1/aanmeldingen",
            Leerlinggegevens,
            get(api::zorgplicht::aanmeldingen).post(api::aanmelding::registreer),
        ),
        upload(
            "/api/v1/aanmeldingen/import",
            Leerlinggegevens,
            post(api::bestanden::aanmeldingen_inlezen),
            pages::aanmeldingen::MAX_IMPORT,
        ),
        route(
            "/api/v1/aanmeldingen/{id}",
            Leerlinggegevens,
            get(api::aanmelding::aanmelding),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/verlenging",
            Leerlinggegevens,
            post(api::aanmelding::verleng),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/intrekking",
            Leerlinggegevens,
            post(api::aanmelding::intrekken),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/opschorting",
            Leerlinggegevens,
            post(api::aanmelding::opschorten),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/besluit",
            Leerlinggegevens,
            post(api::zorgplicht::besluit),
        ),
        route(
            "/api/v1/scholen/{code}/ondersteuningsprofiel",
            Publiek,
            get(api::zorgplicht::profiel).put(api::zorgplicht::profiel_vaststellen),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod",
            Aangemeld,
            get(api::zorgplicht::dekkend_aanbod),
        ),
        // Support beyond the basis (issue 5): OPP, arrangementen, symbiose, TLV.
        route(
            "/api/v1/leerlingen/{id}/opp",
            Leerlinggegevens,
            get(api::ondersteuning::opp::lijst).post(api::ondersteuning::opp::vaststellen),
        ),
        route(
            "/api/v1/leerlingen/{id}/opp/evaluaties",
            Leerlinggegevens,
            post(api::ondersteuning::opp::evalueer),
        ),
        route(
            "/api/v1/leerlingen/{id}/opp/instemming",
            Leerlinggegevens,
            post(api::ondersteuning::opp::instemming),
        ),
        route(
            "/api/v1/opp-signalen",
            Leerlinggegevens,
            get(api::ondersteuning::opp::signalen),
        ),
        route(
            "/api/v1/arrangementen",
            Leerlinggegevens,
            get(api::ondersteuning::arrangementen::caseload),
        ),
        route(
            "/api/v1/leerlingen/{id}/arrangementen",
            Leerlinggegevens,
            get(api::ondersteuning::arrangementen::van_leerling)
                .post(api::ondersteuning::arrangementen::vraag_aan),
        ),
        route(
            "/api/v1/arrangementen/{id}",
            Leerlinggegevens,
            get(api::ondersteuning::arrangementen::arrangement),
        ),
        route(
            "/api/v1/arrangementen/{id}/overleg",
            Leerlinggegevens,
            post(api::ondersteuning::arrangementen::overleg),
        ),
        route(
            "/api/v1/arrangementen/{id}/besluit",
            Leerlinggegevens,
            post(api::ondersteuning::arrangementen::besluit),
        ),
        route(
            "/api/v1/arrangementen/{id}/evaluatie",
            Leerlinggegevens,
            post(api::ondersteuning::arrangementen::evaluatie),
        ),
        route(
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
            Leerlinggegevens,
            get(api::ondersteuning::integraal::lijst)
                .post(api::ondersteuning::integraal::vastleggen),
        ),
        route(
            "/api/v1/leerlingen/{id}/symbiose",
            Leerlinggegevens,
            get(api::ondersteuning::symbiose::lijst).post(api::ondersteuning::symbiose::vastleggen),
        ),
        route(
            "/api/v1/tlvs",
            Leerlinggegevens,
            get(api::ondersteuning::tlv::swv_lijst),
        ),
        route(
            "/api/v1/leerlingen/{id}/tlvs",
            Leerlinggegevens,
            get(api::ondersteuning::tlv::van_leerling).post(api::ondersteuning::tlv::aanvragen),
        ),
        route(
            "/api/v1/tlvs/{id}",
            Leerlinggegevens,
            get(api::ondersteuning::tlv::tlv),
        ),
        route(
            "/api/v1/tlvs/{id}/besluitbrief",
            Leerlinggegevens,
            get(api::ondersteuning::tlv::besluitbrief),
        ),
        route(
            "/api/v1/tlvs/{id}/deskundigen",
            Leerlinggegevens,
            post(api::ondersteuning::tlv::deskundigen_toewijzen),
        ),
        route(
            "/api/v1/tlvs/{id}/adviezen",
            Leerlinggegevens,
            post(api::ondersteuning::tlv::advies),
        ),
        route(
            "/api/v1/tlvs/{id}/besluit",
            Leerlinggegevens,
            post(api::ondersteuning::tlv::besluit),
        ),
        route(
            "/api/v1/tlvs/{id}/bezwaren",
            Leerlinggegevens,
            post(api::ondersteuning::tlv::bezwaar),
        ),
        route(
            "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
            Leerlinggegevens,
            get(api::ondersteuning::tlv::bezwaar_lezen)
                .patch(api::ondersteuning::tlv::bezwaar_bijwerken),
        ),
        route(
            "/api/v1/deskundigen",
            Aangemeld,
            get(api::ondersteuning::tlv::register)
                .post(api::ondersteuning::tlv::deskundige_toevoegen),
        ),
        upload(
            "/api/v1/edexml",
            Leerlinggegevens,
            post(api::bestanden::edexml_inlezen),
            pages::edexml::MAX_UPLOAD,
        ),
        upload(
            "/api/v1/oso-dossiers",
            Leerlinggegevens,
            post(api::ondersteuning::oso::inlezen),
            pages::oso::MAX_UPLOAD * 4 / 3 + 64 * 1024,
        ),
        route(
            "/api/v1/leerlingen/{id}/oso-dossiers",
            Leerlinggegevens,
            get(api::ondersteuning::oso::van_leerling),
        ),
        route(
            "/api/v1/bijlagen/{id}",
            Leerlinggegevens,
            get(api::ondersteuning::oso::bijlage),
        ),
        route("/api/v1/signalen", Aangemeld, get(api::overzicht::signalen)),
        route("/api/v1/auditlog", Beheer, get(api::overzicht::auditlog)),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/deskundigen",
            Aangemeld,
            get(api::overzicht::deskundigen),
        ),
        route(
            "/api/v1/{*onbekend}",
            Publiek,
            axum::routing::any(api::extract::onbekend),
        ),
    ];
    routes.extend(geld_routes());
    routes.extend(verantwoording_routes());
    routes.extend(monitor_routes());
    routes.into_iter().map(api_route).collect()
}

/// Budgets, verdeelmodel, reserves (issue 7).
fn geld_routes() -> Vec<Route> {
    use Toegang::*;
    vec![
        route("/geld", Aangemeld, get(pages::geld::start)),
        route("/geld/landelijk", Aangemeld, get(pages::geld::landelijk)),
        route("/geld/ontvangen", Aangemeld, get(pages::geld::ontvangen)),
        route(
            "/swv/{code}/begroting",
            Aangemeld,
            get(pages::geld::begroting),
        ),
        route(
            "/swv/{code}/verdeling",
            Aangemeld,
            get(pages::geld::verdeling).post(pages::geld::verdeling_opslaan),
        ),
        route(
            "/swv/{code}/jaarverslag",
            Aangemeld,
            get(pages::geld::jaarverslag).post(pages::geld::jaarcijfers_opslaan),
        ),
        upload(
            "/beheer/regelsets",
            Beheer,
            get(pages::geld::regelsets).post(pages::geld::regelset_upload),
            pages::geld::MAX_REGELSET + 64 * 1024,
        ),
        route(
            "/api/v1/swv/{code}/begroting",
            Aangemeld,
            get(api::geld::begroting),
        ),
        route(
            "/api/v1/swv/{code}/verdeelmodel",
            Aangemeld,
            get(api::geld::verdeelmodel).put(api::geld::verdeelmodel_zetten),
        ),
        route(
            "/api/v1/swv/{code}/betalingen",
            Aangemeld,
            get(api::geld::betalingen),
        ),
        route(
            "/api/v1/swv/{code}/jaarcijfers",
            Aangemeld,
            get(api::geld::jaarcijfers).post(api::geld::jaarcijfers_toevoegen),
        ),
        upload(
            "/api/v1/regelsets",
            Beheer,
            get(api::bestanden::regelsets).post(api::bestanden::regelset_toevoegen),
            pages::geld::MAX_REGELSET + 64 * 1024,
        ),
        route(
            "/api/v1/geld/landelijk",
            Aangemeld,
            get(api::geld::landelijk),
        ),
        route(
            "/api/v1/geld/ontvangen",
            Aangemeld,
            get(api::geld::ontvangen),
        ),
    ]
}

/// Ondersteuningsplan, disputes, vso outflow (issue 10).
fn verantwoording_routes() -> Vec<Route> {
    use Toegang::*;
    use api::verantwoording as a;
    use pages::verantwoording as p;
    vec![
        route("/verantwoording", Aangemeld, get(p::overzicht)),
        route("/verantwoording/plannen", Aangemeld, post(p::nieuw_plan)),
        route("/verantwoording/plannen/{id}", Aangemeld, get(p::plan)),
        route(
            "/verantwoording/plannen/{id}/oogo",
            Aangemeld,
            post(p::oogo),
        ),
        route(
            "/verantwoording/plannen/{id}/overleg-samenwerkingsverband",
            Aangemeld,
            post(p::overleg_swv),
        ),
        route(
            "/verantwoording/plannen/{id}/instemming",
            Aangemeld,
            post(p::instemming),
        ),
        route(
            "/verantwoording/plannen/{id}/vaststellen",
            Aangemeld,
            post(p::vaststellen),
        ),
        route(
            "/verantwoording/plannen/{id}/indiening",
            Aangemeld,
            post(p::indienen),
        ),
        route(
            "/verantwoording/geschillen",
            Leerlinggegevens,
            get(p::geschillen).post(p::nieuw_geschil),
        ),
        route(
            "/verantwoording/geschillen/{id}",
            Leerlinggegevens,
            post(p::geschil_bijwerken),
        ),
        route("/verantwoording/uitstroom", Aangemeld, get(p::uitstroom)),
        route(
            "/verantwoording/uitstroom/leerlingen",
            Leerlinggegevens,
            get(p::uitstroom_leerlingen).post(p::uitstroom_vastleggen),
        ),
        route(
            "/verantwoording/uitstroom/{id}",
            Leerlinggegevens,
            post(p::uitstroom_na_jaar),
        ),
        route(
            "/api/v1/ondersteuningsplannen",
            Aangemeld,
            get(a::plannen).post(a::nieuw_plan),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}",
            Aangemeld,
            get(a::plan),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}/oogo",
            Aangemeld,
            post(a::oogo),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}/overleg-samenwerkingsverband",
            Aangemeld,
            post(a::overleg_swv),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}/instemming",
            Aangemeld,
            post(a::instemming),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}/vaststelling",
            Aangemeld,
            post(a::vaststelling),
        ),
        route(
            "/api/v1/ondersteuningsplannen/{id}/indiening",
            Aangemeld,
            post(a::indiening),
        ),
        route(
            "/api/v1/geschillen",
            Leerlinggegevens,
            get(a::geschillen).post(a::nieuw_geschil),
        ),
        route(
            "/api/v1/geschillen/{id}",
            Leerlinggegevens,
            patch(a::geschil_bijwerken),
        ),
        route(
            "/api/v1/geschillentelling",
            Aangemeld,
            get(a::geschillen_telling),
        ),
        route("/api/v1/vso-uitstroom", Aangemeld, get(a::uitstroom)),
        route(
            "/api/v1/vso-uitstroom/leerlingen",
            Leerlinggegevens,
            get(a::uitstroom_leerlingen),
        ),
        route(
            "/api/v1/vso-uitstroom/{id}/na-een-jaar",
            Leerlinggegevens,
            post(a::uitstroom_na_jaar),
        ),
        route(
            "/api/v1/leerlingen/{id}/vso-uitstroom",
            Leerlinggegevens,
            post(a::uitstroom_vastleggen),
        ),
    ]
}

/// The monitor (issue 8).
fn monitor_routes() -> Vec<Route> {
    use Toegang::*;
    vec![
        // Aggregates only; the store decides whose figures and whether small cells are hidden.
        route("/monitor", Aangemeld, get(pages::monitor::page)),
        // Pseudonymous pupil-level extract: the store lets only the ministerie have it.
        route(
            "/monitor/onderzoek",
            Aangemeld,
            get(pages::monitor::onderzoek),
        ),
        // The research extract: the store lets only the ministerie have it, and audits it.
        route(
            "/api/v1/onderzoeksbestand",
            Aangemeld,
            get(api::bestanden::onderzoeksbestand),
        ),
        route(
            "/api/v1/monitor",
            Aangemeld,
            get(api::monitor::monitor_landelijk),
        ),
        route(
            "/api/v1/monitor/{code}",
            Aangemeld,
            get(api::monitor::monitor_swv),
        ),
    ]
}

/// (path, access) of every route, for tests and documentation.
pub fn overzicht() -> Vec<(&'static str, Toegang)> {
    table().into_iter().map(|r| (r.pad, r.toegang)).collect()
}

/// (path, largest body in bytes) of every route with a limit of its own: the uploads and
/// the API.
pub fn limieten() -> Vec<(&'static str, usize)> {
    table()
        .into_iter()
        .filter_map(|r| Some((r.pad, r.limiet?)))
        .collect()
}
