//! Arrangementen: the school asks its SWV, the loket/MDO meeting discusses it, the SWV
//! decides (what, how long, what it costs) and the school or SWV evaluates it.

mod aanvraag;
mod besluit;
mod caseload;
mod evaluatie;
mod lezen;
mod onderdelen;
mod overleg;
mod schema;
mod van_leerling;

pub use aanvraag::*;
pub use besluit::*;
pub use caseload::*;
pub use evaluatie::*;
pub use lezen::*;
pub use overleg::*;
pub use van_leerling::*;

use super::veld;
use crate::api::problem::ApiError;
use passend_domain::arrangement::Partij;

/// Parties at a table, refused by name when unknown.
pub(crate) fn partijen(namen: &[String], naam: &str) -> Result<Vec<Partij>, ApiError> {
    namen
        .iter()
        .map(|p| {
            Partij::parse(p).ok_or_else(|| {
                veld(
                    naam,
                    format!(
                        "'{p}' is geen partij: kies uit {}",
                        Partij::ALL.map(|p| p.as_str()).join(", ")
                    ),
                )
            })
        })
        .collect()
}
