//! Recording a request for a vrijstelling.

use super::leerplicht_only;
use crate::csrf::CsrfForm;
use crate::formulier::ingevuld;
use crate::formulier::leerplicht::{DocumentVelden, VrijstellingVelden};
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, vandaag};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Aanvraag {
    leerling: String,
    grond: String,
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    verklaring_datum: String,
    #[serde(default)]
    verklaring_van_behandelaar: Option<String>,
    #[serde(default)]
    swv_advies_uiterlijk: String,
    #[serde(default)]
    document_soort: String,
    #[serde(default)]
    document_datum: String,
    #[serde(default)]
    document_omschrijving: String,
}

pub async fn vraag_aan(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Aanvraag>,
) -> Page {
    leerplicht_only(&g)?;
    let v = VrijstellingVelden {
        leerling: &f.leerling,
        grond: &f.grond,
        van: ingevuld(&f.van),
        tot: ingevuld(&f.tot),
        verklaring_datum: ingevuld(&f.verklaring_datum),
        verklaring_van_behandelaar: f.verklaring_van_behandelaar.is_some(),
        swv_advies_uiterlijk: ingevuld(&f.swv_advies_uiterlijk),
        document: ingevuld(&f.document_soort).map(|_| DocumentVelden {
            soort: &f.document_soort,
            datum: ingevuld(&f.document_datum),
            omschrijving: &f.document_omschrijving,
        }),
    }
    .lees()
    .map_err(|e| {
        e.op_pagina(&[
            ("van", "begindatum"),
            ("tot", "einddatum"),
            ("verklaring_datum", "datum van de verklaring"),
            (
                "swv_advies_uiterlijk",
                "advies samenwerkingsverband uiterlijk",
            ),
            ("document_datum", "datum van het document"),
        ])
    })?;
    state
        .store
        .leerplicht()
        .vraag_vrijstelling(&g.verzoeker, &v, vandaag(), "/leerplicht/vrijstellingen")
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}
