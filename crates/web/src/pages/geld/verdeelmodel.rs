//! Saving the SWV's verdeelmodel from the verdeling page.

use super::swv_code;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::Schooljaar;
use passend_domain::bekostiging::Decimal;
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct VerdeelmodelForm {
    pub schooljaar: String,
    pub eigen_taken: String,
    pub per_leerling: String,
    #[serde(default)]
    pub toelichting: String,
}

/// Reads a percentage (`12`, `12,5`, `12.5`) as a share between 0 and 1.
pub fn aandeel(tekst: &str, veld: &str) -> Result<Decimal, WebError> {
    let t = tekst.trim().trim_end_matches('%').trim().replace(',', ".");
    let d: Decimal = t
        .parse()
        .map_err(|_| WebError::Ongeldig(format!("{veld}: '{tekst}' is geen percentage")))?;
    if d < Decimal::ZERO || d > Decimal::ONE_HUNDRED {
        return Err(WebError::Ongeldig(format!(
            "{veld}: het percentage ligt tussen 0 en 100"
        )));
    }
    Ok(d / Decimal::ONE_HUNDRED)
}

pub async fn verdeling_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<VerdeelmodelForm>,
) -> Page {
    let swv = swv_code(&code)?;
    let schooljaar = Schooljaar::parse(f.schooljaar.trim())
        .map_err(|e| WebError::Ongeldig(format!("schooljaar: {e}")))?;
    let model = Verdeelmodel {
        eigen_taken: aandeel(&f.eigen_taken, "eigen taken")?,
        per_leerling: aandeel(&f.per_leerling, "per leerling")?,
    };
    let route = format!("/swv/{swv}/verdeling");
    state
        .store
        .geld()
        .bewaar_verdeelmodel(
            &g.verzoeker,
            &swv,
            schooljaar,
            &model,
            &f.toelichting,
            &route,
        )
        .await?;
    Ok(Redirect::to(&format!("{route}?schooljaar={schooljaar}")).into_response())
}
