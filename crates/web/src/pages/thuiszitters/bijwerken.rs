//! The case's plan and the date of the offer.

use super::{back, parse_date, zaak_id};
use crate::csrf::CsrfForm;
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
    let aanbod = parse_date(&f.aanbod_datum, "datum van het aanbod")?;
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
