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
            "/account/wachtwoord",
            Aangemeld,
            get(pages::wachtwoord::form).post(pages::wachtwoord::wijzig),
        ),
    ]
}
