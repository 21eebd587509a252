//! The school's decision on a registration.

use super::{datum_veld, nummer, terug};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use passend_domain::zorgplicht::{Besluit, Uitzondering};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct BesluitForm {
    soort: String,
    #[serde(default)]
    andere_school: String,
    #[serde(default)]
    bereid_op: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    stem_kind: String,
}

pub async fn besluit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<BesluitForm>,
) -> Page {
    let id = nummer(&id)?;
    let uitzondering = |soort| Besluit::Uitzondering {
        soort,
        reden: f.reden.clone(),
    };
    let besluit = match f.soort.as_str() {
        "toegelaten" => Besluit::Toegelaten {
            extra_ondersteuning: false,
        },
        "toegelaten-extra" => Besluit::Toegelaten {
            extra_ondersteuning: true,
        },
        "elders" => Besluit::ElderToegelaten {
            andere_school: f.andere_school.trim().to_string(),
            bereid_op: datum_veld(&f.bereid_op, "datum bereidverklaring")?,
        },
        "tlv" => Besluit::TlvRoute,
        "niet-behandeld" => Besluit::NietBehandeld,
        "geen-plaatsruimte" => uitzondering(Uitzondering::GeenPlaatsruimte),
        "grondslag" => uitzondering(Uitzondering::Grondslag),
        "toelatingsvoorwaarden" => uitzondering(Uitzondering::Toelatingsvoorwaarden),
        other => return Err(WebError::Ongeldig(format!("'{other}' is geen besluit"))),
    };
    state
        .store
        .aanmeldingen()
        .beslis_aanmelding(
            &g.verzoeker,
            id,
            &besluit,
            &f.stem_kind,
            vandaag(),
            "/aanmeldingen/{id}/besluit",
        )
        .await?;
    terug(id)
}
