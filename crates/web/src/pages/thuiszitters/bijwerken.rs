//! The case's plan and the date of the offer.

use super::{back, zaak_id};
use crate::csrf::CsrfForm;
use crate::formulier::{datum, ingevuld};
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::{Path, State};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Bijwerken {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    aanbod_datum: String,
}

pub async fn bijwerken(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Bijwerken>,
) -> Page {
    let id = zaak_id(&id)?;
    let aanbod = datum("aanbod_datum", ingevuld(&f.aanbod_datum))
        .map_err(|e| e.op_pagina(&[("aanbod_datum", "datum van het aanbod")]))?;
    let plan = Some(f.plan.as_str()).filter(|p| !p.trim().is_empty());
    state
        .store
        .thuiszitters()
        .werk_zaak_bij(
            &g.verzoeker,
            id,
            plan,
            aanbod,
            vandaag(),
            "/thuiszitters/{id}/bijwerken",
        )
        .await?;
    back(id)
}
