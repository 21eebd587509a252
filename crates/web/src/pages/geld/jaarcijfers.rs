//! Saving a year's figures from the jaarverslag page.

use super::swv_code;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::bekostiging::Decimal;
use passend_store::geld::NieuweJaarcijfers;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct JaarcijfersForm {
    pub jaar: String,
    pub baten: String,
    pub lasten: String,
    pub reserve: String,
}

/// Reads an amount in euros (`1.234,56`, `1234.56`, `€ 1234`).
pub fn euro_veld(tekst: &str, veld: &str) -> Result<Decimal, WebError> {
    passend_store::bedrag(tekst)
        .map_err(|_| WebError::Ongeldig(format!("{veld}: '{tekst}' is geen bedrag in euro")))
}

pub async fn jaarcijfers_opslaan(
    State(state): State<AppState>,
    Path(code): Path<String>,
    g: Gebruiker,
    csrf::CsrfForm(f): csrf::CsrfForm<JaarcijfersForm>,
) -> Page {
    let swv = swv_code(&code)?;
    let c = NieuweJaarcijfers {
        jaar: f
            .jaar
            .trim()
            .parse()
            .map_err(|_| WebError::Ongeldig(format!("jaar: '{}' is geen jaartal", f.jaar)))?,
        baten: euro_veld(&f.baten, "baten")?,
        lasten: euro_veld(&f.lasten, "lasten")?,
        reserve: euro_veld(&f.reserve, "reserve")?,
    };
    let route = format!("/swv/{swv}/jaarverslag");
    state
        .store
        .geld()
        .bewaar_jaarcijfers(&g.verzoeker, &swv, &c, &route)
        .await?;
    Ok(Redirect::to(&route).into_response())
}
