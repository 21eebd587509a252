//! Recording that the parents withdrew the registration.

use super::{nummer, terug};
use crate::csrf::CsrfForm;
use crate::formulier::aanmelding::intrekking;
use crate::formulier::ingevuld;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Intrekken {
    datum: String,
}

pub async fn intrekken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Intrekken>,
) -> Page {
    let id = nummer(&id)?;
    let op = intrekking(ingevuld(&f.datum)).map_err(|e| e.op_pagina(&[]))?;
    state
        .store
        .aanmeldingen()
        .trek_aanmelding_in(
            &g.verzoeker,
            id,
            op,
            vandaag(),
            "/aanmeldingen/{id}/intrekken",
        )
        .await?;
    terug(id)
}
