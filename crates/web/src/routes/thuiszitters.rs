//! The thuiszitter register, the escalation ladder and the progress against the goal.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::thuiszitters as a;
    use pages::thuiszitters as p;
    vec![
        route("/voortgang", Publiek, get(pages::voortgang::page)),
        route("/thuiszitters", Leerlinggegevens, get(p::list)),
        route("/thuiszitters/{id}", Leerlinggegevens, get(p::detail)),
        route(
            "/thuiszitters/{id}/bijwerken",
            Leerlinggegevens,
            post(p::bijwerken),
        ),
        route(
            "/thuiszitters/{id}/oplossen",
            Leerlinggegevens,
            post(p::oplossen),
        ),
        route(
            "/thuiszitters/{id}/besluit",
            Leerlinggegevens,
            post(p::besluit),
        ),
        route(
            "/leerlingen/{id}/thuiszitterzaak",
            Leerlinggegevens,
            post(p::openen),
        ),
        route(
            "/swv/{code}/escalatieladder",
            Publiek,
            get(p::ladder).post(p::ladder_opslaan),
        ),
        route(
            "/api/v1/thuiszitters",
            Leerlinggegevens,
            get(a::thuiszitters),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/escalatieladder",
            Publiek,
            get(api::escalatie::lezen).put(api::escalatie::vastleggen),
        ),
        route(
            "/api/v1/thuiszitters/{id}",
            Leerlinggegevens,
            get(a::thuiszitter).patch(a::werk_bij),
        ),
        route(
            "/api/v1/leerlingen/{id}/thuiszitterzaak",
            Leerlinggegevens,
            post(a::open_zaak),
        ),
        route(
            "/api/v1/voortgang",
            Publiek,
            get(api::leerplicht::voortgang),
        ),
    ]
}
