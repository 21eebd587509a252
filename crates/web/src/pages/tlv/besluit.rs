//! The SWV's decision, and its letter as a PDF.

use super::{terug, tlv_id};
use crate::csrf::CsrfForm;
use crate::pages::{Page, datum_of_leeg, datum_veld};
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use passend_domain::tlv::Categorie;
use passend_store::TlvBesluit;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BesluitForm {
    besluit: String,
    #[serde(default)]
    categorie: String,
    #[serde(default)]
    ingang: String,
    #[serde(default)]
    einde: String,
    #[serde(default)]
    reden: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let b = match f.besluit.as_str() {
        "toegekend" => TlvBesluit::Toegekend {
            categorie: Some(f.categorie.trim())
                .filter(|c| !c.is_empty())
                .map(Categorie::parse)
                .transpose()
                .map_err(|e| WebError::Ongeldig(e.to_string()))?,
            ingang: datum_veld(&f.ingang, "ingangsdatum")?,
            einde: datum_of_leeg(&f.einde, "einddatum")?,
        },
        "afgewezen" => TlvBesluit::Afgewezen { reden: f.reden },
        other => {
            return Err(WebError::Ongeldig(format!(
                "'{other}' is geen besluit: toegekend of afgewezen"
            )));
        }
    };
    state
        .store
        .tlvs()
        .beslis_tlv(&g.verzoeker, id, &b, crate::vandaag(), "/tlv/{id}/besluit")
        .await?;
    terug(id)
}

/// The decision letter as a PDF, for printing and sending to the parents.
pub async fn brief_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = tlv_id(&id)?;
    let t = state
        .store
        .tlvs()
        .tlv_voor(&g.verzoeker, id, crate::vandaag(), "/tlv/{id}/besluit.pdf")
        .await?;
    crate::download::besluitbrief(&t).ok_or(WebError::NietGevonden)
}
