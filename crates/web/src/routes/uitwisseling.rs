//! Exchange: EDEXML rosters and OSO dossiers.

use super::Toegang::*;
use super::{Route, route, upload};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        upload(
            "/oso",
            Leerlinggegevens,
            get(pages::oso::form).post(pages::oso::upload),
            pages::oso::MAX_UPLOAD + 64 * 1024,
        ),
        upload(
            "/edexml",
            Leerlinggegevens,
            get(pages::edexml::form).post(pages::edexml::upload),
            pages::edexml::MAX_UPLOAD + 64 * 1024,
        ),
        upload(
            "/api/v1/edexml",
            Leerlinggegevens,
            post(api::bestanden::edexml_inlezen),
            pages::edexml::MAX_UPLOAD,
        ),
        upload(
            "/api/v1/oso-dossiers",
            Leerlinggegevens,
            post(api::ondersteuning::oso::inlezen),
            pages::oso::MAX_UPLOAD * 4 / 3 + 64 * 1024,
        ),
        route(
            "/api/v1/leerlingen/{id}/oso-dossiers",
            Leerlinggegevens,
            get(api::ondersteuning::oso::van_leerling),
        ),
        route(
            "/api/v1/bijlagen/{id}",
            Leerlinggegevens,
            get(api::ondersteuning::oso::bijlage),
        ),
    ]
}
