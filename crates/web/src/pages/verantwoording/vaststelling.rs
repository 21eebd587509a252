//! Adopting the plan, and the date it was sent in (indiening).

use super::{naar_plan, nummer};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_domain::Functie;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct LeegForm {}

pub async fn vaststellen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(_): CsrfForm<LeegForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    g.vereist(Functie::PlanSchrijven)?;
    state
        .store
        .verantwoording()
        .stel_plan_vast(
            &g.verzoeker,
            id,
            today,
            "/verantwoording/plannen/{id}/vaststellen",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct IndieningForm {
    datum: String,
}

pub async fn indienen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<IndieningForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    g.vereist(Functie::PlanSchrijven)?;
    let datum = verplichte_datum("datum", ingevuld(&f.datum))
        .map_err(|e| e.op_pagina(&[("datum", "datum van indiening")]))?;
    state
        .store
        .verantwoording()
        .dien_plan_in(
            &g.verzoeker,
            id,
            datum,
            today,
            "/verantwoording/plannen/{id}/indiening",
        )
        .await?;
    naar_plan(id)
}
