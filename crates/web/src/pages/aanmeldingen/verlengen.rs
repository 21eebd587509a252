//! Extending the decision period by at most four weeks.

use super::{datum_veld, nummer, terug};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use passend_domain::zorgplicht::Verlenging;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Verlengen {
    weken: String,
    kennisgeving: String,
}

pub async fn verlengen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Verlengen>,
) -> Page {
    let id = nummer(&id)?;
    let weken = f
        .weken
        .trim()
        .parse::<i64>()
        .map_err(|_| WebError::Ongeldig(format!("'{}' is geen aantal weken", f.weken)))?;
    let kennisgeving = datum_veld(&f.kennisgeving, "datum kennisgeving")?.ok_or_else(|| {
        WebError::Ongeldig("vul de datum in waarop de ouders zijn geïnformeerd".into())
    })?;
    state
        .store
        .aanmeldingen()
        .verleng_aanmelding(
            &g.verzoeker,
            id,
            Verlenging {
                weken,
                kennisgeving,
            },
            vandaag(),
            "/aanmeldingen/{id}/verlengen",
        )
        .await?;
    terug(id)
}
