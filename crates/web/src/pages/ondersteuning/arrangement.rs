//! An arrangement: the request and the loket/MDO overleg.

use super::{arrangement_id, terug};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::ondersteuning::OverlegVelden;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::arrangement::Partij;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct VraagForm {
    #[serde(default)]
    vraag: String,
}

pub async fn arrangement_aanvragen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<VraagForm>,
) -> Page {
    let id = leerling_id(&id)?;
    state
        .store
        .arrangementen()
        .vraag_arrangement_aan(
            &g.verzoeker,
            id,
            &f.vraag,
            crate::vandaag(),
            "/leerlingen/{id}/arrangementen",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct OverlegForm {
    datum: String,
    #[serde(default)]
    ouders_aanwezig: Option<String>,
    #[serde(default)]
    stem_kind: String,
    #[serde(default)]
    verslag: String,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

pub async fn overleg(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OverlegForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let o = OverlegVelden {
        datum: ingevuld(&f.datum),
        deelnemers: Partij::ALL
            .into_iter()
            .filter(|p| f.rest.contains_key(&format!("partij_{}", p.as_str())))
            .collect(),
        ouders_aanwezig: f.ouders_aanwezig.is_some(),
        stem_kind: &f.stem_kind,
        verslag: &f.verslag,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("datum", "datum van het overleg")]))?;
    state
        .store
        .arrangementen()
        .leg_overleg_vast(
            &g.verzoeker,
            id,
            &o,
            crate::vandaag(),
            "/arrangementen/{id}/overleg",
        )
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}
