//! A new address postcode for a pupil.

use crate::csrf::CsrfForm;
use crate::formulier::leerling::postcode;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::LeerlingId;

#[derive(serde::Deserialize)]
pub struct NieuwAdres {
    postcode: String,
}

/// The school records a new address postcode; the woon-SWV follows from it.
pub async fn wijzig_adres(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<NieuwAdres>,
) -> Page {
    let id = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let postcode = postcode(&f.postcode).map_err(|e| e.op_pagina(&[]))?;
    state
        .store
        .wijzig_postcode(
            &g.verzoeker,
            id,
            &postcode,
            crate::vandaag(),
            "/leerlingen/{id}/adres",
        )
        .await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}
