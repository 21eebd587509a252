//! The ondersteuningsplanraad's vote on the plan.

use super::{naar_plan, nummer};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::verantwoording::InstemmingVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_domain::Functie;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct InstemmingForm {
    datum: String,
    voor: String,
    tegen: String,
    #[serde(default)]
    onthouding: String,
    #[serde(default)]
    voorwaarden: String,
}

pub async fn instemming(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<InstemmingForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    g.vereist(Functie::PlanSchrijven)?;
    let instemming = InstemmingVelden {
        datum: ingevuld(&f.datum),
        voor: ingevuld(&f.voor),
        tegen: ingevuld(&f.tegen),
        onthouding: ingevuld(&f.onthouding),
        voorwaarden: &f.voorwaarden,
    }
    .lees()
    .map_err(|e| {
        e.op_pagina(&[
            ("datum", "datum van de vergadering"),
            ("voor", "stemmen voor"),
            ("tegen", "stemmen tegen"),
            ("onthouding", "onthoudingen"),
        ])
    })?;
    state
        .store
        .verantwoording()
        .leg_instemming_vast(
            &g.verzoeker,
            id,
            instemming.datum,
            instemming.stemming,
            &instemming.voorwaarden,
            today,
            "/verantwoording/plannen/{id}/instemming",
        )
        .await?;
    naar_plan(id)
}
