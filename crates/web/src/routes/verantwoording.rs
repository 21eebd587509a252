//! Verantwoording: the ondersteuningsplan, disputes, vso outflow (issue 10).

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::{get, patch, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
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
