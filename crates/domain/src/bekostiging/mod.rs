//! Ondersteuningsbekostiging of the samenwerkingsverbanden in the regime with peildatum
//! 1 oktober (schooljaren 2014-2015 to 2021-2022) and, with a user's rule set, the regime
//! with teldatum 1 februari (from 2023): what each SWV receives from the Rijk for lichte and
//! zware ondersteuning, what it pays for the (v)so pupils charged to it (afdracht, WPO art.
//! 132 lid 4, WVO art. 85b lid 3) and for their growth up to 1 februari (WPO art. 125b, WVO
//! art. 85d), the sbo transfers (WPO art. 124 lid 1 and 2), lwoo/pro (WVO art. 85b1), the
//! uitputting charged to the schools (WPO art. 125a, WVO art. 85c) and the verevening (Wet
//! passend onderwijs art. XIII/XV).
//!
//! The amounts are data: one rule-set file per schooljaar ([`Regelset`]), each amount with
//! its source; the shipped ones are [`Regelsets::ingebouwd`]. The engine ([`bereken`]) is a
//! pure function of counts; reading and writing files is the batch's job.

mod bereken;
mod groep;
mod ingebouwd;
mod invoer;
mod lezen;
mod overdracht;
mod regelset;
mod telling;
mod uitkomst;
#[cfg(test)]
mod voorbeelden;

pub mod reserves;
pub mod verdeelmodel;

pub use bereken::{BekostigingError, bereken};
pub use groep::{Categorie, GroepError, Leeftijdsgroep, TlvGroep};
pub use ingebouwd::INGEBOUWDE_REGELSETS;
pub use invoer::{AfdrachtNaar, Invoer, LeerlingenTelling, Peildatum, SchoolTelling, TlvTelling};
pub use lezen::parse_bedrag;
pub use regelset::{
    BEDRAG_SLEUTELS, Bedrag, REGIME_PEILDATUM_1_OKTOBER, REGIME_TELDATUM_1_FEBRUARI, Regelset,
    RegelsetError, Regelsets, Regime,
};
/// Re-exported so that callers use the same decimal type without depending on it.
pub use rust_decimal::{Decimal, RoundingStrategy};
pub use telling::{
    AfdrachtRegel, TlvLeerling, afdracht_per_groep, afdracht_totaal, betaler, tel_tlv, teldata,
};
pub use uitkomst::{Component, SwvBekostiging, Toelichting};
