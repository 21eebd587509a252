//! The SWV's decision, and its letter as a PDF.

use super::{terug, tlv_id};
use crate::AppState;
use crate::formulier::ingevuld;
use crate::formulier::tlv::TlvBesluitVelden;
use crate::pages::Page;
use crate::pages::bevestigen::{Besluitformulier, Stap, bevestig};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use passend_domain::brief::Briefsoort;
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

/// The SWV's decision: checked and shown for confirmation first; recorded when confirmed.
pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    form: Besluitformulier<BesluitForm>,
) -> Page {
    let id = tlv_id(&id)?;
    let (f, route) = (&form.velden, "/tlv/{id}/besluit");
    if form.stap == Stap::Terug {
        return super::detail::pagina(&state, id, &g, form.invoer).await;
    }
    let b = TlvBesluitVelden {
        besluit: &f.besluit,
        reden: &f.reden,
        categorie: ingevuld(&f.categorie),
        ingang: ingevuld(&f.ingang),
        einde: ingevuld(&f.einde),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("ingang", "ingangsdatum"), ("einde", "einddatum")]))?;
    let t = state.store.tlvs();
    let today = crate::vandaag();
    if form.stap == Stap::Controleren {
        let v = t
            .controleer_tlv_besluit(&g.verzoeker, id, &b, today, route)
            .await?;
        return bevestig(&g, "Besluit over de toelaatbaarheid", &v, &form.invoer);
    }
    t.beslis_tlv(&g.verzoeker, id, &b, today, route).await?;
    terug(id)
}

/// The decision letter as a PDF, for printing and sending to the parents.
pub async fn brief_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
) -> Page {
    let id = tlv_id(&id)?;
    let b = state
        .store
        .brieven()
        .brief(
            &g.verzoeker,
            Briefsoort::Tlv,
            id,
            crate::vandaag(),
            "/tlv/{id}/besluit.pdf",
        )
        .await?;
    Ok(crate::download::besluitbrief(&b, id))
}
