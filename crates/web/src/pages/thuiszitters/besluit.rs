//! The binding decision at the top of the ladder (doorzettingsmacht).

use super::{back, zaak_id};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Besluit {
    besluit: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Besluit>,
) -> Page {
    let id = zaak_id(&id)?;
    state
        .store
        .thuiszitters()
        .neem_besluit(
            &g.verzoeker,
            id,
            &f.besluit,
            vandaag(),
            "/thuiszitters/{id}/besluit",
        )
        .await?;
    back(id)
}
