//! `/mijn-werk`, the signed-in user's start page of work: its open tasks, overdue first, each
//! with what it is, about whom, its deadline and the page where the step is done; a task
//! whose notification mail could not be delivered says so. (Not on the public `/`, which
//! shows no pupil data: the link there leads here, through the route's access check.)

use super::{Page, render};
use crate::AppState;
use crate::error::WebError;
use crate::format::datum;
use crate::layout::Layout;
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;

#[derive(Template)]
#[template(path = "mijn_werk.html")]
struct MijnWerk {
    layout: Layout,
    taken: Vec<TaakRegel>,
}

pub async fn pagina(State(state): State<AppState>, g: Gebruiker) -> Page {
    let taken = regels(&state, &g).await?;
    render(&MijnWerk {
        layout: Layout::new("Mijn werk", Some(&g)),
        taken,
    })
}

/// One task as the page shows it.
pub struct TaakRegel {
    pub wat: &'static str,
    pub bron: &'static str,
    pub over: String,
    /// `07-12-2026`, or a dash without a term.
    pub termijn: String,
    pub te_laat: bool,
    pub link: String,
    /// The mail that announced it was not delivered (yet).
    pub onbezorgd: bool,
}

async fn regels(state: &AppState, g: &Gebruiker) -> Result<Vec<TaakRegel>, WebError> {
    let today = crate::vandaag();
    let taken = state
        .store
        .taken()
        .open_taken(&g.verzoeker, today, &state.procedure, "/mijn-werk")
        .await?;
    let onbezorgd = state.store.taken().onbezorgd(g.account.id).await?;
    Ok(taken
        .into_iter()
        .map(|t| TaakRegel {
            wat: t.soort.omschrijving(),
            bron: t.soort.bron(),
            te_laat: t.te_laat(today),
            onbezorgd: onbezorgd.contains(&t.sleutel),
            over: t.over.unwrap_or_default(),
            termijn: t.termijn.map_or_else(|| "geen termijn".into(), datum),
            link: t.link,
        })
        .collect())
}
