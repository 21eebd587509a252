//! "Mijn werk" in the API (the start page shows it too), the letters of the decisions, and
//! the inspectie's inbox.

use super::Toegang::*;
use super::{Route, route};
use crate::{api, pages};
use axum::routing::{get, post};

/// The area's routes: its pages and its API.
pub(super) fn routes() -> Vec<Route> {
    vec![
        route("/mijn-werk", Leerlinggegevens, get(pages::taken::pagina)),
        // The caller's own tasks, each kind through the scoped read of its area.
        route("/api/v1/taken", Leerlinggegevens, get(api::taken::taken)),
        // A decision's letter: the store reads it for whoever may read the child's dossier.
        route(
            "/brieven/{soort}/{id}",
            Leerlinggegevens,
            get(pages::brief::pagina),
        ),
        route(
            "/brieven/{soort}/{id}/pdf",
            Leerlinggegevens,
            get(pages::brief::pdf),
        ),
        route(
            "/brieven/{soort}/{id}/rectificatie",
            Leerlinggegevens,
            post(pages::rectificatie::rectificeer),
        ),
        // The own SWV's or gemeente's letterhead (the store refuses anyone else).
        route(
            "/organisatie/briefhoofd",
            Aangemeld,
            get(pages::briefhoofd::form).post(pages::briefhoofd::zet),
        ),
        // The parent's own address for the letters (not a pupil's data).
        route(
            "/account/postadres",
            Aangemeld,
            get(pages::postadres::form).post(pages::postadres::zet),
        ),
        // The meldingen' facts, for the inspectie only (the store refuses anyone else).
        route(
            "/inspectie/meldingen",
            Aangemeld,
            get(pages::inspectie::inbox),
        ),
    ]
}
