//! The school registers a written aanmelding.

use crate::csrf::CsrfForm;
use crate::formulier::aanmelding::{AanmeldingVelden, LeerlingVelden};
use crate::formulier::ingevuld;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::{Bsn, Onderwijsnummer, VestigingCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Nieuw {
    voornaam: String,
    #[serde(default)]
    tussenvoegsel: String,
    achternaam: String,
    geboortedatum: String,
    postcode: String,
    persoonsnummer: String,
    ontvangen: String,
    #[serde(default)]
    gewenste_start: String,
    #[serde(default)]
    eerste_voorkeur: Option<String>,
    #[serde(default)]
    andere_scholen: String,
    #[serde(default)]
    extra_ondersteuning: Option<String>,
    #[serde(default)]
    beoordeling: String,
}

pub async fn registreer(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Nieuw>,
) -> Page {
    let today = vandaag();
    let school = g.verzoeker.kijker.scope.clone().unwrap_or_default();
    let vestiging = VestigingCode::parse(&school).map_err(|_| WebError::NietGevonden)?;
    // One field for either number: an onderwijsnummer only when it is no BSN.
    let nummer = f.persoonsnummer.as_str();
    let onderwijsnummer = Bsn::parse(nummer).is_err() && Onderwijsnummer::parse(nummer).is_ok();
    let n = AanmeldingVelden {
        leerling: LeerlingVelden {
            bsn: (!onderwijsnummer).then_some(nummer),
            onderwijsnummer: onderwijsnummer.then_some(nummer),
            voornaam: &f.voornaam,
            tussenvoegsel: Some(&f.tussenvoegsel),
            achternaam: &f.achternaam,
            geboortedatum: ingevuld(&f.geboortedatum),
            woon_postcode: &f.postcode,
        },
        ontvangen: ingevuld(&f.ontvangen),
        gewenste_start: ingevuld(&f.gewenste_start),
        eerste_voorkeur: f.eerste_voorkeur.is_some(),
        andere_scholen: &f.andere_scholen,
        extra_ondersteuning: f.extra_ondersteuning.is_some(),
        beoordeling: Some(&f.beoordeling),
    }
    .lees(vestiging, today)
    .map_err(|e| {
        e.op_pagina(&[
            ("leerling.bsn", "persoonsnummer"),
            ("leerling.onderwijsnummer", "persoonsnummer"),
            ("leerling.voornaam", "voornaam"),
            ("leerling.achternaam", "achternaam"),
            ("leerling.geboortedatum", "geboortedatum"),
            ("leerling.woon_postcode", "postcode"),
            ("leerling", "naam"),
            ("ontvangen", "datum van ontvangst"),
            ("gewenste_start", "gewenste startdatum"),
        ])
    })?;
    let id = state
        .store
        .aanmeldingen()
        .registreer_aanmelding(&g.verzoeker, &n, today, "/aanmeldingen")
        .await?;
    Ok(Redirect::to(&format!("/aanmeldingen/{id}")).into_response())
}
