//! Support for one child (issue 5): OPP, arrangementen, symbiose, integral arrangements, the
//! caseload.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::ondersteuning as a;
    use pages::ondersteuning as p;
    vec![
        route(
            "/leerlingen/{id}/ondersteuning",
            Leerlinggegevens,
            get(p::dossier),
        ),
        route("/leerlingen/{id}/opp", Leerlinggegevens, post(p::opp)),
        upload(
            "/leerlingen/{id}/opp/instemming",
            Leerlinggegevens,
            post(p::opp_instemming),
            p::MAX_FORMULIER + 64 * 1024,
        ),
        route(
            "/leerlingen/{id}/opp/evaluatie",
            Leerlinggegevens,
            post(p::opp_evaluatie),
        ),
        route(
            "/leerlingen/{id}/arrangementen",
            Leerlinggegevens,
            post(p::arrangement_aanvragen),
        ),
        route(
            "/leerlingen/{id}/tlv",
            Leerlinggegevens,
            post(p::tlv_aanvragen),
        ),
        route(
            "/leerlingen/{id}/symbiose",
            Leerlinggegevens,
            post(p::symbiose),
        ),
        route(
            "/leerlingen/{id}/integraal",
            Leerlinggegevens,
            post(p::integraal),
        ),
        route("/ondersteuning", Leerlinggegevens, get(p::caseload)),
        route(
            "/arrangementen/{id}/overleg",
            Leerlinggegevens,
            post(p::overleg),
        ),
        route(
            "/arrangementen/{id}/besluit",
            Leerlinggegevens,
            post(p::besluit),
        ),
        route(
            "/arrangementen/{id}/evaluatie",
            Leerlinggegevens,
            post(p::arrangement_evaluatie),
        ),
        route("/bijlagen/{id}", Leerlinggegevens, get(p::bijlage)),
        route(
            "/api/v1/leerlingen/{id}/opp",
            Leerlinggegevens,
            get(a::opp::lijst).post(a::opp::vaststellen),
        ),
        route(
            "/api/v1/leerlingen/{id}/opp/evaluaties",
            Leerlinggegevens,
            post(a::opp::evalueer),
        ),
        route(
            "/api/v1/leerlingen/{id}/opp/instemming",
            Leerlinggegevens,
            post(a::opp::instemming),
        ),
        route(
            "/api/v1/opp-signalen",
            Leerlinggegevens,
            get(a::opp::signalen),
        ),
        route(
            "/api/v1/arrangementen",
            Leerlinggegevens,
            get(a::arrangementen::caseload),
        ),
        route(
            "/api/v1/leerlingen/{id}/arrangementen",
            Leerlinggegevens,
            get(a::arrangementen::van_leerling).post(a::arrangementen::vraag_aan),
        ),
        route(
            "/api/v1/arrangementen/{id}",
            Leerlinggegevens,
            get(a::arrangementen::arrangement),
        ),
        route(
            "/api/v1/arrangementen/{id}/overleg",
            Leerlinggegevens,
            post(a::arrangementen::overleg),
        ),
        route(
            "/api/v1/arrangementen/{id}/besluit",
            Leerlinggegevens,
            post(a::arrangementen::besluit),
        ),
        route(
            "/api/v1/arrangementen/{id}/evaluatie",
            Leerlinggegevens,
            post(a::arrangementen::evaluatie),
        ),
        route(
            "/api/v1/leerlingen/{id}/integrale-arrangementen",
            Leerlinggegevens,
            get(a::integraal::lijst).post(a::integraal::vastleggen),
        ),
        route(
            "/api/v1/leerlingen/{id}/symbiose",
            Leerlinggegevens,
            get(a::symbiose::lijst).post(a::symbiose::vastleggen),
        ),
    ]
}
