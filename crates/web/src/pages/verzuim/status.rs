//! A report moves to its next status; the domain says who may move it where.

use crate::csrf;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::verzuimmelding::Status;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct NieuweStatus {
    status: String,
}

pub async fn status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<NieuweStatus>,
) -> Page {
    let id = id.parse::<i64>().map_err(|_| WebError::NietGevonden)?;
    let naar = Status::parse(&f.status).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    state
        .store
        .verzuim()
        .zet_meldingstatus(&g.verzoeker, id, naar, vandaag(), "/verzuim/{id}/status")
        .await?;
    Ok(Redirect::to("/verzuim").into_response())
}
