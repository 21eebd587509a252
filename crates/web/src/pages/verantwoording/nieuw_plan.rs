//! A new version of the ondersteuningsplan, with up to two targets.

use crate::csrf::CsrfForm;
use crate::formulier::verantwoording::PlanVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::Functie;
use passend_domain::verantwoording::Inhoud;
use passend_store::verantwoording::NieuweStreefwaarde;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct PlanForm {
    van: String,
    tot: String,
    #[serde(default)]
    basisondersteuning: String,
    #[serde(default)]
    extra_ondersteuning: String,
    #[serde(default)]
    middelen: String,
    #[serde(default)]
    tlv_procedure: String,
    #[serde(default)]
    ouders: String,
    #[serde(default)]
    doelen: String,
    #[serde(default)]
    terugplaatsing: String,
    #[serde(default)]
    overdrachten: String,
    #[serde(default)]
    doel_1: String,
    #[serde(default)]
    kengetal_1: String,
    #[serde(default)]
    richting_1: String,
    #[serde(default)]
    waarde_1: String,
    #[serde(default)]
    meting_1: String,
    #[serde(default)]
    doel_2: String,
    #[serde(default)]
    kengetal_2: String,
    #[serde(default)]
    richting_2: String,
    #[serde(default)]
    waarde_2: String,
    #[serde(default)]
    meting_2: String,
}

pub async fn nieuw_plan(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<PlanForm>,
) -> Page {
    g.vereist(Functie::PlanSchrijven)?;
    let mut streefwaarden = Vec::new();
    for (n, doel, kengetal, richting, waarde, meting) in [
        (
            1,
            &f.doel_1,
            &f.kengetal_1,
            &f.richting_1,
            &f.waarde_1,
            &f.meting_1,
        ),
        (
            2,
            &f.doel_2,
            &f.kengetal_2,
            &f.richting_2,
            &f.waarde_2,
            &f.meting_2,
        ),
    ] {
        if doel.trim().is_empty() && waarde.trim().is_empty() {
            continue;
        }
        streefwaarden.push(NieuweStreefwaarde {
            doel: doel.clone(),
            kengetal: kengetal.trim().to_string(),
            richting: richting.trim().to_string(),
            streefwaarde: waarde.trim().parse().map_err(|_| {
                WebError::Ongeldig(format!("streefwaarde {n}: '{waarde}' is geen geheel getal"))
            })?,
            meting: meting.clone(),
        });
    }
    let plan = PlanVelden {
        van: &f.van,
        tot: &f.tot,
        inhoud: Inhoud {
            basisondersteuning: &f.basisondersteuning,
            extra_ondersteuning: &f.extra_ondersteuning,
            middelen: &f.middelen,
            tlv_procedure: &f.tlv_procedure,
            ouders: &f.ouders,
            doelen: &f.doelen,
            terugplaatsing: &f.terugplaatsing,
            overdrachten: &f.overdrachten,
            ..Inhoud::default()
        },
        streefwaarden,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("van", "eerste schooljaar"), ("tot", "laatste schooljaar")]))?;
    let id = state
        .store
        .verantwoording()
        .maak_plan_versie(&g.verzoeker, &plan, "/verantwoording/plannen")
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/plannen/{id}")).into_response())
}
