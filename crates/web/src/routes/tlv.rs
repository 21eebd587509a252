//! The toelaatbaarheidsverklaring: request, deskundigen, decision, bezwaar; the register.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::ondersteuning::tlv as a;
    use pages::tlv as p;
    vec![
        route("/tlv/{id}", Leerlinggegevens, get(p::detail)),
        route(
            "/tlv/{id}/deskundigen",
            Leerlinggegevens,
            post(p::deskundigen_toewijzen),
        ),
        route("/tlv/{id}/advies", Leerlinggegevens, post(p::advies)),
        route("/tlv/{id}/besluit", Leerlinggegevens, post(p::besluit)),
        route("/tlv/{id}/besluit.pdf", Leerlinggegevens, get(p::brief_pdf)),
        route("/tlv/{id}/bezwaar", Leerlinggegevens, post(p::bezwaar)),
        route(
            "/tlv/{id}/bezwaar/{bezwaar}",
            Leerlinggegevens,
            post(p::bezwaar_bijwerken),
        ),
        route(
            "/deskundigen",
            Aangemeld,
            get(p::register).post(p::register_toevoegen),
        ),
        route("/api/v1/tlvs", Leerlinggegevens, get(a::swv_lijst)),
        route(
            "/api/v1/leerlingen/{id}/tlvs",
            Leerlinggegevens,
            get(a::van_leerling).post(a::aanvragen),
        ),
        route("/api/v1/tlvs/{id}", Leerlinggegevens, get(a::tlv)),
        route(
            "/api/v1/tlvs/{id}/besluitbrief",
            Leerlinggegevens,
            get(a::besluitbrief),
        ),
        route(
            "/api/v1/tlvs/{id}/deskundigen",
            Leerlinggegevens,
            post(a::deskundigen_toewijzen),
        ),
        route(
            "/api/v1/tlvs/{id}/adviezen",
            Leerlinggegevens,
            post(a::advies),
        ),
        route(
            "/api/v1/tlvs/{id}/besluit",
            Leerlinggegevens,
            post(a::besluit),
        ),
        route(
            "/api/v1/tlvs/{id}/bezwaren",
            Leerlinggegevens,
            post(a::bezwaar),
        ),
        route(
            "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
            Leerlinggegevens,
            get(a::bezwaar_lezen).patch(a::bezwaar_bijwerken),
        ),
        route(
            "/api/v1/deskundigen",
            Aangemeld,
            get(a::register).post(a::deskundige_toevoegen),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/deskundigen",
            Aangemeld,
            get(api::overzicht::deskundigen),
        ),
    ]
}
