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
}

pub async fn page(State(state): State<AppState>, MaybeGebruiker(g): MaybeGebruiker) -> Page {
    let o = state.store.organisaties().overzicht().await?;
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
    })
}
