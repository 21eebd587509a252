//! Ondersteuningsbekostiging of the samenwerkingsverbanden in the regime with peildatum
//! 1 oktober (schooljaren 2014-2015 to 2021-2022): what each SWV receives from the Rijk for
//! lichte and zware ondersteuning, what it pays for the (v)so pupils charged to it
//! (afdracht, WPO art. 132 lid 4, WVO art. 85b lid 3) and for their growth up to 1 februari
//! (WPO art. 125b, WVO art. 85d), and the verevening (Wet passend onderwijs art. XIII/XV).
//!
//! The amounts are data: one rule-set file per schooljaar ([`Regelset`]), each amount with
//! its source; the shipped ones are [`Regelsets::ingebouwd`]. The engine ([`bereken`]) is a
//! pure function of counts; reading and writing files is the batch's job.

mod bereken;
mod groep;
mod ingebouwd;
mod invoer;
mod lezen;
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
pub use invoer::{AfdrachtNaar, Invoer, LeerlingenTelling, Peildatum, TlvTelling};
pub use lezen::parse_bedrag;
pub use regelset::{
    BEDRAG_SLEUTELS, Bedrag, REGIME_PEILDATUM_1_OKTOBER, Regelset, RegelsetError, Regelsets,
};
/// Re-exported so that callers use the same decimal type without depending on it.
pub use rust_decimal::{Decimal, RoundingStrategy};
pub use telling::{
    AfdrachtRegel, TlvLeerling, afdracht_per_groep, afdracht_totaal, betaler, tel_tlv, teldata,
};
pub use uitkomst::{Component, SwvBekostiging, Toelichting};
