//! The audit log for the beheerder.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::get;

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route("/beheer/audit", Beheer, get(pages::beheer::audit)),
        route("/api/v1/auditlog", Beheer, get(api::overzicht::auditlog)),
    ]
}
