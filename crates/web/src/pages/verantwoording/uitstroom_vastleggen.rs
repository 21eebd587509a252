//! Recording a leaver's destination, and where the leaver is a year later.

use super::{leerling_veld, nummer};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::verantwoording::Bestemming;
use passend_store::verantwoording::NieuweUitstroom;
use serde::Deserialize;

fn bestemming(s: &str) -> Result<Bestemming, WebError> {
    Bestemming::parse(s).ok_or_else(|| {
        WebError::Ongeldig(format!(
            "bestemming: '{s}' is geen bestemming; kies vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend"
        ))
    })
}

fn soort(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

#[derive(Deserialize)]
pub struct UitstroomForm {
    leerling: String,
    vestiging: String,
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_vastleggen(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<UitstroomForm>,
) -> Page {
    let leerling = leerling_veld(&f.leerling)?;
    let u = NieuweUitstroom {
        vestiging: f.vestiging.trim().to_uppercase(),
        uitstroomdatum: datum_veld(&f.datum, "uitstroomdatum")?,
        bestemming: bestemming(&f.bestemming)?,
        vervolg_soort: soort(&f.vervolg_soort),
    };
    state
        .store
        .verantwoording()
        .registreer_uitstroom(
            &g.verzoeker,
            leerling,
            &u,
            crate::vandaag(),
            "/verantwoording/uitstroom/leerlingen",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}

#[derive(Deserialize)]
pub struct NaJaarForm {
    datum: String,
    bestemming: String,
    #[serde(default)]
    vervolg_soort: String,
}

pub async fn uitstroom_na_jaar(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<NaJaarForm>,
) -> Page {
    let id = nummer(&id)?;
    let vervolg = soort(&f.vervolg_soort);
    state
        .store
        .verantwoording()
        .leg_uitstroom_na_jaar_vast(
            &g.verzoeker,
            id,
            datum_veld(&f.datum, "datum")?,
            bestemming(&f.bestemming)?,
            vervolg.as_deref(),
            crate::vandaag(),
            "/verantwoording/uitstroom/{id}",
        )
        .await?;
    Ok(Redirect::to("/verantwoording/uitstroom/leerlingen").into_response())
}
