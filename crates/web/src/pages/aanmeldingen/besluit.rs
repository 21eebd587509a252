//! The school's decision on a registration.

use super::{nummer, terug};
use crate::formulier::aanmelding::BesluitVelden;
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
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

/// The school's decision: checked and shown for confirmation first; recorded when confirmed.
pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<BesluitForm>,
) -> Page {
    let id = nummer(&id)?;
    let (f, route) = (&form.velden, "/aanmeldingen/{id}/besluit");
    if form.stap == Stap::Terug {
        return super::detail::pagina(&state, id, &g, form.invoer).await;
    }
    let besluit = BesluitVelden {
        soort: &f.soort,
        andere_school: f.andere_school.trim(),
        reden: &f.reden,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("soort", "soort besluit")]))?;
    let a = state.store.aanmeldingen();
    if form.stap == Stap::Controleren {
        let v = a
            .controleer_besluit(&g.verzoeker, id, &besluit, &f.stem_kind, vandaag(), route)
            .await?;
        return bevestig(&g, "Besluit over de aanmelding", &v, &form.invoer);
    }
    a.beslis_aanmelding(&g.verzoeker, id, &besluit, &f.stem_kind, vandaag(), route)
        .await?;
    terug(id)
}
