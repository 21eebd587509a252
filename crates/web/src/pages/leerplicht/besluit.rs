//! The officer's decision on a vrijstelling, and the parents' yearly notice.

use super::leerplicht_only;
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

/// The officer's decision: checked and shown for confirmation first; recorded when
/// confirmed. Its only input is the choice (the button), so "Terug" goes back to the list.
pub async fn beslis(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<Besluit>,
) -> Page {
    leerplicht_only(&g)?;
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    if form.stap == Stap::Terug {
        return Ok(Redirect::to("/leerplicht").into_response());
    }
    let verlenen = match form.velden.besluit.as_str() {
        "verlenen" => true,
        "weigeren" => false,
        other => return Err(WebError::Ongeldig(format!("'{other}' is geen besluit"))),
    };
    let (l, route) = (
        state.store.leerplicht(),
        "/leerplicht/vrijstellingen/{id}/besluit",
    );
    if form.stap == Stap::Controleren {
        let v = l
            .controleer_vrijstellingsbesluit(&g.verzoeker, id, verlenen, vandaag(), route)
            .await?;
        return bevestig(&g, "Besluit over de vrijstelling", &v, &form.invoer);
    }
    l.beslis_vrijstelling(&g.verzoeker, id, verlenen, vandaag(), route)
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
