//! Every route of the application with its access decision, in one table. The router is
//! built from this table, and the access test matrix walks it: a route cannot be added
//! without saying who may use it, and a test fails for a pupil-data route it does not cover.

use crate::{AppState, api, pages};
use axum::routing::{MethodRouter, get, patch, post};

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
}

fn route(pad: &'static str, toegang: Toegang, handler: MethodRouter<AppState>) -> Route {
    Route {
        pad,
        toegang,
        handler,
    }
}

pub fn table() -> Vec<Route> {
    use Toegang::*;
    vec![
        route("/", Publiek, get(pages::start::page)),
        route("/postcode", Publiek, get(pages::postcode::page)),
        route("/swv", Publiek, get(pages::swv::list)),
        route("/swv/{code}", Publiek, get(pages::swv::detail)),
        route("/scholen", Publiek, get(pages::scholen::list)),
        route(
            "/scholen/{code}",
            Leerlinggegevens,
            get(pages::scholen::detail),
        ),
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
        route(
            "/leerplicht/ingezetenen",
            Leerlinggegevens,
            post(pages::leerplicht::ingezetenen).layer(axum::extract::DefaultBodyLimit::max(
                pages::leerplicht::MAX_UPLOAD,
            )),
        ),
        route(
            "/aanmeldingen",
            Leerlinggegevens,
            get(pages::aanmeldingen::list).post(pages::aanmeldingen::registreer),
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
        route(
            "/verzuim/import",
            Leerlinggegevens,
            post(pages::verzuim::import).layer(axum::extract::DefaultBodyLimit::max(
                pages::verzuim::MAX_UPLOAD,
            )),
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
        route(
            "/api/v1/scholen/{code}/verzuim",
            Leerlinggegevens,
            post(api::verzuim::verzuim_inlezen).layer(axum::extract::DefaultBodyLimit::max(
                pages::verzuim::MAX_UPLOAD,
            )),
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
        route(
            "/api/v1/ingezetenen",
            Leerlinggegevens,
            post(api::leerplicht::ingezetenen).layer(axum::extract::DefaultBodyLimit::max(
                pages::leerplicht::MAX_UPLOAD,
            )),
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
            get(api::zorgplicht::aanmeldingen),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/besluit",
            Leerlinggegevens,
            post(api::zorgplicht::besluit),
        ),
        route(
            "/api/v1/scholen/{code}/ondersteuningsprofiel",
            Publiek,
            get(api::zorgplicht::profiel),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod",
            Aangemeld,
            get(api::zorgplicht::dekkend_aanbod),
        ),
        route(
            "/api/v1/{*onbekend}",
            Publiek,
            axum::routing::any(api::extract::onbekend),
        ),
    ]
}

/// (path, access) of every route, for tests and documentation.
pub fn overzicht() -> Vec<(&'static str, Toegang)> {
    table().into_iter().map(|r| (r.pad, r.toegang)).collect()
}
