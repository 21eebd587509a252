//! The monitor and the research extract (issue 8).

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::get;

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use pages::monitor as p;
    vec![
        // Aggregates only; the store decides whose figures and whether small cells are hidden.
        route("/monitor", Aangemeld, get(p::page)),
        // Pseudonymous pupil-level extract: the store lets only the ministerie have it.
        route("/monitor/onderzoek", Aangemeld, get(p::onderzoek)),
        // The research extract: the store lets only the ministerie have it, and audits it.
        route(
            "/api/v1/onderzoeksbestand",
            Aangemeld,
            get(api::bestanden::onderzoeksbestand),
        ),
        route(
            "/api/v1/monitor",
            Aangemeld,
            get(api::monitor::monitor_landelijk),
        ),
        route(
            "/api/v1/monitor/{code}",
            Aangemeld,
            get(api::monitor::monitor_swv),
        ),
    ]
}
