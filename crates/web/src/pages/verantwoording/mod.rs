//! Ondersteuningsplan, disputes and vso outflow: the SWV keeps its plan in versions with OOGO
//! and the ondersteuningsplanraad's consent, the OPR and national supervision read it with the
//! figures they need (never a single pupil); disputes and leavers are pupil data, scoped in
//! the store.

mod dossier;
mod geschil;
mod geschillen;
mod instemming;
mod nieuw_plan;
mod overleg;
mod overzicht;
mod plan;
mod uitstroom;
mod uitstroom_grafiek;
mod uitstroom_leerlingen;
mod uitstroom_vastleggen;
mod vaststelling;

pub use dossier::*;
pub use geschil::*;
pub use geschillen::*;
pub use instemming::*;
pub use nieuw_plan::*;
pub use overleg::*;
pub use overzicht::*;
pub use plan::*;
pub use uitstroom::*;
pub use uitstroom_leerlingen::*;
pub use uitstroom_vastleggen::*;
pub use vaststelling::*;

use super::Page;
use crate::WebError;
use crate::export::Cel;
use crate::format::datum;
use crate::session::Gebruiker;
use axum::response::{IntoResponse, Redirect};
use jiff::civil::Date;
use passend_domain::Schooljaar;

fn dag(d: &Option<Date>) -> String {
    d.map(datum).unwrap_or_default()
}

/// A date however a template holds it (owned, or borrowed once or twice).
trait AlsDatum {
    fn als_datum(&self) -> Date;
}

impl AlsDatum for Date {
    fn als_datum(&self) -> Date {
        *self
    }
}

impl<T: AlsDatum + ?Sized> AlsDatum for &T {
    fn als_datum(&self) -> Date {
        (**self).als_datum()
    }
}

fn nummer(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

/// The SWV whose plan the caller works on or reads as its own.
fn eigen_swv(g: &Gebruiker) -> Option<String> {
    g.verzoeker.kijker.eigen_swv().map(String::from)
}

fn schooljaar_veld(s: &str, wat: &str) -> Result<Schooljaar, WebError> {
    Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("{wat}: {e}")))
}

fn naar_plan(id: i64) -> Page {
    Ok(Redirect::to(&format!("/verantwoording/plannen/{id}")).into_response())
}

fn ja_nee(b: bool) -> Cel {
    if b { "ja" } else { "nee" }.into()
}
