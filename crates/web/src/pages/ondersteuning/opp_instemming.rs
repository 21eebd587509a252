//! The parents' consent to the OPP.

use super::terug;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::{ingevuld, verplichte_datum};
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct DatumForm {
    datum: String,
}

pub async fn opp_instemming(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<DatumForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let datum = verplichte_datum("datum", ingevuld(&f.datum))
        .map_err(|e| e.op_pagina(&[("datum", "datum van instemming")]))?;
    state
        .store
        .opps()
        .opp_instemming(
            &g.verzoeker,
            id,
            datum,
            crate::vandaag(),
            "/leerlingen/{id}/opp/instemming",
        )
        .await?;
    terug(id)
}
