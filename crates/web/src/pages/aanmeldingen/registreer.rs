//! The school registers a written aanmelding.

use super::datum_veld;
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::{Bsn, Leerling, Naam, Onderwijsnummer, Postcode, VestigingCode};
use passend_store::NieuweAanmelding;
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
    let fout = |e: &dyn std::fmt::Display| WebError::Ongeldig(e.to_string());
    let naam =
        Naam::new(&f.voornaam, Some(&f.tussenvoegsel), &f.achternaam).map_err(|e| fout(&e))?;
    let geboren = datum_veld(&f.geboortedatum, "geboortedatum")?
        .ok_or_else(|| WebError::Ongeldig("vul de geboortedatum in".into()))?;
    let postcode = Postcode::parse(&f.postcode).map_err(|e| fout(&e))?;
    let (bsn, onderwijsnummer) = match Bsn::parse(&f.persoonsnummer) {
        Ok(b) => (Some(b), None),
        Err(e) => (
            None,
            Some(Onderwijsnummer::parse(&f.persoonsnummer).map_err(|_| fout(&e))?),
        ),
    };
    let leerling = Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
        .map_err(|e| fout(&e))?;
    let n = NieuweAanmelding {
        leerling,
        vestiging,
        ontvangen: datum_veld(&f.ontvangen, "datum van ontvangst")?
            .ok_or_else(|| WebError::Ongeldig("vul de datum van ontvangst in".into()))?,
        gewenste_start: datum_veld(&f.gewenste_start, "gewenste startdatum")?,
        eerste_voorkeur: f.eerste_voorkeur.is_some(),
        andere_scholen: f.andere_scholen,
        extra_ondersteuning: f.extra_ondersteuning.is_some(),
        beoordeling: Some(f.beoordeling),
    };
    let id = state
        .store
        .aanmeldingen()
        .registreer_aanmelding(&g.verzoeker, &n, today, "/aanmeldingen")
        .await?;
    Ok(Redirect::to(&format!("/aanmeldingen/{id}")).into_response())
}
