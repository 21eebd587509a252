//! `POST /brieven/{soort}/{id}/rectificatie`: the party that took a decision records the
//! correction of an obvious mistake; the store refuses anyone else and keeps the decision
//! as it was. On an error the letter's page shows the message beside the field, input kept.

use super::brief::{brief_met_formulier, soort_en_id};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_store::StoreError;
use serde::Deserialize;

/// The form on the letter's page.
pub struct Formulier {
    pub actie: String,
    pub csrf: String,
    pub tekst: String,
    pub fout: Option<String>,
}

#[derive(Deserialize)]
pub struct Invoer {
    #[serde(default)]
    tekst: String,
}

pub async fn rectificeer(
    State(state): State<AppState>,
    Path((soort, id)): Path<(String, String)>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Invoer>,
) -> Page {
    let (soort, id) = soort_en_id(&soort, &id)?;
    let route = "/brieven/{soort}/{id}/rectificatie";
    match state
        .store
        .brieven()
        .rectificeer(&g.verzoeker, soort, id, &f.tekst, vandaag(), route)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/brieven/{}/{id}", soort.slug())).into_response()),
        Err(StoreError::Ongeldig(m)) => {
            brief_met_formulier(&state, &g, soort, id, f.tekst, Some(m)).await
        }
        Err(e) => Err(e.into()),
    }
}
