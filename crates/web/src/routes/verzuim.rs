//! Verzuim: the upload of absence and the reports.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, patch, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    use api::verzuim as a;
    use pages::verzuim as p;
    vec![
        route("/verzuim", Leerlinggegevens, get(p::list)),
        upload(
            "/verzuim/import",
            Leerlinggegevens,
            post(p::import),
            p::MAX_UPLOAD,
        ),
        route("/verzuim/{id}/status", Leerlinggegevens, post(p::status)),
        route(
            "/api/v1/verzuimmeldingen",
            Leerlinggegevens,
            get(a::verzuimmeldingen),
        ),
        route(
            "/api/v1/verzuimmeldingen/{id}",
            Leerlinggegevens,
            patch(a::zet_status),
        ),
        upload(
            "/api/v1/scholen/{code}/verzuim",
            Leerlinggegevens,
            post(a::verzuim_inlezen),
            p::MAX_UPLOAD,
        ),
    ]
}
