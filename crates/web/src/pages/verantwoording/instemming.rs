//! The ondersteuningsplanraad's vote on the plan.

use super::{naar_plan, nummer};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use passend_domain::Functie;
use passend_domain::verantwoording::Stemming;
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

fn aantal(s: &str, wat: &str) -> Result<i64, WebError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(0);
    }
    t.parse()
        .map_err(|_| WebError::Ongeldig(format!("{wat}: '{t}' is geen aantal")))
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
    let stemming = Stemming {
        voor: aantal(&f.voor, "stemmen voor")?,
        tegen: aantal(&f.tegen, "stemmen tegen")?,
        onthouding: aantal(&f.onthouding, "onthoudingen")?,
    };
    state
        .store
        .verantwoording()
        .leg_instemming_vast(
            &g.verzoeker,
            id,
            datum_veld(&f.datum, "datum van de vergadering")?,
            stemming,
            &f.voorwaarden,
            today,
            "/verantwoording/plannen/{id}/instemming",
        )
        .await?;
    naar_plan(id)
}
