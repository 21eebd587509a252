//! The SWV's decision on an arrangement, and its evaluation.

use super::arrangement_id;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ondersteuning::ArrangementBesluitVelden;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BesluitForm {
    besluit: String,
    #[serde(default)]
    inhoud: String,
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    kosten: String,
    #[serde(default)]
    reden: String,
}

/// The SWV's decision: checked and shown for confirmation first; recorded when confirmed.
pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<BesluitForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let (f, route) = (&form.velden, "/arrangementen/{id}/besluit");
    if form.stap == Stap::Terug {
        return super::caseload::pagina(&state, &g, Default::default(), form.invoer).await;
    }
    let b = ArrangementBesluitVelden {
        besluit: &f.besluit,
        reden: &f.reden,
        inhoud: &f.inhoud,
        van: ingevuld(&f.van),
        tot: ingevuld(&f.tot),
        kosten: ingevuld(&f.kosten),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("van", "begindatum"), ("tot", "einddatum")]))?;
    let a = state.store.arrangementen();
    let today = crate::vandaag();
    if form.stap == Stap::Controleren {
        let v = a
            .controleer_arrangementsbesluit(&g.verzoeker, id, &b, today, route)
            .await?;
        return bevestig(&g, "Besluit over het arrangement", &v, &form.invoer);
    }
    a.beslis_arrangement(&g.verzoeker, id, &b, today, route)
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}

#[derive(Deserialize)]
pub struct ArrangementEvaluatieForm {
    datum: String,
    #[serde(default)]
    evaluatie: String,
}

pub async fn arrangement_evaluatie(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<ArrangementEvaluatieForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let datum = verplichte_datum("datum", ingevuld(&f.datum))
        .map_err(|e| e.op_pagina(&[("datum", "datum van de evaluatie")]))?;
    state
        .store
        .arrangementen()
        .evalueer_arrangement(
            &g.verzoeker,
            id,
            datum,
            &f.evaluatie,
            crate::vandaag(),
            "/arrangementen/{id}/evaluatie",
        )
        .await?;
    Ok(Redirect::to("/ondersteuning").into_response())
}
