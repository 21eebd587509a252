//! Governance: the ondersteuningsplan, OOGO, OPR consent, disputes and vso outflow (RULES §1.4, §2.5, §6.1).
//!
//! Pure rules: the plan's period, the conditions for marking it final (vaststellen), the
//! submission deadline to the inspectie, the geschillencommissie's term, and the comparison of
//! the vso uitstroomprofiel an OPP expected with where the pupil went.

use crate::opp::Uitstroom;
use crate::schooljaar::Schooljaar;
use jiff::ToSpan;
use jiff::civil::{Date, date};

mod geschil;
mod plan;
mod streefwaarde;
mod uitstroom;
mod vaststelling;

pub use geschil::*;
pub use plan::*;
pub use streefwaarde::{behaald, mag_antwoorden};
pub use uitstroom::*;
pub use vaststelling::*;

#[cfg(test)]
mod tests;
