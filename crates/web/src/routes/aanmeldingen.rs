//! Aanmeldingen and the zorgplicht signals.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::aanmelding as a;
    use pages::aanmeldingen as p;
    use pages::bereidheid as b;
    vec![
        route(
            "/aanmeldingen",
            Leerlinggegevens,
            get(p::list).post(p::registreer),
        ),
        upload(
            "/aanmeldingen/import",
            Leerlinggegevens,
            post(p::importeer),
            p::MAX_IMPORT + 64 * 1024,
        ),
        route("/aanmeldingen/{id}", Leerlinggegevens, get(p::detail)),
        route(
            "/aanmeldingen/{id}/verlengen",
            Leerlinggegevens,
            post(p::verlengen),
        ),
        route(
            "/aanmeldingen/{id}/besluit",
            Leerlinggegevens,
            post(p::besluit),
        ),
        route(
            "/aanmeldingen/{id}/intrekken",
            Leerlinggegevens,
            post(p::intrekken),
        ),
        route(
            "/aanmeldingen/{id}/opschorten",
            Leerlinggegevens,
            post(p::opschorten),
        ),
        route("/signalen", Aangemeld, get(p::signalen)),
        route(
            "/aanmeldingen/{id}/bereidheid",
            Leerlinggegevens,
            get(b::bereidheid_vragen).post(b::vraag_bereidheid),
        ),
        route("/bereidheid", Leerlinggegevens, get(b::bereidheid_lijst)),
        route(
            "/bereidheid/{id}",
            Leerlinggegevens,
            get(b::bereidheid_vraag).post(b::beantwoord_bereidheid),
        ),
        route(
            "/api/v1/aanmeldingen",
            Leerlinggegevens,
            get(api::zorgplicht::aanmeldingen).post(a::registreer),
        ),
        upload(
            "/api/v1/aanmeldingen/import",
            Leerlinggegevens,
            post(api::bestanden::aanmeldingen_inlezen),
            p::MAX_IMPORT,
        ),
        route(
            "/api/v1/aanmeldingen/{id}",
            Leerlinggegevens,
            get(a::aanmelding),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/verlenging",
            Leerlinggegevens,
            post(a::verleng),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/intrekking",
            Leerlinggegevens,
            post(a::intrekken),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/opschorting",
            Leerlinggegevens,
            post(a::opschorten),
        ),
        route(
            "/api/v1/aanmeldingen/{id}/besluit",
            Leerlinggegevens,
            post(api::zorgplicht::besluit),
        ),
        route("/api/v1/signalen", Aangemeld, get(api::overzicht::signalen)),
        route(
            "/api/v1/aanmeldingen/{id}/bereidheidsvragen",
            Leerlinggegevens,
            post(api::bereidheid::vraag),
        ),
        route(
            "/api/v1/bereidheidsvragen",
            Leerlinggegevens,
            get(api::bereidheid::lijst),
        ),
        route(
            "/api/v1/bereidheidsvragen/{id}/antwoord",
            Leerlinggegevens,
            post(api::bereidheid::antwoord),
        ),
    ]
}
