//! The SWV's decision on an arrangement, and its evaluation.

use super::arrangement_id;
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::arrangement::Beslissing;
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

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = arrangement_id(&id)?;
    let b = match f.besluit.as_str() {
        "toegekend" => Beslissing::Toegekend {
            inhoud: f.inhoud,
            van: datum_veld(&f.van, "begindatum")?,
            tot: datum_veld(&f.tot, "einddatum")?,
            kosten: passend_store::bedrag(&f.kosten)?,
        },
        "afgewezen" => Beslissing::Afgewezen { reden: f.reden },
        other => {
            return Err(WebError::Ongeldig(format!(
                "'{other}' is geen besluit: toegekend of afgewezen"
            )));
        }
    };
    state
        .store
        .arrangementen()
        .beslis_arrangement(
            &g.verzoeker,
            id,
            &b,
            crate::vandaag(),
            "/arrangementen/{id}/besluit",
        )
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
    let datum = datum_veld(&f.datum, "datum van de evaluatie")?;
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
