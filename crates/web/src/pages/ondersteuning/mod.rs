//! Support for one child (OPP, arrangementen, TLVs, symbiose, the one-table arrangement) and
//! the caseload of school, SWV and deskundige. Every read and write goes through the store's
//! scoped functions; the forms shown depend on the role, the store decides.

mod arrangement;
mod arrangement_besluit;
mod bijlage;
mod caseload;
mod dossier;
mod integraal;
mod opp;
mod opp_evaluatie;
mod opp_instemming;
mod symbiose;
mod tlv_aanvraag;

pub use arrangement::*;
pub use arrangement_besluit::*;
pub use bijlage::*;
pub use caseload::*;
pub use dossier::*;
pub use integraal::*;
pub use opp::*;
pub use opp_evaluatie::*;
pub use opp_instemming::*;
pub use symbiose::*;
pub use tlv_aanvraag::*;

use super::Page;
use crate::WebError;
use axum::response::{IntoResponse, Redirect};

fn terug(id: passend_store::LeerlingId) -> Page {
    Ok(Redirect::to(&format!("/leerlingen/{}/ondersteuning", id.0)).into_response())
}

fn tekst(s: &str) -> String {
    s.trim().to_string()
}

fn arrangement_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}
