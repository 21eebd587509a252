//! Mutations of real files, shared by the property tests (`vijandig.rs`, modest case counts)
//! and the long fuzz run (`examples/fuzz.rs`, case count from `PASSEND_FUZZ_CASES`).

use passend_uitwisseling::{edexml, oso};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// The kinds of damage a file can take on its way.
#[derive(Debug, Clone, Copy)]
pub enum Soort {
    /// Random bits flipped at random places.
    Bitflips,
    /// Cut off at a random point.
    Afkappen,
    /// Random bytes inserted at a random place.
    Bytes,
    /// An element inserted after a random tag, with a name the formats use or a random one.
    Element,
    /// Elements nested deeper than any parser should follow.
    Nesten,
    /// The text of a random element replaced by a value the rules care about (a code, a
    /// category, a bad date, …), so the file often stays schema-valid and reaches the rules.
    Waarde,
}

pub const SOORTEN: [Soort; 6] = [
    Soort::Bitflips,
    Soort::Afkappen,
    Soort::Bytes,
    Soort::Element,
    Soort::Nesten,
    Soort::Waarde,
];

#[derive(Debug, Clone)]
pub enum Mutatie {
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
    Element {
        na_tag: Index,
        naam: String,
        tekst: String,
    },
    Nesten {
        na_tag: Index,
        diepte: usize,
    },
    Waarde {
        tekst: Index,
        waarde: String,
    },
}

/// Names the schemas and the readers care about, so inserted elements reach deep code.
/// Values that codes, categories, dates, counts and attachments can take, right and wrong.
const WAARDEN: &[&str] = &[
    "",
    "L",
    "M",
    "H",
    "Nvt",
    "X",
    "0",
    "1",
    "2",
    "9",
    "-1",
    "99999999999",
    "Ja",
    "Nee",
    "Onbekend",
    "true",
    "false",
    "VERPLICHT",
    "OPTIONEEL",
    "VERBODEN",
    "OPT-UIT",
    "swv-dossier",
    "overstapdossier",
    "2016-02-30",
    "2016-01-01",
    "12016-01-01",
    "0000-01-01",
    "2026-2027",
    "2026-2028",
    "UEsDBA==",
    "@@@",
    "123456782",
    "00YY",
];

const NAMEN: &[&str] = &[
    "verzuim",
    "tlv",
    "tlvcategorie",
    "bsn",
    "onderwijsnummer",
    "document",
    "bestandsinhoud",
    "diagnose",
    "opp",
    "inzage",
    "leerling",
    "groep",
    "samengestelde_groep",
    "geboortedatum",
    "datum",
    "cat_verzuim",
    "x",
];

pub fn mutaties(soort: Soort) -> BoxedStrategy<Vec<Mutatie>> {
    let een: BoxedStrategy<Mutatie> = match soort {
        Soort::Bitflips => (any::<Index>(), 1..=255u8)
            .prop_map(|(waar, masker)| Mutatie::Flip { waar, masker })
            .boxed(),
        Soort::Afkappen => any::<Index>()
            .prop_map(|waar| Mutatie::Afkappen { waar })
            .boxed(),
        Soort::Bytes => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(waar, bytes)| Mutatie::Bytes { waar, bytes })
            .boxed(),
        Soort::Element => (
            any::<Index>(),
            prop_oneof![
                prop::sample::select(NAMEN).prop_map(String::from),
                "[a-z_]{1,12}"
            ],
            prop_oneof![
                Just(String::new()),
                Just("2016-02-30".to_string()),
                Just("L".to_string()),
                Just("UEsDBA==".to_string()),
                "[ -~]{0,40}",
            ],
        )
            .prop_map(|(na_tag, naam, tekst)| Mutatie::Element {
                na_tag,
                naam,
                tekst,
            })
            .boxed(),
        Soort::Nesten => (any::<Index>(), 1..3000usize)
            .prop_map(|(na_tag, diepte)| Mutatie::Nesten { na_tag, diepte })
            .boxed(),
        Soort::Waarde => (
            any::<Index>(),
            prop_oneof![
                4 => prop::sample::select(WAARDEN).prop_map(String::from),
                1 => "[ -~]{0,20}",
            ],
        )
            .prop_map(|(tekst, waarde)| Mutatie::Waarde { tekst, waarde })
            .boxed(),
    };
    prop::collection::vec(een, 1..4).boxed()
}

pub fn toepassen(xml: &[u8], mutaties: &[Mutatie]) -> Vec<u8> {
    let mut uit = xml.to_vec();
    for mutatie in mutaties {
        let tags: Vec<usize> = uit
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'>')
            .map(|(i, _)| i + 1)
            .collect();
        let na = |index: &Index| match tags.len() {
            0 => 0,
            n => tags[index.index(n)],
        };
        match mutatie {
            Mutatie::Flip { waar, masker } if !uit.is_empty() => {
                let i = waar.index(uit.len());
                uit[i] ^= masker;
            }
            Mutatie::Flip { .. } => {}
            Mutatie::Afkappen { waar } => {
                let lengte = waar.index(uit.len() + 1);
                uit.truncate(lengte);
            }
            Mutatie::Bytes { waar, bytes } => {
                let i = waar.index(uit.len() + 1);
                uit.splice(i..i, bytes.iter().copied());
            }
            Mutatie::Element {
                na_tag,
                naam,
                tekst,
            } => {
                let i = na(na_tag);
                let element = format!("<{naam}>{tekst}</{naam}>");
                uit.splice(i..i, element.into_bytes());
            }
            Mutatie::Waarde { tekst, waarde } => {
                // Text between a '>' and the next '<' that is more than whitespace.
                let teksten: Vec<(usize, usize)> = tags
                    .iter()
                    .filter_map(|&begin| {
                        let lengte = uit.get(begin..)?.iter().position(|&b| b == b'<')?;
                        let inhoud = &uit[begin..begin + lengte];
                        (!inhoud.iter().all(u8::is_ascii_whitespace)).then_some((begin, lengte))
                    })
                    .collect();
                if !teksten.is_empty() {
                    let (begin, lengte) = teksten[tekst.index(teksten.len())];
                    let waarde = waarde.replace('&', "&amp;").replace('<', "&lt;");
                    uit.splice(begin..begin + lengte, waarde.into_bytes());
                }
            }
            Mutatie::Nesten { na_tag, diepte } => {
                let i = na(na_tag);
                let element = format!("{}{}", "<a>".repeat(*diepte), "</a>".repeat(*diepte));
                uit.splice(i..i, element.into_bytes());
            }
        }
    }
    uit
}

#[derive(Debug, Clone, Copy)]
pub enum Formaat {
    Oso,
    Edexml,
}

/// The property every input must have: the reader returns (no panic), and a refusal holds
/// at least one problem with a message.
pub fn controleer(formaat: Formaat, xml: &[u8]) -> Result<(), TestCaseError> {
    let afwijzing = match formaat {
        Formaat::Oso => oso::lees(xml).map(|d| format!("{d:?}")).err(),
        Formaat::Edexml => edexml::lees(xml).map(|b| format!("{b:?}")).err(),
    };
    if let Some(afwijzing) = afwijzing {
        prop_assert!(!afwijzing.problemen().is_empty());
        prop_assert!(afwijzing.problemen().iter().all(|p| !p.melding.is_empty()));
        prop_assert!(!afwijzing.to_string().is_empty());
    }
    Ok(())
}

/// `PASSEND_FUZZ_CASES` if set, else `standaard`.
pub fn aantal_gevallen(standaard: u32) -> u32 {
    std::env::var("PASSEND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(standaard)
}

/// Runs `gevallen` random damages of kind `soort` over `bronnen`; the failing (shrunk)
/// input's description on failure.
pub fn draai(soort: Soort, gevallen: u32, bronnen: &[(Formaat, &[u8])]) -> Result<(), String> {
    let config = Config {
        cases: gevallen,
        // Keep the source tree clean; a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    runner
        .run(&(mutaties(soort), 0..bronnen.len()), |(mutaties, welke)| {
            let (formaat, bron) = bronnen[welke];
            controleer(formaat, &toepassen(bron, &mutaties))
        })
        .map_err(|fout| format!("{soort:?}: {fout}"))
}
