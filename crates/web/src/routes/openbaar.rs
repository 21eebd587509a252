//! Public pages and the API's register of SWVs and schools, its document and its 404.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::get;

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route("/", Publiek, get(pages::start::page)),
        route("/postcode", Publiek, get(pages::postcode::page)),
        route("/swv", Publiek, get(pages::swv::list)),
        route("/swv/{code}", Publiek, get(pages::swv::detail)),
        route("/scholen", Publiek, get(pages::scholen::list)),
        // Public; a signed-in user whose scope covers the school also gets its pupil list,
        // through the store's scoped read.
        route("/scholen/{code}", Publiek, get(pages::scholen::detail)),
        route("/static/passend.css", Publiek, get(pages::static_css)),
        route("/api/v1/openapi.json", Publiek, get(api::openapi_json)),
        route(
            "/api/v1/samenwerkingsverbanden",
            Publiek,
            get(api::organisatie::samenwerkingsverbanden),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}",
            Publiek,
            get(api::organisatie::samenwerkingsverband),
        ),
        route("/api/v1/scholen", Publiek, get(api::organisatie::scholen)),
        route(
            "/api/v1/scholen/{code}",
            Publiek,
            get(api::organisatie::school),
        ),
        route(
            "/api/v1/{*onbekend}",
            Publiek,
            axum::routing::any(api::extract::onbekend),
        ),
    ]
}
