//! Extending the decision period by at most four weeks.

use super::{nummer, terug};
use crate::csrf::CsrfForm;
use crate::formulier::aanmelding::VerlengingVelden;
use crate::formulier::ingevuld;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Verlengen {
    weken: String,
    kennisgeving: String,
}

pub async fn verlengen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Verlengen>,
) -> Page {
    let id = nummer(&id)?;
    let verlenging = VerlengingVelden {
        weken: &f.weken,
        kennisgeving: ingevuld(&f.kennisgeving),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("kennisgeving", "datum kennisgeving")]))?;
    state
        .store
        .aanmeldingen()
        .verleng_aanmelding(
            &g.verzoeker,
            id,
            verlenging,
            vandaag(),
            "/aanmeldingen/{id}/verlengen",
        )
        .await?;
    terug(id)
}
