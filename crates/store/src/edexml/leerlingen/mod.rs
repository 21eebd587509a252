//! The pupils of a roster: found by BSN or onderwijsnummer first, then by the EDEXML key
//! (or ECK iD) stored for the vestiging at an earlier import; created when new, brought up
//! to date when known, and enrolled at the vestiging when they have no current enrolment
//! there. Look-ups and writes go in chunks, not one statement per pupil.

use super::Voortgang;
use super::controle::{Nummer, Rij};
use super::sql::{execute_in, insert_returning, select_in, update_rows};
use crate::StoreError;
use crate::bulk::{Value, insert_rows};
use jiff::civil::Date;
use passend_domain::{
    Inschrijving, InschrijvingError, Inschrijvingen, LeerlingError, VestigingCode,
};
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeSet, HashMap};

mod plannen;
mod schrijven;
mod vergelijking;

pub(super) use plannen::*;
pub(super) use schrijven::*;
use vergelijking::*;

/// Pupils per look-up round (each round is a few statements).
const BLOK: usize = 1_000;

/// A known pupil as stored.
struct Bestaand {
    voornaam: String,
    tussenvoegsel: Option<String>,
    achternaam: String,
    geboortedatum: String,
    postcode: String,
    pc4: i64,
    bsn: Option<String>,
    onderwijsnummer: Option<String>,
    inschrijvingen: Vec<Inschrijving>,
}

/// What the import will do with the pupils, decided before anything is written.
pub(super) struct Plan {
    /// Per row: the pupil's id (known pupils now, new ones once created).
    pub(super) ids: Vec<Option<i64>>,
    /// Per row: whether something about the known pupil changes.
    pub(super) gewijzigd: Vec<bool>,
    /// Names of the changed columns, for the audit entry.
    pub(super) velden: BTreeSet<&'static str>,
    nieuw: Vec<usize>,
    /// (row, id, voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, bsn, onderwijsnummer)
    bijwerken: Vec<Vec<Value>>,
    inschrijven: Vec<usize>,
    sleutels: HashMap<String, (i64, Option<String>)>,
    /// Rows passend cannot hold as a pupil, with what is missing: kept in the roster only.
    pub(super) rooster: Vec<(usize, Vec<String>)>,
    /// Values the file gave that were not used; the import goes on.
    pub(super) waarschuwingen: Vec<String>,
}

impl Plan {
    pub(super) fn nieuw(&self) -> usize {
        self.nieuw.len()
    }

    /// Per row: whether the pupil is created by this import.
    pub(super) fn is_nieuw(&self) -> Vec<bool> {
        let mut uit = vec![false; self.ids.len()];
        for &at in &self.nieuw {
            uit[at] = true;
        }
        uit
    }

    pub(super) fn inschrijvingen(&self) -> usize {
        self.inschrijven.len()
    }
}

fn date(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {text}")))
}
