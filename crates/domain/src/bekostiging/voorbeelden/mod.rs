//! Engine tests on whole examples: hand-computed SWVs, the worked example of RULES.md §3.9,
//! and the payer-rule scenarios of `--afdracht-naar`.

use super::bereken::{BekostigingError, bereken};
use super::groep::{Categorie::*, Leeftijdsgroep::*, TlvGroep};
use super::invoer::{AfdrachtNaar, Invoer, LeerlingenTelling, Peildatum, TlvTelling};
use super::regelset::{Regelset, Regelsets};
use super::uitkomst::Component;
use crate::codes::SwvCode;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use rust_decimal::Decimal;

mod afdracht;
mod met_de_hand;
mod randgevallen;
mod rekenvoorbeeld;

pub fn swv(code: &str) -> SwvCode {
    SwvCode::parse(code).unwrap()
}
pub fn eur(s: &str) -> Decimal {
    s.parse().unwrap()
}
pub fn set(sj: &str) -> &'static Regelset {
    Regelsets::ingebouwd()
        .voor(Schooljaar::parse(sj).unwrap())
        .unwrap()
}
pub fn tel(code: &str, schoolsoort: Schoolsoort, aantal: u64) -> LeerlingenTelling {
    LeerlingenTelling {
        swv: swv(code),
        schoolsoort,
        aantal,
    }
}
/// `n` pupils of `groep` on `peildatum`; SWVs: TLV, woon, school.
pub fn tlv(peildatum: Peildatum, groep: TlvGroep, swvs: [&str; 3], aantal: u64) -> TlvTelling {
    TlvTelling {
        peildatum,
        groep,
        tlv_swv: swv(swvs[0]),
        woon_swv: swv(swvs[1]),
        school_swv: Some(swv(swvs[2])),
        aantal,
    }
}
