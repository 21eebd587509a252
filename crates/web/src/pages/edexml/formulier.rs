//! `/edexml`: the upload form with the roster-only pupils, and their download.

use super::{ROUTE, alleen_rooster, mag, pagina};
use crate::AppState;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use axum::extract::{Query, State};

pub async fn form(
    State(state): State<AppState>,
    g: Gebruiker,
    Query(q): Query<crate::export::FormaatQuery>,
) -> Page {
    let vestiging = mag(&g)?;
    if let Some(formaat) = q.formaat()? {
        let mut tabel = crate::export::Tabel::new(
            &format!("alleen-in-rooster-{vestiging}"),
            &[
                "sleutel",
                "naam",
                "geboortedatum",
                "jaargroep",
                "groepen",
                "ontbreekt",
            ],
        );
        for l in alleen_rooster(&state, &g, &vestiging).await? {
            tabel.rij(vec![
                l.sleutel.into(),
                l.naam.into(),
                l.geboortedatum.unwrap_or_default().into(),
                l.jaargroep.unwrap_or_default().into(),
                l.groepen.join(", ").into(),
                l.ontbreekt.join("; ").into(),
            ]);
        }
        return crate::export::download(&state.store, &g.verzoeker, ROUTE, &tabel, formaat).await;
    }
    render(&pagina(&state, &g, vestiging).await?)
}
