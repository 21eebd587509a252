//! The school records a schorsing.

use super::dossier::{leerling_id, pagina};
use crate::AppState;
use crate::formulier::ingevuld;
use crate::formulier::leerling::SchorsingVelden;
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};

#[derive(serde::Deserialize)]
pub struct SchorsingForm {
    van: String,
    tot: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    schriftelijk: Option<String>,
    #[serde(default)]
    stem_kind: String,
}

/// The school records a schorsing; a melding to the inspectie is made when it is longer
/// than one day. Checked and shown for confirmation first; recorded when confirmed.
pub async fn schors(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<SchorsingForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let (f, route) = (&form.velden, "/leerlingen/{id}/schorsing");
    if form.stap == Stap::Terug {
        return pagina(&state, id, &g, form.invoer).await;
    }
    let s = SchorsingVelden {
        van: ingevuld(&f.van),
        tot: ingevuld(&f.tot),
        reden: &f.reden,
        schriftelijk: f.schriftelijk.is_some(),
        stem_kind: &f.stem_kind,
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("van", "eerste dag"), ("tot", "laatste dag")]))?;
    let m = state.store.maatregelen();
    let today = crate::vandaag();
    if form.stap == Stap::Controleren {
        let v = m
            .controleer_schorsing(&g.verzoeker, id, &s, today, route)
            .await?;
        return bevestig(&g, "Schorsing", &v, &form.invoer);
    }
    m.schors(&g.verzoeker, id, &s, today, route).await?;
    Ok(Redirect::to(&format!("/leerlingen/{}", id.0)).into_response())
}
