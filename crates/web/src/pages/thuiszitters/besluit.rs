//! The binding decision at the top of the ladder (doorzettingsmacht).

use super::{back, zaak_id};
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

/// The binding decision: checked and shown for confirmation first; recorded when
/// confirmed.
pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<Besluit>,
) -> Page {
    let id = zaak_id(&id)?;
    if form.stap == Stap::Terug {
        return super::zaak::pagina(&state, id, &g, form.invoer).await;
    }
    let (t, route) = (state.store.thuiszitters(), "/thuiszitters/{id}/besluit");
    let besluit = &form.velden.besluit;
    if form.stap == Stap::Controleren {
        let v = t
            .controleer_zaakbesluit(&g.verzoeker, id, besluit, vandaag(), route)
            .await?;
        return bevestig(&g, "Bindend besluit", &v, &form.invoer);
    }
    t.neem_besluit(&g.verzoeker, id, besluit, vandaag(), route)
        .await?;
    back(id)
}
