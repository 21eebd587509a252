//! Money in the application (issue 7): the budget of every SWV computed from the registered
//! enrolments and TLVs with the rule set of the schooljaar (or a clearly labelled
//! *rekenvoorbeeld* with a shipped rule set), the SWV's verdeelmodel and the payments it
//! gives, the annual figures with the inspectie's reserve check, and key figures for the
//! other areas.
//!
//! Budgets are aggregates, not pupil data. Who sees what is decided here ([`GeldBereik`]);
//! outside the caller's scope the answer is "not found". The computation itself is always
//! national (every SWV's counts), so that moving the afdracht between SWVs under a payer
//! scenario keeps the national total, and is then cut down to what the caller may see.

mod telling;

use crate::audit::{Actie, commit_audited};
use crate::toegang::Verzoeker;
use crate::{StoreError, instant_text};
use passend_domain::bekostiging::reserves::{Reservetoets, toets_reserve};
use passend_domain::bekostiging::verdeelmodel::{Ontvanger, Verdeelmodel, Verdeling, verdeel};
use passend_domain::bekostiging::{
    AfdrachtNaar, AfdrachtRegel, Invoer, Regelset, Regelsets, SwvBekostiging, afdracht_per_groep,
    afdracht_totaal,
};
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::toegang::Functie;
use passend_domain::{Schooljaar, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

pub use telling::Telling;

mod begroting;
mod bereik;
mod betalingen;
mod jaarcijfers;
mod kerncijfers;
mod regelsets;
mod verdeelmodel;

pub use begroting::*;
pub use bereik::*;
pub use betalingen::*;
pub use jaarcijfers::*;
pub use kerncijfers::*;
pub use regelsets::*;
pub use verdeelmodel::*;

fn niet_gevonden(swv: &str) -> StoreError {
    StoreError::NietGevonden {
        wat: "samenwerkingsverband",
        sleutel: swv.to_string(),
    }
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

pub(crate) fn decimaal(s: &str, veld: &str) -> Result<Decimal, StoreError> {
    Decimal::from_str(s.trim())
        .map_err(|_| ongeldig(format!("{veld}: '{s}' is geen getal in de database")))
}

pub const NAAR_ALLE: [AfdrachtNaar; 3] =
    [AfdrachtNaar::Tlv, AfdrachtNaar::Woon, AfdrachtNaar::School];

/// `tlv`, `woon` or `school`.
pub fn naar_van(tekst: &str) -> Result<AfdrachtNaar, StoreError> {
    match tekst.trim() {
        "" | "tlv" => Ok(AfdrachtNaar::Tlv),
        "woon" => Ok(AfdrachtNaar::Woon),
        "school" => Ok(AfdrachtNaar::School),
        other => Err(ongeldig(format!(
            "afdrachtNaar: '{other}' is onbekend; kies tlv, woon of school"
        ))),
    }
}

pub fn naar_tekst(naar: AfdrachtNaar) -> &'static str {
    match naar {
        AfdrachtNaar::Tlv => "tlv",
        AfdrachtNaar::Woon => "woon",
        AfdrachtNaar::School => "school",
    }
}

/// The schooljaar whose teldatum (1 oktober of the year before) is the latest one on or
/// before `today`: the most recent budget that can be counted.
pub fn laatste_telbare_schooljaar(today: jiff::civil::Date) -> Schooljaar {
    let jaar = if (today.month(), today.day()) >= (10, 1) {
        today.year()
    } else {
        today.year() - 1
    };
    Schooljaar::starting_in(jaar + 1)
}
