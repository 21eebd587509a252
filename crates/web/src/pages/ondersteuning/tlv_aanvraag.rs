//! Asking the SWV for a toelaatbaarheidsverklaring.

use crate::csrf::CsrfForm;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use passend_domain::VestigingCode;
use passend_domain::tlv::TlvSoort;
use passend_store::TlvAanvraag;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct TlvForm {
    soort: String,
    #[serde(default)]
    aanvragende_vestiging: String,
    #[serde(default)]
    ontvangende_vestiging: String,
    #[serde(default)]
    toelichting: String,
    /// Sent from a registration's page: back there afterwards (the registration gives no
    /// access to the TLV's own page).
    #[serde(default)]
    aanmelding: String,
}

pub async fn tlv_aanvragen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<TlvForm>,
) -> Page {
    let id = leerling_id(&id)?;
    let vestiging =
        |s: &str| VestigingCode::parse(s.trim()).map_err(|e| WebError::Ongeldig(e.to_string()));
    let aanvrager = match g.verzoeker.kijker.eigen_vestiging() {
        Some(eigen) if f.aanvragende_vestiging.trim().is_empty() => eigen.to_string(),
        _ => f.aanvragende_vestiging.clone(),
    };
    let a = TlvAanvraag {
        soort: TlvSoort::parse(&f.soort).map_err(|e| WebError::Ongeldig(e.to_string()))?,
        aanvragende_vestiging: vestiging(&aanvrager)?,
        ontvangende_vestiging: Some(f.ontvangende_vestiging.trim())
            .filter(|s| !s.is_empty())
            .map(vestiging)
            .transpose()?,
        toelichting: f.toelichting,
    };
    let tlv = state
        .store
        .tlvs()
        .vraag_tlv_aan(
            &g.verzoeker,
            id,
            &a,
            crate::vandaag(),
            "/leerlingen/{id}/tlv",
        )
        .await?;
    match f.aanmelding.trim().parse::<i64>() {
        Ok(a) => Ok(Redirect::to(&format!("/aanmeldingen/{a}")).into_response()),
        Err(_) => Ok(Redirect::to(&format!("/tlv/{tlv}")).into_response()),
    }
}
