//! A deskundige's advice.

use super::{terug, tlv_id};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use passend_store::NieuwAdvies;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AdviesForm {
    volgorde: String,
    datum: String,
    #[serde(default)]
    advies: String,
}

pub async fn advies(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<AdviesForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let a = NieuwAdvies {
        volgorde: f
            .volgorde
            .trim()
            .parse()
            .map_err(|_| WebError::Ongeldig("advies 1 of 2".into()))?,
        datum: datum_veld(&f.datum, "datum van het advies")?,
        advies: f.advies,
    };
    state
        .store
        .tlvs()
        .geef_advies(&g.verzoeker, id, &a, crate::vandaag(), "/tlv/{id}/advies")
        .await?;
    terug(id)
}
