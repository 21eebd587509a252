//! Signing in and out, API keys, the active role.

use super::Toegang::*;
use super::{Route, route};
use crate::pages;
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route(
            "/aanmelden",
            Publiek,
            get(pages::aanmelden::form).post(pages::aanmelden::submit),
        ),
        // The code step: its token is a short-lived SameSite=Strict cookie, not a session.
        route(
            "/aanmelden/code",
            Publiek,
            get(pages::aanmelden::code_form).post(pages::aanmelden::code_submit),
        ),
        route("/afmelden", Aangemeld, post(pages::aanmelden::afmelden)),
        // OpenID Connect: the provider's answer is checked against the stored state.
        route(
            "/aanmelden/oidc/{aanbieder}",
            Publiek,
            get(pages::aanmelden::oidc_start),
        ),
        route(
            "/aanmelden/oidc/{aanbieder}/terug",
            Publiek,
            get(pages::aanmelden::oidc_terug),
        ),
        route(
            "/uitnodiging/{token}/koppel/{aanbieder}",
            Publiek,
            get(pages::uitnodiging::koppel),
        ),
        // The link's token is the secret: single use, 7 days (no session, no CSRF cookie).
        route(
            "/uitnodiging/{token}",
            Publiek,
            get(pages::uitnodiging::form).post(pages::uitnodiging::stel_in),
        ),
        route(
            "/wachtwoord-vergeten",
            Publiek,
            get(pages::herstel::vergeten_form).post(pages::herstel::vraag_aan),
        ),
        // As the invitation: the mailed link's token is the secret (single use, 1 hour).
        route(
            "/wachtwoord-herstel/{token}",
            Publiek,
            get(pages::herstel::herstel_form).post(pages::herstel::herstel),
        ),
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
        // Direct mail or a daily digest of new tasks and decisions.
        route(
            "/account/berichten",
            Aangemeld,
            get(pages::mailvoorkeur::form).post(pages::mailvoorkeur::zet),
        ),
        route(
            "/account/wachtwoord",
            Aangemeld,
            get(pages::wachtwoord::form).post(pages::wachtwoord::wijzig),
        ),
        route(
            "/account/tweede-factor",
            Aangemeld,
            get(pages::tweede_factor::pagina).post(pages::tweede_factor::bevestig),
        ),
        route(
            "/account/tweede-factor/uit",
            Aangemeld,
            post(pages::tweede_factor::uit),
        ),
        route(
            "/account/tweede-factor/herstelcodes",
            Aangemeld,
            post(pages::tweede_factor::herstelcodes),
        ),
    ]
}
