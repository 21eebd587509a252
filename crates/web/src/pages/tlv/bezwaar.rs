//! Bezwaar against a TLV decision, and its steps.

use super::{terug, tlv_id};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_of_leeg, datum_veld};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_store::BezwaarStap;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BezwaarForm {
    ingediend_op: String,
    #[serde(default)]
    gronden: String,
}

pub async fn bezwaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarForm>,
) -> Page {
    let id = tlv_id(&id)?;
    state
        .store
        .tlvs()
        .registreer_bezwaar(
            &g.verzoeker,
            id,
            datum_veld(&f.ingediend_op, "datum van indiening")?,
            &f.gronden,
            crate::vandaag(),
            "/tlv/{id}/bezwaar",
        )
        .await?;
    terug(id)
}

#[derive(Deserialize)]
pub struct BezwaarStapForm {
    #[serde(default)]
    verdaagd: Option<String>,
    #[serde(default)]
    advies_datum: String,
    #[serde(default)]
    advies: String,
    #[serde(default)]
    besluit_datum: String,
    #[serde(default)]
    uitkomst: String,
}

pub async fn bezwaar_bijwerken(
    State(state): State<AppState>,
    Path((id, bezwaar)): Path<(String, String)>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BezwaarStapForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let bezwaar = tlv_id(&bezwaar)?;
    let stap = BezwaarStap {
        verdaagd: f.verdaagd.as_ref().map(|_| true),
        advies_datum: datum_of_leeg(&f.advies_datum, "datum van het advies")?,
        advies: Some(f.advies).filter(|a| !a.trim().is_empty()),
        besluit_datum: datum_of_leeg(&f.besluit_datum, "datum van de beslissing op bezwaar")?,
        uitkomst: Some(f.uitkomst.trim().to_string()).filter(|u| !u.is_empty()),
    };
    state
        .store
        .tlvs()
        .werk_bezwaar_bij(
            &g.verzoeker,
            id,
            bezwaar,
            &stap,
            crate::vandaag(),
            "/tlv/{id}/bezwaar/{bezwaar}",
        )
        .await?;
    terug(id)
}
