//! The OPP's yearly evaluation.

use super::terug;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::ondersteuning::OppEvaluatieVelden;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct EvaluatieForm {
    datum: String,
    #[serde(default)]
    met_ouders: Option<String>,
    #[serde(default)]
    verslag: String,
}

pub async fn opp_evaluatie(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<EvaluatieForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let e = OppEvaluatieVelden {
        datum: ingevuld(&f.datum),
        met_ouders: f.met_ouders.is_some(),
        verslag: &f.verslag,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("datum", "datum van de evaluatie")]))?;
    state
        .store
        .opps()
        .evalueer_opp(
            &g.verzoeker,
            id,
            &e,
            crate::vandaag(),
            "/leerlingen/{id}/opp/evaluatie",
        )
        .await?;
    terug(id)
}
