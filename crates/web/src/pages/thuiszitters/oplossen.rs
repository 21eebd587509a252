//! Closing a case on the date it was solved.

use super::{back, parse_date, zaak_id};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
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
    let op = parse_date(&f.datum, "datum")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van de oplossing in".into()))?;
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
