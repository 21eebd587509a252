//! Money: budgets, verdeelmodel, reserves, rule sets (issue 7).

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::get;

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::geld as a;
    use pages::geld as p;
    vec![
        route("/geld", Aangemeld, get(p::start)),
        route("/geld/landelijk", Aangemeld, get(p::landelijk)),
        route("/geld/ontvangen", Aangemeld, get(p::ontvangen)),
        route("/swv/{code}/begroting", Aangemeld, get(p::begroting)),
        route(
            "/swv/{code}/verdeling",
            Aangemeld,
            get(p::verdeling).post(p::verdeling_opslaan),
        ),
        route(
            "/swv/{code}/jaarverslag",
            Aangemeld,
            get(p::jaarverslag).post(p::jaarcijfers_opslaan),
        ),
        upload(
            "/beheer/regelsets",
            Beheer,
            get(p::regelsets).post(p::regelset_upload),
            p::MAX_REGELSET + 64 * 1024,
        ),
        route("/api/v1/swv/{code}/begroting", Aangemeld, get(a::begroting)),
        route(
            "/api/v1/swv/{code}/verdeelmodel",
            Aangemeld,
            get(a::verdeelmodel).put(a::verdeelmodel_zetten),
        ),
        route(
            "/api/v1/swv/{code}/betalingen",
            Aangemeld,
            get(a::betalingen),
        ),
        route(
            "/api/v1/swv/{code}/jaarcijfers",
            Aangemeld,
            get(a::jaarcijfers).post(a::jaarcijfers_toevoegen),
        ),
        upload(
            "/api/v1/regelsets",
            Beheer,
            get(api::bestanden::regelsets).post(api::bestanden::regelset_toevoegen),
            p::MAX_REGELSET + 64 * 1024,
        ),
        route("/api/v1/geld/landelijk", Aangemeld, get(a::landelijk)),
        route("/api/v1/geld/ontvangen", Aangemeld, get(a::ontvangen)),
    ]
}
