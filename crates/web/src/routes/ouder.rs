//! The parents' own steps (issue 20, part 4): each route is the signed-in parent's act; the
//! store asks the one policy whether this parent, with gezag, may take it.

use super::Toegang::*;
use super::{Route, route};
use crate::pages;
use axum::routing::{get, post};

/// The area's routes.
pub(super) fn routes() -> Vec<Route> {
    use pages::ouder as p;
    vec![
        route(
            "/leerlingen/{id}/opp/antwoord",
            Leerlinggegevens,
            post(p::opp_antwoord),
        ),
        route(
            "/leerlingen/{id}/zienswijze",
            Leerlinggegevens,
            post(p::zienswijze),
        ),
        route(
            "/leerlingen/{id}/tlv/ondertekening",
            Leerlinggegevens,
            post(p::onderteken_tlv),
        ),
        route(
            "/leerlingen/{id}/aanmelden",
            Leerlinggegevens,
            get(p::aanmeld_form).post(p::meld_aan),
        ),
        route(
            "/aanmeldingen/{id}/ontvangstbevestiging",
            Leerlinggegevens,
            get(pages::brief::ontvangstbevestiging),
        ),
        route(
            "/aanmeldingen/{id}/ontvangstbevestiging.pdf",
            Leerlinggegevens,
            get(pages::brief::ontvangstbevestiging_pdf),
        ),
    ]
}
