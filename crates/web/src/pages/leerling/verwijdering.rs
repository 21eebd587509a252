//! The school records a definitive verwijdering.

use super::dossier::{leerling_id, pagina};
use crate::AppState;
use crate::formulier::ingevuld;
use crate::formulier::leerling::VerwijderingVelden;
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};

#[derive(serde::Deserialize)]
pub struct VerwijderingForm {
    datum: String,
    #[serde(default)]
    leraar_gehoord: Option<String>,
    #[serde(default)]
    ouders_gehoord: Option<String>,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    overleg_inspectie: Option<String>,
    #[serde(default)]
    stem_kind: String,
    #[serde(default)]
    reden: String,
}

/// The school records a definitive verwijdering; the domain refuses it when the school's
/// law asks for a hearing, reasons, another school's willingness or the inspectie.
/// Checked and shown for confirmation first; recorded when confirmed.
pub async fn verwijder(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<VerwijderingForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let (f, route) = (&form.velden, "/leerlingen/{id}/verwijdering");
    if form.stap == Stap::Terug {
        return pagina(&state, id, &g, form.invoer).await;
    }
    let v = VerwijderingVelden {
        datum: ingevuld(&f.datum),
        leraar_gehoord: f.leraar_gehoord.is_some(),
        ouders_gehoord: f.ouders_gehoord.is_some(),
        andere_school: &f.andere_school,
        overleg_inspectie: f.overleg_inspectie.is_some(),
        stem_kind: &f.stem_kind,
        reden: &f.reden,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[]))?;
    let m = state.store.maatregelen();
    let today = crate::vandaag();
    if form.stap == Stap::Controleren {
        let voornemen = m
            .controleer_verwijdering(&g.verzoeker, id, &v, today, route)
            .await?;
        return bevestig(&g, "Definitieve verwijdering", &voornemen, &form.invoer);
    }
    m.verwijder(&g.verzoeker, id, &v, today, route).await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}
