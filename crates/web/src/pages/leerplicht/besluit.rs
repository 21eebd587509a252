//! The officer's decision on a vrijstelling, and the parents' yearly notice.

use super::leerplicht_only;
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

pub async fn beslis(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Besluit>,
) -> Page {
    leerplicht_only(&g)?;
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    let verlenen = match f.besluit.as_str() {
        "verlenen" => true,
        "weigeren" => false,
        other => return Err(WebError::Ongeldig(format!("'{other}' is geen besluit"))),
    };
    state
        .store
        .leerplicht()
        .beslis_vrijstelling(
            &g.verzoeker,
            id,
            verlenen,
            vandaag(),
            "/leerplicht/vrijstellingen/{id}/besluit",
        )
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}

#[derive(Deserialize)]
pub struct Leeg {}

/// The parents' yearly notice came in.
pub async fn kennisgeving(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(_): CsrfForm<Leeg>,
) -> Page {
    leerplicht_only(&g)?;
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    state
        .store
        .leerplicht()
        .kennisgeving_ontvangen(
            &g.verzoeker,
            id,
            vandaag(),
            "/leerplicht/vrijstellingen/{id}/kennisgeving",
        )
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}
