//! The beheerder's pages: the audit log, the region's set-up and the accounts.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route("/beheer/audit", Beheer, get(pages::beheer::audit)),
        route("/beheer/inrichting", Beheer, get(pages::beheer::inrichting)),
        // The beheerder's, and an eigen beheerder's for its own organisation (the page asks
        // the policy for Functie::Accounts).
        route(
            "/beheer/gebruikers",
            Aangemeld,
            get(pages::beheer::gebruikers).post(pages::beheer::nodig_uit),
        ),
        route(
            "/beheer/gebruikers/uit",
            Aangemeld,
            post(pages::beheer::zet_uit),
        ),
        upload(
            "/beheer/inrichting/organisaties",
            Beheer,
            post(pages::beheer::organisaties),
            pages::beheer::MAX_INRICHTING,
        ),
        upload(
            "/beheer/inrichting/kalender",
            Beheer,
            post(pages::beheer::kalender),
            pages::beheer::MAX_INRICHTING,
        ),
        upload(
            "/api/v1/organisaties/import",
            Beheer,
            post(api::bestanden::organisaties_inlezen),
            pages::beheer::MAX_INRICHTING,
        ),
        upload(
            "/api/v1/schoolvakanties/import",
            Beheer,
            post(api::bestanden::schoolvakanties_inlezen),
            pages::beheer::MAX_INRICHTING,
        ),
        route(
            "/beheer/tweede-factor",
            Beheer,
            get(pages::beheer::tweede_factor).post(pages::beheer::zet_tweede_factor),
        ),
        route("/api/v1/auditlog", Beheer, get(api::overzicht::auditlog)),
    ]
}
