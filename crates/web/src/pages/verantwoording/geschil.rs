//! Recording a dispute and its next steps.

use super::{leerling_veld, nummer};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_of_leeg, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::verantwoording::GeschilSoort;
use passend_store::verantwoording::{GeschilStap, NieuwGeschil};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct GeschilForm {
    leerling: String,
    soort: String,
    vestiging: String,
    ingediend_op: String,
    #[serde(default)]
    omschrijving: String,
}

pub async fn nieuw_geschil(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<GeschilForm>,
) -> Page {
    let leerling = leerling_veld(&f.leerling)?;
    let nieuw = NieuwGeschil {
        soort: GeschilSoort::parse(&f.soort).ok_or_else(|| {
            WebError::Ongeldig(format!("soort: '{}' is geen soort geschil", f.soort))
        })?,
        vestiging: f.vestiging.trim().to_uppercase(),
        ingediend_op: datum_veld(&f.ingediend_op, "ingediend op")?,
        omschrijving: f.omschrijving,
    };
    let id = state
        .store
        .verantwoording()
        .registreer_geschil(
            &g.verzoeker,
            leerling,
            &nieuw,
            crate::vandaag(),
            "/verantwoording/geschillen",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}

#[derive(Deserialize)]
pub struct StapForm {
    #[serde(default)]
    oordeel_datum: String,
    #[serde(default)]
    oordeel: String,
    #[serde(default)]
    reactie_datum: String,
    #[serde(default)]
    volgt_oordeel: String,
    #[serde(default)]
    reactie: String,
}

pub async fn geschil_bijwerken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<StapForm>,
) -> Page {
    let id = nummer(&id)?;
    let volgt = match f.volgt_oordeel.trim() {
        "" => None,
        "ja" => Some(true),
        "nee" => Some(false),
        x => {
            return Err(WebError::Ongeldig(format!(
                "volgt oordeel: '{x}' is geen ja of nee"
            )));
        }
    };
    let stap = GeschilStap {
        oordeel_datum: datum_of_leeg(&f.oordeel_datum, "datum van het oordeel")?,
        oordeel: Some(f.oordeel),
        reactie_datum: datum_of_leeg(&f.reactie_datum, "datum van de reactie")?,
        volgt_oordeel: volgt,
        reactie: Some(f.reactie),
    };
    state
        .store
        .verantwoording()
        .werk_geschil_bij(
            &g.verzoeker,
            id,
            &stap,
            crate::vandaag(),
            "/verantwoording/geschillen/{id}",
        )
        .await?;
    Ok(Redirect::to(&format!("/verantwoording/geschillen#geschil-{id}")).into_response())
}
