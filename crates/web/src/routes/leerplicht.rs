//! The leerplicht view: vrijstellingen, the residents check, the yearly counts.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, patch, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::leerplicht as a;
    use pages::leerplicht as p;
    vec![
        route("/leerplicht", Leerlinggegevens, get(p::view)),
        route(
            "/leerplicht/vrijstellingen",
            Leerlinggegevens,
            post(p::vraag_aan),
        ),
        route(
            "/leerplicht/vrijstellingen/{id}/besluit",
            Leerlinggegevens,
            post(p::beslis),
        ),
        route(
            "/leerplicht/vrijstellingen/{id}/kennisgeving",
            Leerlinggegevens,
            post(p::kennisgeving),
        ),
        route("/vrijstellingsadviezen", Leerlinggegevens, get(p::adviezen)),
        route(
            "/vrijstellingsadviezen/{id}",
            Leerlinggegevens,
            get(p::advies).post(p::geef_advies),
        ),
        upload(
            "/leerplicht/ingezetenen",
            Leerlinggegevens,
            post(p::ingezetenen),
            p::MAX_UPLOAD,
        ),
        route(
            "/api/v1/vrijstellingen",
            Leerlinggegevens,
            get(api::verzuim::vrijstellingen).post(a::aanvragen),
        ),
        route(
            "/api/v1/vrijstellingen/{id}",
            Leerlinggegevens,
            patch(a::beslissen),
        ),
        route(
            "/api/v1/vrijstellingsadviezen",
            Leerlinggegevens,
            get(a::adviezen),
        ),
        route(
            "/api/v1/vrijstellingsadviezen/{id}",
            Leerlinggegevens,
            post(a::adviseer),
        ),
        upload(
            "/api/v1/ingezetenen",
            Leerlinggegevens,
            post(a::ingezetenen),
            p::MAX_UPLOAD,
        ),
        route(
            "/api/v1/leerplicht/jaartellingen",
            Leerlinggegevens,
            get(a::jaartellingen),
        ),
    ]
}
