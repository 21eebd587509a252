//! Damage to CSV files, shared by the property tests of every CSV reader: the uploads of the
//! web application (`tests/it/web_eenheid/invoer_vijandig.rs`, which includes this file) and the
//! batch files (`main.rs` here). Like the XML mutations of `crates/uitwisseling`, they start
//! from valid files, so that most damaged files still reach the checks of a row.
//!
//! `PASSEND_FUZZ_CASES` sets the number of cases per kind of damage and per reader (the
//! tests' default is small); `PROPTEST_RNG_SEED` replays a run.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

#[path = "mutaties/draaien.rs"]
mod draaien;
#[path = "mutaties/kiezen.rs"]
mod kiezen;
#[path = "mutaties/toepassen.rs"]
mod toepassen;
#[path = "mutaties/waarden.rs"]
mod waarden;

pub use draaien::aantal_gevallen;
pub use draaien::aantal_regels;
pub use draaien::draai;
pub use draaien::nederlands;
use kiezen::mutaties;
use kiezen::regels;
use toepassen::toepassen;
use waarden::TEKENS;
use waarden::waarde;

/// The kinds of damage a file can take on its way.
#[derive(Debug, Clone, Copy)]
pub enum Soort {
    /// Random bytes, or CSV's own characters in random order: no valid file to start from.
    Willekeurig,
    /// Random bits flipped at random places.
    Bitflips,
    /// Cut off at a random point.
    Afkappen,
    /// Random bytes inserted at a random place.
    Bytes,
    /// A delimiter, quote, line end, NUL or byte order mark inserted at a random place.
    Tekens,
    /// One field replaced by a value the checks care about, a huge one, or invalid UTF-8.
    Veld,
    /// Lines duplicated, dropped, swapped, joined, or blank lines added.
    Regels,
    /// The whole file re-encoded: BOM, CRLF or CR line ends, Latin-1, UTF-16, no final
    /// line end, NUL padding.
    Codering,
}

pub const SOORTEN: [Soort; 8] = [
    Soort::Willekeurig,
    Soort::Bitflips,
    Soort::Afkappen,
    Soort::Bytes,
    Soort::Tekens,
    Soort::Veld,
    Soort::Regels,
    Soort::Codering,
];

#[derive(Debug, Clone)]
pub enum Waarde {
    Tekst(Vec<u8>),
    /// `lengte` copies of one byte; made only when applied, so shrinking stays cheap.
    Groot(u8, usize),
}

#[derive(Debug, Clone, Copy)]
pub enum RegelOp {
    Dubbel,
    Weg,
    Wissel,
    Leeg,
    Samen,
}

#[derive(Debug, Clone, Copy)]
pub enum Codering {
    Bom,
    Crlf,
    Cr,
    Latin1,
    Utf16,
    ZonderSlot,
    Nul,
}

#[derive(Debug, Clone)]
pub enum Mutatie {
    Vervang(Vec<u8>),
    Flip {
        waar: Index,
        masker: u8,
    },
    Afkappen {
        waar: Index,
    },
    Bytes {
        waar: Index,
        bytes: Vec<u8>,
    },
    Teken {
        waar: Index,
        teken: &'static [u8],
    },
    Veld {
        welk: Index,
        waarde: Waarde,
    },
    Regel {
        welke: Index,
        andere: Index,
        op: RegelOp,
    },
    Codering(Codering),
}
