//! `/account/postadres`: the parent's own postal address, to which the letters about their
//! child are addressed. The store asks the policy ([`passend_domain::toegang::Functie::Postadres`]):
//! only a parent has the page.

use super::briefhoofd::{Adres, Invoer, opslaan, postadres_pagina};
use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::session::Gebruiker;
use axum::extract::State;

pub async fn form(State(state): State<AppState>, g: Gebruiker) -> Page {
    let a = state.store.brieven().eigen_postadres(&g.verzoeker).await?;
    render(&postadres_pagina(&g, a))
}

pub async fn zet(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Invoer>,
) -> Page {
    opslaan(&state, &g, f, Adres::Postadres).await
}
