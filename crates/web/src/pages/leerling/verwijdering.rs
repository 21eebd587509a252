//! The school records a definitive verwijdering.

use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::leerling::VerwijderingVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::LeerlingId;

#[derive(serde::Deserialize)]
pub struct VerwijderingForm {
    datum: String,
    #[serde(default)]
    leraar_gehoord: Option<String>,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    overleg_inspectie: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a definitive verwijdering; the domain refuses it without the
/// teacher heard, another school's willingness, or (VO, leerplichtig) the inspectie.
pub async fn verwijder(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<VerwijderingForm>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let v = VerwijderingVelden {
        datum: ingevuld(&f.datum),
        leraar_gehoord: f.leraar_gehoord.is_some(),
        andere_school: &f.andere_school,
        overleg_inspectie: f.overleg_inspectie.is_some(),
        stem_kind: &f.stem_kind,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[]))?;
    state
        .store
        .maatregelen()
        .verwijder(
            &g.verzoeker,
            id,
            &v,
            crate::vandaag(),
            "/leerlingen/{id}/verwijdering",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}
