//! Recording that the parents withdrew the registration.

use super::{datum_veld, nummer, terug};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Intrekken {
    datum: String,
}

pub async fn intrekken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Intrekken>,
) -> Page {
    let id = nummer(&id)?;
    let op = datum_veld(&f.datum, "datum")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van intrekken in".into()))?;
    state
        .store
        .aanmeldingen()
        .trek_aanmelding_in(
            &g.verzoeker,
            id,
            op,
            vandaag(),
            "/aanmeldingen/{id}/intrekken",
        )
        .await?;
    terug(id)
}
