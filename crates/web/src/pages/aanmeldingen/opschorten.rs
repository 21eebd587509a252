//! VO: suspending the clock while the registration is incomplete.

use super::{nummer, terug};
use crate::csrf::CsrfForm;
use crate::formulier::aanmelding::OpschortingVelden;
use crate::formulier::ingevuld;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Opschorten {
    van: String,
    #[serde(default)]
    tot: String,
}

/// VO: the request to complete an incomplete registration suspends the clock.
pub async fn opschorten(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Opschorten>,
) -> Page {
    let id = nummer(&id)?;
    let o = OpschortingVelden {
        van: ingevuld(&f.van),
        tot: ingevuld(&f.tot),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("van", "verzoek om aanvulling"), ("tot", "aangevuld op")]))?;
    state
        .store
        .aanmeldingen()
        .schort_op(
            &g.verzoeker,
            id,
            o.van,
            o.tot,
            vandaag(),
            "/aanmeldingen/{id}/opschorten",
        )
        .await?;
    terug(id)
}
