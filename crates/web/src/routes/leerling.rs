//! A pupil's basic dossier and an ouder's children.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::{get, post, put};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use pages::leerling as p;
    vec![
        route("/leerlingen/{id}", Leerlinggegevens, get(p::dossier)),
        route(
            "/leerlingen/{id}/schorsing",
            Leerlinggegevens,
            post(p::schors),
        ),
        route(
            "/leerlingen/{id}/verwijdering",
            Leerlinggegevens,
            post(p::verwijder),
        ),
        route(
            "/leerlingen/{id}/adres",
            Leerlinggegevens,
            post(p::wijzig_adres),
        ),
        route(
            "/leerlingen/{id}/ouders",
            Leerlinggegevens,
            get(p::ouders).post(p::nodig_ouder_uit),
        ),
        route(
            "/leerlingen/{id}/ouders/ontkoppelen",
            Leerlinggegevens,
            post(p::ontkoppel_ouder),
        ),
        route("/mijn-kinderen", Leerlinggegevens, get(p::mijn_kinderen)),
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
    ]
}
