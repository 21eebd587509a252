//! Budgets, verdeelmodel, reserves and annual-report tables (issue 7). Who sees what is
//! decided by the store (`passend_store::geld`); these handlers only read the query, call
//! it and draw. Every list can be downloaded with `?formaat=csv|xlsx` on the page URL.

mod begroting;
mod begroting_regels;
mod begroting_tabel;
mod betaling;
mod jaarcijfers;
mod jaarverslag;
mod jaarverslag_tabel;
mod keuze;
mod landelijk;
mod ontvangen;
mod regelsets;
mod staaf;
mod verdeelmodel;
mod verdeling;

pub use begroting::*;
pub use jaarcijfers::*;
pub use jaarverslag::*;
pub use landelijk::*;
pub use ontvangen::*;
pub use regelsets::*;
pub use verdeelmodel::*;
pub use verdeling::*;

use super::Page;
use crate::session::Gebruiker;
use crate::{AppState, WebError};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_domain::SwvCode;
use passend_domain::bekostiging::{Component, Decimal, RoundingStrategy};
use passend_store::geld::GeldBereik;

/// The largest rule-set file the beheerder may upload.
pub const MAX_REGELSET: usize = 256 * 1024;

/// An amount as `€ 1.234,56` (half away from zero to the cent).
pub fn eur(d: Decimal) -> String {
    let c = (d * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_string()
        .parse::<i64>()
        .unwrap_or(0);
    crate::format::euro(c)
}

fn eur_opt(d: Option<Decimal>) -> String {
    d.map(eur).unwrap_or_else(|| "ontbreekt".into())
}

pub fn component_naam(c: Component) -> &'static str {
    match c {
        Component::LichteOndersteuning => "Lichte ondersteuning",
        Component::ZwareOndersteuning => "Zware ondersteuning",
        Component::AfdrachtSo => "Afdracht so",
        Component::AfdrachtVso => "Afdracht vso",
        Component::Verevening => "Verevening",
        Component::Groei => "Groei (1 februari)",
        Component::SboGroei => "Sbo-groei (1 februari)",
        Component::Sbo2Procent => "Sbo boven 2%",
        Component::LwooPro => "Lwoo en pro",
        Component::Uitputting => "Uitputting (ten laste van de scholen)",
    }
}

fn swv_code(code: &str) -> Result<SwvCode, WebError> {
    SwvCode::parse(code).map_err(|_| WebError::NietGevonden)
}

/// `/geld`: the money page that fits the caller's role.
pub async fn start(State(state): State<AppState>, g: Gebruiker) -> Page {
    if g.mag(passend_domain::Functie::Beheer) {
        return Ok(Redirect::to("/beheer/regelsets").into_response());
    }
    let doel = match state.store.geld().geld_bereik(&g.verzoeker)? {
        GeldBereik::Landelijk => "/geld/landelijk".to_string(),
        GeldBereik::Swv { swv, .. } => format!("/swv/{swv}/begroting"),
        GeldBereik::Bestuur(_) => "/geld/ontvangen".to_string(),
    };
    Ok(Redirect::to(&doel).into_response())
}

fn pct(d: Decimal) -> String {
    (d * Decimal::ONE_HUNDRED)
        .normalize()
        .to_string()
        .replace('.', ",")
}
