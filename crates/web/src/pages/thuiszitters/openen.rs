//! Opening a case from a pupil's dossier.

use super::back;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::thuiszitters::ZaakVelden;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use passend_store::LeerlingId;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Openen {
    soort: String,
    startdatum: String,
}

/// Opens a case from a pupil's dossier.
pub async fn openen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Openen>,
) -> Page {
    let leerling = id
        .parse::<i64>()
        .map(LeerlingId)
        .map_err(|_| WebError::NietGevonden)?;
    let (soort, start) = ZaakVelden {
        soort: &f.soort,
        startdatum: ingevuld(&f.startdatum),
    }
    .lees()
    .map_err(|e| e.op_pagina(&[("startdatum", "eerste dag thuis")]))?;
    let zaak = state
        .store
        .thuiszitters()
        .open_zaak(
            &g.verzoeker,
            leerling,
            soort,
            start,
            vandaag(),
            "/leerlingen/{id}/thuiszitterzaak",
        )
        .await?;
    back(zaak)
}
