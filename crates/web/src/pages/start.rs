//! The start page: what passend is, the region in numbers, and where to go next.

use super::{Page, render};
use crate::AppState;
use crate::format::aantal;
use crate::layout::Layout;
use crate::session::MaybeGebruiker;
use askama::Template;
use axum::extract::State;

#[derive(Template)]
#[template(path = "start.html")]
struct StartPage {
    layout: Layout,
    cijfers: Vec<(&'static str, String)>,
    aangemeld: bool,
    /// Whether there is a beheerder, and whether there are schools: without either the
    /// page says how a region begins instead of showing an empty region.
    ingericht: (bool, bool),
}

pub async fn page(State(state): State<AppState>, MaybeGebruiker(g): MaybeGebruiker) -> Page {
    let o = state.store.organisaties().overzicht().await?;
    let beheerder = state.store.accounts().heeft_beheerder().await?;
    render(&StartPage {
        layout: Layout::new("Passend onderwijs", g.as_ref()),
        cijfers: vec![
            ("samenwerkingsverbanden", aantal(o.swvs)),
            ("gemeenten", aantal(o.gemeenten)),
            ("schoolbesturen", aantal(o.besturen)),
            ("schoolvestigingen", aantal(o.vestigingen)),
            ("leerlingen", aantal(o.leerlingen)),
        ],
        aangemeld: g.is_some(),
        ingericht: (beheerder, o.vestigingen > 0),
    })
}
