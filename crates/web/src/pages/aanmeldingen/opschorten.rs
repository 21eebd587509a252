//! VO: suspending the clock while the registration is incomplete.

use super::{datum_veld, nummer, terug};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Opschorten {
    van: String,
    #[serde(default)]
    tot: String,
}

/// VO: the request to complete an incomplete registration suspends the clock.
pub async fn opschorten(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Opschorten>,
) -> Page {
    let id = nummer(&id)?;
    let van = datum_veld(&f.van, "verzoek om aanvulling")?
        .ok_or_else(|| WebError::Ongeldig("vul de datum van het verzoek in".into()))?;
    let tot = datum_veld(&f.tot, "aangevuld op")?;
    state
        .store
        .aanmeldingen()
        .schort_op(
            &g.verzoeker,
            id,
            van,
            tot,
            vandaag(),
            "/aanmeldingen/{id}/opschorten",
        )
        .await?;
    terug(id)
}
