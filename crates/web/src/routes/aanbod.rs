//! School support profiles and the dekkend aanbod.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::get;

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route(
            "/scholen/{code}/ondersteuningsprofiel",
            Publiek,
            get(pages::sop::page).post(pages::sop::opslaan),
        ),
        route(
            "/swv/{code}/dekkend-aanbod",
            Aangemeld,
            get(pages::dekkend::page),
        ),
        route(
            "/api/v1/scholen/{code}/ondersteuningsprofiel",
            Publiek,
            get(api::zorgplicht::profiel).put(api::zorgplicht::profiel_vaststellen),
        ),
        route(
            "/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod",
            Aangemeld,
            get(api::zorgplicht::dekkend_aanbod),
        ),
    ]
}
