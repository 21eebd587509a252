//! The plan's overleg: OOGO with the gemeenten and with an overlapping SWV.

use super::{naar_plan, nummer};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::verantwoording::OogoVelden;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_domain::Functie;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct OogoForm {
    gemeente: String,
    datum: String,
    uitkomst: String,
    #[serde(default)]
    verschillen: String,
}

pub async fn oogo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OogoForm>,
) -> Page {
    let id = nummer(&id)?;
    let today = crate::vandaag();
    // Outside the caller's reach the plan does not exist; only its SWV's staff write.
    state
        .store
        .verantwoording()
        .plan_versie(&g.verzoeker, id, today)
        .await?;
    g.vereist(Functie::PlanSchrijven)?;
    let oogo = OogoVelden {
        gemeentecode: &f.gemeente,
        datum: ingevuld(&f.datum),
        uitkomst: &f.uitkomst,
        verschillen: &f.verschillen,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("datum", "datum van het overleg")]))?;
    state
        .store
        .verantwoording()
        .leg_oogo_vast(
            &g.verzoeker,
            id,
            &oogo.gemeentecode,
            oogo.datum,
            &oogo.uitkomst,
            &oogo.verschillen,
            today,
            "/verantwoording/plannen/{id}/oogo",
        )
        .await?;
    naar_plan(id)
}

#[derive(Deserialize)]
pub struct OverlegSwvForm {
    samenwerkingsverband: String,
    datum: String,
    #[serde(default)]
    verslag: String,
}

/// The overleg with an overlapping SWV of the other sector (WPO art. 18a lid 9).
pub async fn overleg_swv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<OverlegSwvForm>,
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
        .map_err(|e| e.op_pagina(&[("datum", "datum van het overleg")]))?;
    state
        .store
        .verantwoording()
        .leg_overleg_swv_vast(
            &g.verzoeker,
            id,
            &f.samenwerkingsverband,
            datum,
            &f.verslag,
            today,
            "/verantwoording/plannen/{id}/overleg-samenwerkingsverband",
        )
        .await?;
    naar_plan(id)
}
