//! Recording a leaver's destination, and where the leaver is a year later.

use super::nummer;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::verantwoording::{NaJaarVelden, UitstroomVelden};
use crate::formulier::{ingevuld, leerlingnummer};
use crate::pages::Page;
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct UitstroomForm {
    leerling: String,
    vestiging: String,
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_vastleggen(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<UitstroomForm>,
) -> Page {
    let leerling = leerlingnummer(&f.leerling).map_err(|e| e.op_pagina(&[]))?;
    let u = UitstroomVelden {
        vestiging: &f.vestiging,
        uitstroomdatum: ingevuld(&f.datum),
        bestemming: &f.bestemming,
        vervolg_soort: Some(&f.vervolg_soort),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[]))?;
    state
        .store
        .verantwoording()
        .registreer_uitstroom(
            &g.verzoeker,
            leerling,
            &u,
            crate::vandaag(),
            "/verantwoording/uitstroom/leerlingen",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}

#[derive(Deserialize)]
pub struct NaJaarForm {
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_na_jaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<NaJaarForm>,
) -> Page {
    let id = nummer(&id)?;
    let na_jaar = NaJaarVelden {
        datum: ingevuld(&f.datum),
        bestemming: &f.bestemming,
        vervolg_soort: Some(&f.vervolg_soort),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[]))?;
    state
        .store
        .verantwoording()
        .leg_uitstroom_na_jaar_vast(
            &g.verzoeker,
            id,
            na_jaar.datum,
            na_jaar.bestemming,
            na_jaar.vervolg_soort.as_deref(),
            crate::vandaag(),
            "/verantwoording/uitstroom/{id}",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}
