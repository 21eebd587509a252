//! Recording a request for a vrijstelling.

use super::{date_field, leerplicht_only};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_store::{LeerlingId, NieuweVrijstelling};
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
    swv_advies_datum: String,
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
    let leerling = f
        .leerling
        .trim()
        .parse::<i64>()
        .map_err(|_| WebError::Ongeldig(format!("'{}' is geen leerlingnummer", f.leerling)))?;
    let grond = Grond::parse(&f.grond).map_err(|e| WebError::Ongeldig(e.to_string()))?;
    let van = date_field(&f.van, "begindatum")?
        .ok_or_else(|| WebError::Ongeldig("vul de begindatum in".into()))?;
    let verklaring =
        date_field(&f.verklaring_datum, "datum van de verklaring")?.map(|d| Verklaring {
            datum: d,
            van_behandelaar: f.verklaring_van_behandelaar.is_some(),
        });
    let mut documenten = Vec::new();
    if !f.document_soort.trim().is_empty() {
        let d = date_field(&f.document_datum, "datum van het document")?
            .ok_or_else(|| WebError::Ongeldig("vul de datum van het document in".into()))?;
        documenten.push((f.document_soort.clone(), d, f.document_omschrijving.clone()));
    }
    let v = NieuweVrijstelling {
        leerling: LeerlingId(leerling),
        grond,
        van,
        tot: date_field(&f.tot, "einddatum")?,
        verklaring,
        swv_advies_datum: date_field(&f.swv_advies_datum, "datum advies samenwerkingsverband")?,
        documenten,
    };
    state
        .store
        .leerplicht()
        .vraag_vrijstelling(&g.verzoeker, &v, vandaag(), "/leerplicht/vrijstellingen")
        .await?;
    Ok(Redirect::to("/leerplicht").into_response())
}
