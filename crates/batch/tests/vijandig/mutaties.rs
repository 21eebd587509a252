//! Damage to CSV files, shared by the property tests of every CSV reader: the uploads of the
//! web application (`crates/web/src/invoer/vijandig.rs`, which includes this file) and the
//! batch files (`main.rs` here). Like the XML mutations of `crates/uitwisseling`, they start
//! from valid files, so that most damaged files still reach the checks of a row.
//!
//! `PASSEND_FUZZ_CASES` sets the number of cases per kind of damage and per reader (the
//! tests' default is small); `PROPTEST_RNG_SEED` replays a run.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

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

/// The characters that make CSV what it is, and a few that break text.
const TEKENS: &[&[u8]] = &[
    b",",
    b"\"",
    b"\"\"",
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b",\"\n",
    b";",
    b"\t",
    b" ",
    b"\0",
    b"\xef\xbb\xbf",
    b"\\",
];

/// Values the checks of a field care about, right and wrong: numbers, hours, dates, BSNs
/// and onderwijsnummers, postcodes, codes, ja/nee, names and text that is hard to show.
const WAARDEN: &[&str] = &[
    "",
    " ",
    "0",
    "-1",
    "+1",
    "00",
    "1e3",
    "NaN",
    "inf",
    "5.5",
    "5,5",
    "5.25",
    "5.255",
    "5.500",
    ".5",
    "5.",
    "24",
    "24.01",
    "999999",
    "9999999",
    "99999999999999999999",
    "٣",
    "１",
    "2025-09-08",
    "2025-02-30",
    "2024-02-29",
    "2014-10-01",
    "2015-02-01",
    "0000-01-01",
    "9999-12-31",
    "-2025-01-01",
    "2025-9-8",
    "08-09-2025",
    "2025-09-08T00:00",
    "ja",
    "nee",
    "JA",
    "misschien",
    "123456782",
    "111222333",
    "123456789",
    "000000000",
    "1000002",
    "3431AB",
    "3431 ab",
    "1000 AA",
    "0999AA",
    "3431SA",
    "34",
    "90AA00",
    "10ZZ00",
    "PO2605",
    "PO2707",
    "VO2605",
    "po2707",
    "so",
    "vso",
    "bao",
    "L",
    "M",
    "H",
    "Q",
    "L1",
    "2015-2016",
    "Ünal",
    "O'Neil-Öztürk",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u{202e}evil",
    "a\u{0}b",
    "\"",
    "=cmd|' /C calc'!A0",
];

/// Bytes that are not UTF-8: a lone continuation, a cut sequence, a surrogate, an overlong
/// slash, Latin-1.
const GEEN_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"caf\xe9",
];

fn waarde() -> BoxedStrategy<Waarde> {
    prop_oneof![
        6 => prop::sample::select(WAARDEN).prop_map(|w| Waarde::Tekst(w.as_bytes().to_vec())),
        2 => "[ -~]{0,24}".prop_map(|w| Waarde::Tekst(w.into_bytes())),
        1 => prop::sample::select(GEEN_UTF8).prop_map(|w| Waarde::Tekst(w.to_vec())),
        1 => (prop::sample::select(&b"x9 \".,\n"[..]), 1_000..(1usize << 20))
            .prop_map(|(byte, lengte)| Waarde::Groot(byte, lengte)),
    ]
    .boxed()
}

pub fn mutaties(soort: Soort) -> BoxedStrategy<Vec<Mutatie>> {
    let een: BoxedStrategy<Mutatie> = match soort {
        Soort::Willekeurig => prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            prop::collection::vec(prop::sample::select(&b"a0,\"\r\n. -"[..]), 0..512),
        ]
        .prop_map(Mutatie::Vervang)
        .boxed(),
        Soort::Bitflips => (any::<Index>(), 1..=255u8)
            .prop_map(|(waar, masker)| Mutatie::Flip { waar, masker })
            .boxed(),
        Soort::Afkappen => any::<Index>()
            .prop_map(|waar| Mutatie::Afkappen { waar })
            .boxed(),
        Soort::Bytes => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..32))
            .prop_map(|(waar, bytes)| Mutatie::Bytes { waar, bytes })
            .boxed(),
        Soort::Tekens => (any::<Index>(), prop::sample::select(TEKENS))
            .prop_map(|(waar, teken)| Mutatie::Teken { waar, teken })
            .boxed(),
        Soort::Veld => (any::<Index>(), waarde())
            .prop_map(|(welk, waarde)| Mutatie::Veld { welk, waarde })
            .boxed(),
        Soort::Regels => (
            any::<Index>(),
            any::<Index>(),
            prop::sample::select(
                &[
                    RegelOp::Dubbel,
                    RegelOp::Weg,
                    RegelOp::Wissel,
                    RegelOp::Leeg,
                    RegelOp::Samen,
                ][..],
            ),
        )
            .prop_map(|(welke, andere, op)| Mutatie::Regel { welke, andere, op })
            .boxed(),
        Soort::Codering => prop::sample::select(
            &[
                Codering::Bom,
                Codering::Crlf,
                Codering::Cr,
                Codering::Latin1,
                Codering::Utf16,
                Codering::ZonderSlot,
                Codering::Nul,
            ][..],
        )
        .prop_map(Mutatie::Codering)
        .boxed(),
    };
    match soort {
        Soort::Willekeurig => prop::collection::vec(een, 1..2).boxed(),
        // A re-encoding and then some other damage: a CRLF file with a bad field, say.
        Soort::Codering => (een, prop::option::of((any::<Index>(), waarde())))
            .prop_map(|(codering, veld)| {
                let mut alle = vec![codering];
                alle.extend(veld.map(|(welk, waarde)| Mutatie::Veld { welk, waarde }));
                alle
            })
            .boxed(),
        _ => prop::collection::vec(een, 1..4).boxed(),
    }
}

/// (start, end) of every line, without its line end.
fn regels(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut uit = Vec::new();
    let mut begin = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            uit.push((begin, i));
            begin = i + 1;
        }
    }
    if begin < bytes.len() {
        uit.push((begin, bytes.len()));
    }
    uit
}

pub fn toepassen(bron: &[u8], mutaties: &[Mutatie]) -> Vec<u8> {
    let mut uit = bron.to_vec();
    for mutatie in mutaties {
        match mutatie {
            Mutatie::Vervang(bytes) => uit.clone_from(bytes),
            Mutatie::Flip { waar, masker } if !uit.is_empty() => {
                let i = waar.index(uit.len());
                uit[i] ^= masker;
            }
            Mutatie::Flip { .. } => {}
            Mutatie::Afkappen { waar } => uit.truncate(waar.index(uit.len() + 1)),
            Mutatie::Bytes { waar, bytes } => {
                let i = waar.index(uit.len() + 1);
                uit.splice(i..i, bytes.iter().copied());
            }
            Mutatie::Teken { waar, teken } => {
                let i = waar.index(uit.len() + 1);
                uit.splice(i..i, teken.iter().copied());
            }
            Mutatie::Veld { welk, waarde } => {
                // Fields as a naive split at delimiters and line ends: quotes are damage too.
                let mut velden = Vec::new();
                let mut begin = 0;
                for (i, &b) in uit.iter().enumerate() {
                    if matches!(b, b',' | b'\n' | b'\r') {
                        velden.push((begin, i));
                        begin = i + 1;
                    }
                }
                velden.push((begin, uit.len()));
                let (begin, eind) = velden[welk.index(velden.len())];
                let nieuw = match waarde {
                    Waarde::Tekst(t) => t.clone(),
                    Waarde::Groot(byte, lengte) => vec![*byte; *lengte],
                };
                uit.splice(begin..eind, nieuw);
            }
            Mutatie::Regel { welke, andere, op } => {
                let lijst = regels(&uit);
                if lijst.is_empty() {
                    continue;
                }
                let (b, e) = lijst[welke.index(lijst.len())];
                let regel = uit[b..e].to_vec();
                match op {
                    RegelOp::Dubbel => {
                        let mut kopie = regel;
                        kopie.push(b'\n');
                        uit.splice(b..b, kopie);
                    }
                    RegelOp::Weg => {
                        let tot = (e + 1).min(uit.len());
                        uit.drain(b..tot);
                    }
                    RegelOp::Leeg => {
                        uit.splice(b..b, *b"\n");
                    }
                    RegelOp::Samen => {
                        if e < uit.len() {
                            uit.remove(e);
                        }
                    }
                    RegelOp::Wissel => {
                        let (b2, e2) = lijst[andere.index(lijst.len())];
                        let tweede = uit[b2..e2].to_vec();
                        // The later span first, so the earlier offsets stay right.
                        if b2 > b {
                            uit.splice(b2..e2, regel);
                            uit.splice(b..e, tweede);
                        } else if b2 < b {
                            uit.splice(b..e, tweede);
                            uit.splice(b2..e2, regel);
                        }
                    }
                }
            }
            Mutatie::Codering(codering) => {
                uit = match codering {
                    Codering::Bom => [&b"\xef\xbb\xbf"[..], &uit].concat(),
                    Codering::Crlf => vervang_regeleinde(&uit, b"\r\n"),
                    Codering::Cr => vervang_regeleinde(&uit, b"\r"),
                    Codering::Latin1 => String::from_utf8_lossy(&uit)
                        .chars()
                        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                        .collect(),
                    Codering::Utf16 => std::iter::once(0xFEFFu16)
                        .chain(String::from_utf8_lossy(&uit).encode_utf16())
                        .flat_map(u16::to_le_bytes)
                        .collect(),
                    Codering::ZonderSlot => {
                        let mut u = uit.clone();
                        while u.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                            u.pop();
                        }
                        u
                    }
                    Codering::Nul => [&uit[..], &[0u8; 64][..]].concat(),
                }
            }
        }
    }
    uit
}

fn vervang_regeleinde(bytes: &[u8], einde: &[u8]) -> Vec<u8> {
    let mut uit = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if b == b'\n' {
            uit.extend_from_slice(einde);
        } else {
            uit.push(b);
        }
    }
    uit
}

/// The number of lines a person sees in `bytes`: a line ends at `\n`, `\r\n` or a lone
/// `\r`; text after the last line end is a line too.
pub fn aantal_regels(bytes: &[u8]) -> u64 {
    let einden = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    einden as u64 + 1
}

/// Fails on a message in English: the csv crate's own texts, or a library's error passed on.
pub fn nederlands(melding: &str) -> Result<(), TestCaseError> {
    for engels in [
        "CSV error",
        "CSV parse error",
        "found record",
        "invalid utf-8",
        "invalid",
        "failed",
        "expected",
        "error",
        "did not",
        " not ",
        " the ",
    ] {
        prop_assert!(
            !melding.contains(engels),
            "English ({engels:?}) in the message: {melding}"
        );
    }
    prop_assert!(!melding.trim().is_empty(), "an empty message");
    Ok(())
}

/// `PASSEND_FUZZ_CASES` if set, else `standaard`.
pub fn aantal_gevallen(standaard: u32) -> u32 {
    std::env::var("PASSEND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(standaard)
}

/// Runs `gevallen` random damages of kind `soort` to one of `bronnen` through `controleer`
/// (which is told which source was damaged); the failing (shrunk) case's description on
/// failure.
pub fn draai(
    soort: Soort,
    gevallen: u32,
    bronnen: &[&[u8]],
    controleer: impl Fn(usize, &[u8]) -> Result<(), TestCaseError>,
) -> Result<(), String> {
    let config = Config {
        cases: gevallen,
        // Keep the source tree clean; a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    runner
        .run(&(mutaties(soort), 0..bronnen.len()), |(mutaties, welke)| {
            controleer(welke, &toepassen(bronnen[welke], &mutaties))
        })
        .map_err(|fout| format!("{soort:?}: {fout}"))
}
