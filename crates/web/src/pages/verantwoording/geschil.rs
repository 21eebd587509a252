//! Recording a dispute and its next steps.

use super::nummer;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::verantwoording::{GeschilStapVelden, GeschilVelden};
use crate::formulier::{Veldfout, ingevuld, ja_nee};
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct GeschilForm {
    leerling: String,
    soort: String,
    vestiging: String,
    ingediend_op: String,
    #[serde(default)]
    omschrijving: String,
}

pub async fn nieuw_geschil(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<GeschilForm>,
) -> Page {
    let (leerling, nieuw) = GeschilVelden {
        leerling: &f.leerling,
        soort: &f.soort,
        vestiging: &f.vestiging,
        ingediend_op: ingevuld(&f.ingediend_op),
        omschrijving: &f.omschrijving,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("ingediend_op", "ingediend op")]))?;
    let id = state
        .store
        .verantwoording()
        .registreer_geschil(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/verantwoording/geschillen",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}

#[derive(Deserialize)]
pub struct StapForm {
    #[serde(default)]
    oordeel_datum: String,
    #[serde(default)]
    oordeel: String,
    #[serde(default)]
    reactie_datum: String,
    #[serde(default)]
    volgt_oordeel: String,
    #[serde(default)]
    reactie: String,
}

pub async fn geschil_bijwerken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<StapForm>,
) -> Page {
    let id = nummer(&id)?;
    let fout = |e: Veldfout| {
        e.op_pagina(&[
            ("volgt_oordeel", "volgt oordeel"),
            ("oordeel_datum", "datum van het oordeel"),
            ("reactie_datum", "datum van de reactie"),
        ])
    };
    let stap = GeschilStapVelden {
        oordeel_datum: ingevuld(&f.oordeel_datum),
        oordeel: Some(&f.oordeel),
        reactie_datum: ingevuld(&f.reactie_datum),
        volgt_oordeel: ja_nee("volgt_oordeel", &f.volgt_oordeel).map_err(fout)?,
        reactie: Some(&f.reactie),
    }
    .lees()
    .map_err(fout)?;
    state
        .store
        .verantwoording()
        .werk_geschil_bij(
            &g.verzoeker,
            id,
            &stap,
            crate::vandaag(),
            "/verantwoording/geschillen/{id}",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}
