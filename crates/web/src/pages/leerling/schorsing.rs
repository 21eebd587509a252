//! The school records a schorsing.

use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::leerling::SchorsingVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::LeerlingId;

#[derive(serde::Deserialize)]
pub struct SchorsingForm {
    van: String,
    tot: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    schriftelijk: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a schorsing; a melding to the inspectie is made when it is longer
/// than one day.
pub async fn schors(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<SchorsingForm>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let s = SchorsingVelden {
        van: ingevuld(&f.van),
        tot: ingevuld(&f.tot),
        reden: &f.reden,
        schriftelijk: f.schriftelijk.is_some(),
        stem_kind: &f.stem_kind,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("van", "eerste dag"), ("tot", "laatste dag")]))?;
    state
        .store
        .maatregelen()
        .schors(
            &g.verzoeker,
            id,
            &s,
            crate::vandaag(),
            "/leerlingen/{id}/schorsing",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}
