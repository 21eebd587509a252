//! "Mijn werk" on the start page: the signed-in user's open tasks, overdue first, each with
//! what it is, about whom, its deadline and the page where the step is done; a task whose
//! notification mail could not be delivered says so.

use crate::AppState;
use crate::error::WebError;
use crate::format::datum;
use crate::session::Gebruiker;

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

pub async fn regels(state: &AppState, g: &Gebruiker) -> Result<Vec<TaakRegel>, WebError> {
    let today = crate::vandaag();
    let taken = state
        .store
        .taken()
        .open_taken(&g.verzoeker, today, &state.procedure, "/")
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
