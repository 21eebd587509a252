//! Bezwaar against a TLV decision, and its steps.

use super::{terug, tlv_id};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::tlv::BezwaarStapVelden;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BezwaarForm {
    ingediend_op: String,
    #[serde(default)]
    gronden: String,
}

pub async fn bezwaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let ingediend_op = verplichte_datum("ingediend_op", ingevuld(&f.ingediend_op))
        .map_err(|e| e.op_pagina(&[("ingediend_op", "datum van indiening")]))?;
    state
        .store
        .tlvs()
        .registreer_bezwaar(
            &g.verzoeker,
            id,
            ingediend_op,
            &f.gronden,
            crate::vandaag(),
            "/tlv/{id}/bezwaar",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BezwaarStapForm {
    #[serde(default)]
    verdaagd: Option<String>,
    #[serde(default)]
    advies_datum: String,
    #[serde(default)]
    advies: String,
    #[serde(default)]
    besluit_datum: String,
    #[serde(default)]
    uitkomst: String,
}

pub async fn bezwaar_bijwerken(
    State(state): State<AppState>,
    Path((id, bezwaar)): Path<(String, String)>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarStapForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let bezwaar = tlv_id(&bezwaar)?;
    let stap = BezwaarStapVelden {
        verdaagd: f.verdaagd.as_ref().map(|_| true),
        advies_datum: ingevuld(&f.advies_datum),
        advies: Some(f.advies.as_str()).filter(|a| !a.trim().is_empty()),
        besluit_datum: ingevuld(&f.besluit_datum),
        uitkomst: ingevuld(&f.uitkomst),
    }
    .lees()
    .map_err(|e| {
        e.op_pagina(&[
            ("advies_datum", "datum van het advies"),
            ("besluit_datum", "datum van de beslissing op bezwaar"),
        ])
    })?;
    state
        .store
        .tlvs()
        .werk_bezwaar_bij(
            &g.verzoeker,
            id,
            bezwaar,
            &stap,
            crate::vandaag(),
            "/tlv/{id}/bezwaar/{bezwaar}",
        )
        .await?;
    terug(id)
}
