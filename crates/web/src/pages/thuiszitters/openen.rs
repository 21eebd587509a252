//! Opening a case from a pupil's dossier.

use super::{back, parse_date};
use crate::csrf::CsrfForm;
use crate::pages::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError, vandaag};
use axum::extract::{Path, State};
use passend_domain::thuiszitters::Soort;
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
    let soort = Soort::parse(&f.soort)
        .ok_or_else(|| WebError::Ongeldig(format!("'{}' is geen soort verzuim", f.soort)))?;
    let start = parse_date(&f.startdatum, "eerste dag thuis")?
        .ok_or_else(|| WebError::Ongeldig("vul de eerste dag thuis in".into()))?;
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
