//! Closing a case on the date it was solved.

use super::{back, zaak_id};
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::thuiszitters::opgelost_op;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Oplossen {
    datum: String,
}

pub async fn oplossen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Oplossen>,
) -> Page {
    let id = zaak_id(&id)?;
    let op =
        opgelost_op(ingevuld(&f.datum)).map_err(|e| e.op_pagina(&[("opgelost_op", "datum")]))?;
    state
        .store
        .thuiszitters()
        .los_zaak_op(
            &g.verzoeker,
            id,
            op,
            vandaag(),
            "/thuiszitters/{id}/oplossen",
        )
        .await?;
    back(id)
}
