//! Asking the SWV for a toelaatbaarheidsverklaring.

use crate::AppState;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::tlv::TlvAanvraagVelden;
use crate::pages::{Page, leerling_id};
use crate::session::Gebruiker;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
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
    let a = TlvAanvraagVelden {
        soort: &f.soort,
        aanvragende_vestiging: ingevuld(&f.aanvragende_vestiging),
        ontvangende_vestiging: ingevuld(&f.ontvangende_vestiging),
        toelichting: &f.toelichting,
        eigen_vestiging: g.verzoeker.kijker.eigen_vestiging(),
    }
    .lees()
    .map_err(|e| {
        e.op_pagina(&[
            ("aanvragende_vestiging", "aanvragende school"),
            ("ontvangende_vestiging", "ontvangende school"),
        ])
    })?;
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
