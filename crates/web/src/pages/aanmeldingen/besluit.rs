//! The school's decision on a registration.

use super::{nummer, terug};
use crate::csrf::CsrfForm;
use crate::formulier::aanmelding::BesluitVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BesluitForm {
    soort: String,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    stem_kind: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = nummer(&id)?;
    let besluit = BesluitVelden {
        soort: &f.soort,
        andere_school: f.andere_school.trim(),
        reden: &f.reden,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("soort", "soort besluit")]))?;
    state
        .store
        .aanmeldingen()
        .beslis_aanmelding(
            &g.verzoeker,
            id,
            &besluit,
            &f.stem_kind,
            vandaag(),
            "/aanmeldingen/{id}/besluit",
        )
        .await?;
    terug(id)
}
