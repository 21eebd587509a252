//! The thuiszitter register in the web application: the list of cases in the user's scope,
//! one case with its ladder and the forms for plan, offer, solution and binding decision,
//! opening a case from a pupil's dossier, and an SWV's escalation ladder.

mod besluit;
mod bijwerken;
mod ladder;
mod lijst;
mod openen;
mod oplossen;
mod zaak;

pub use besluit::*;
pub use bijwerken::*;
pub use ladder::*;
pub use lijst::*;
pub use openen::*;
pub use oplossen::*;
pub use zaak::*;

use super::Page;
use crate::WebError;
use crate::format::datum;
use axum::response::{IntoResponse, Redirect};
use passend_domain::thuiszitters::Soort;
use passend_store::Zaak;

pub struct ZaakRegel {
    pub z: Zaak,
    pub start: String,
    pub deadline: String,
    pub soort: &'static str,
}

impl From<Zaak> for ZaakRegel {
    fn from(z: Zaak) -> Self {
        let soort = Soort::parse(&z.soort)
            .map(Soort::omschrijving)
            .unwrap_or("");
        Self {
            start: datum(z.startdatum),
            deadline: datum(z.deadline),
            soort,
            z,
        }
    }
}

fn zaak_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

fn back(id: i64) -> Page {
    Ok(Redirect::to(&format!("/thuiszitters/{id}")).into_response())
}
