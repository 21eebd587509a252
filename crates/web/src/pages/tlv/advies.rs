//! A deskundige's advice.

use super::{terug, tlv_id};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::tlv::AdviesVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AdviesForm {
    volgorde: String,
    datum: String,
    #[serde(default)]
    advies: String,
}

pub async fn advies(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AdviesForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let a = AdviesVelden {
        volgorde: &f.volgorde,
        datum: ingevuld(&f.datum),
        advies: &f.advies,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("volgorde", "advies"), ("datum", "datum van het advies")]))?;
    state
        .store
        .tlvs()
        .geef_advies(&g.verzoeker, id, &a, crate::vandaag(), "/tlv/{id}/advies")
        .await?;
    terug(id)
}
