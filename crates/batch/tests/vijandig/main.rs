//! Hostile input files, as our fuzzing of the batch readers: damaged valid files (see
//! `mutaties.rs`) given to `passend verzuim meldingen` and `passend bekostiging` never make
//! them panic, and every refusal names its file and, for a row, its line: `FILE:LINE: …`,
//! in Dutch. Longer run:
//! `PASSEND_FUZZ_CASES=20000 cargo test --release -p passend-batch --test vijandig`.

mod mutaties;

use mutaties::{SOORTEN, aantal_gevallen, aantal_regels, draai, nederlands};
use passend_batch::Fout;
use passend_batch::bekostiging::{BekostigingFout, Opdracht, bereken_bestanden};
use passend_batch::verzuim::bereken;
use passend_domain::Schooljaar;
use passend_domain::bekostiging::AfdrachtNaar;
use passend_domain::verzuim::{KALENDER_2024_2026_CSV, Vakantieregio};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use std::path::Path;

/// Per kind of damage and file; each case writes its files, so a little under the web's.
const GEVALLEN: u32 = 48;

/// School days of both schooljaren of the shipped calendar, one full week of absence, a
/// weekend row and a long id.
const VERZUIM: &[u8] = b"leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd
L1,2025-09-08,6,6,0
L1,2025-09-09,6,6,0
L1,2025-09-10,6,6,0
L1,2025-09-11,6,0,6
L1,2025-09-13,0,0,0
L-een-lang-leerlingnummer,2024-10-01,5.5,1.25,0.75
";

const LEERLINGEN: &[u8] = b"teldatum,vestiging,swv,schoolsoort,aantal
2014-10-01,10AA00,PO2707,bao,400
2014-10-01,10AA01,PO2707,sbo,20
2014-10-01,10ZZ00,PO2707,so,3
2014-10-01,20AA00,VO2707,vo,1000
2014-10-01,20ZZ00,VO2707,vso,1
2015-02-01,10ZZ00,PO2707,so,4
2013-10-01,10AA00,PO2707,bao,390
";

const TLV: &[u8] =
    b"teldatum,leerling_id,vestiging,schoolsoort,tlv_swv,woon_swv,categorie,geboortedatum
2014-10-01,L1,10ZZ00,so,PO2707,PO2707,L,2008-03-14
2014-10-01,L2,10ZZ00,so,PO2708,PO2708,M,2005-06-01
2014-10-01,L4,20ZZ00,vso,VO2707,VO2707,H,2001-01-01
2015-02-01,L1,10ZZ00,so,PO2707,PO2707,L,2008-03-14
2015-02-01,L5,10ZZ00,so,PO2707,PO2707,L,2007-12-01
";

const VEREVENING: &[u8] = b"swv,basisbedrag\nPO2707,-1000.00\nVO2707,250.50\n";

/// Files in one temporary directory, rewritten per case.
struct Map(tempfile::TempDir);

impl Map {
    fn new() -> Self {
        Map(tempfile::tempdir().unwrap())
    }

    fn schrijf(&self, naam: &str, inhoud: &[u8]) -> std::path::PathBuf {
        let pad = self.0.path().join(naam);
        std::fs::write(&pad, inhoud).unwrap();
        pad
    }
}

/// A refusal: `FILE:LINE: problem` with LINE a line of that file, or `FILE: problem` for
/// what is wrong with a file as a whole (only the calendar has such checks); in Dutch.
fn controleer_fout(
    fout: &Fout,
    bestanden: &[(&Path, &[u8])],
    zonder_regel: &[&Path],
) -> Result<(), TestCaseError> {
    let tekst = fout.to_string();
    let Some(&(pad, inhoud)) = bestanden.iter().find(|(p, _)| *p == fout.bestand) else {
        return Err(TestCaseError::fail(format!("names no input file: {tekst}")));
    };
    match fout.regel {
        Some(regel) => {
            let kop = format!("{}:{regel}: ", pad.display());
            prop_assert!(tekst.starts_with(&kop), "{tekst}");
            let regels = aantal_regels(inhoud);
            prop_assert!(
                (1..=regels).contains(&regel),
                "line {regel} of {regels}: {tekst}"
            );
        }
        None => prop_assert!(
            zonder_regel.contains(&pad),
            "a row problem without its line: {tekst}"
        ),
    }
    nederlands(&fout.probleem)
}

fn verzuim(map: &Map, welke: usize, bytes: &[u8]) -> Result<(), TestCaseError> {
    let (v, k) = match welke {
        0 => (bytes, KALENDER_2024_2026_CSV.as_bytes()),
        _ => (VERZUIM, bytes),
    };
    let verzuim = map.schrijf("verzuim.csv", v);
    let kalender = map.schrijf("kalender.csv", k);
    match bereken(&verzuim, &kalender, Vakantieregio::Midden) {
        Ok(meldingen) => {
            let mut uit = Vec::new();
            meldingen.schrijf(&mut uit).unwrap();
            prop_assert!(meldingen.rijen <= aantal_regels(v));
            Ok(())
        }
        Err(fout) => controleer_fout(
            &fout,
            &[(&verzuim, v), (&kalender, k)],
            &[kalender.as_path()],
        ),
    }
}

fn bekostiging(map: &Map, welke: usize, bytes: &[u8]) -> Result<(), TestCaseError> {
    let mut inhoud = [LEERLINGEN, TLV, VEREVENING];
    inhoud[welke] = bytes;
    let leerlingen = map.schrijf("leerlingen.csv", inhoud[0]);
    let tlv = map.schrijf("tlv.csv", inhoud[1]);
    let verevening = map.schrijf("verevening.csv", inhoud[2]);
    for afdracht_naar in [AfdrachtNaar::Tlv, AfdrachtNaar::School] {
        let opdracht = Opdracht {
            schooljaar: Schooljaar::parse("2015-2016").unwrap(),
            leerlingen: &leerlingen,
            tlv: &tlv,
            verevening: Some(&verevening),
            afdracht_naar,
            swv: None,
            regelset: None,
        };
        match bereken_bestanden(&opdracht) {
            Ok(uitkomst) => {
                uitkomst.schrijf(Vec::new()).unwrap();
                uitkomst.meldingen();
            }
            Err(BekostigingFout::Invoer(fout)) => controleer_fout(
                &fout,
                &[
                    (&leerlingen, inhoud[0]),
                    (&tlv, inhoud[1]),
                    (&verevening, inhoud[2]),
                ],
                &[],
            )?,
            // The engine's own refusals (an SWV of the wrong sector, …): Dutch, no line.
            Err(andere) => nederlands(&andere.to_string())?,
        }
    }
    Ok(())
}

#[test]
fn the_sources_are_valid_so_damage_reaches_the_rows() {
    let map = Map::new();
    verzuim(&map, 0, VERZUIM).unwrap();
    let v = map.schrijf("verzuim.csv", VERZUIM);
    let k = map.schrijf("kalender.csv", KALENDER_2024_2026_CSV.as_bytes());
    let meldingen = bereken(&v, &k, Vakantieregio::Midden).unwrap();
    assert_eq!((meldingen.rijen, meldingen.niet_op_schooldag), (6, 1));
    for (welke, bron) in [LEERLINGEN, TLV, VEREVENING].into_iter().enumerate() {
        bekostiging(&map, welke, bron).unwrap();
    }
    let opdracht = Opdracht {
        schooljaar: Schooljaar::parse("2015-2016").unwrap(),
        leerlingen: &map.schrijf("leerlingen.csv", LEERLINGEN),
        tlv: &map.schrijf("tlv.csv", TLV),
        verevening: Some(&map.schrijf("verevening.csv", VEREVENING)),
        afdracht_naar: AfdrachtNaar::School,
        swv: None,
        regelset: None,
    };
    assert!(bereken_bestanden(&opdracht).is_ok());
}

#[test]
fn damaged_absence_files_never_panic() {
    let map = Map::new();
    for soort in SOORTEN {
        draai(soort, aantal_gevallen(GEVALLEN), &[VERZUIM], |_, b| {
            verzuim(&map, 0, b)
        })
        .unwrap();
    }
}

#[test]
fn damaged_calendars_never_panic() {
    let map = Map::new();
    let kalender = KALENDER_2024_2026_CSV.as_bytes();
    for soort in SOORTEN {
        draai(soort, aantal_gevallen(GEVALLEN), &[kalender], |_, b| {
            verzuim(&map, 1, b)
        })
        .unwrap();
    }
}

#[test]
fn damaged_funding_files_never_panic() {
    let map = Map::new();
    for soort in SOORTEN {
        draai(
            soort,
            aantal_gevallen(GEVALLEN),
            &[LEERLINGEN, TLV, VEREVENING],
            |welke, b| bekostiging(&map, welke, b),
        )
        .unwrap();
    }
}

/// Windows files end their lines in `\r\n`; the line named is still the one an editor shows.
#[test]
fn crlf_files_name_the_line_an_editor_shows() {
    let map = Map::new();
    let crlf = |tekst: &[u8]| String::from_utf8_lossy(tekst).replace('\n', "\r\n");
    let kalender = map.schrijf("kalender.csv", KALENDER_2024_2026_CSV.as_bytes());
    let fout = |verzuim: String| {
        let pad = map.schrijf("verzuim.csv", verzuim.as_bytes());
        let fout = bereken(&pad, &kalender, Vakantieregio::Midden).unwrap_err();
        (fout.regel, fout.probleem)
    };
    let slecht = crlf(VERZUIM).replacen("L1,2025-09-09,6,6,0", "L1,2025-09-09,6,7,0", 1);
    assert_eq!(fout(slecht).0, Some(3));
    let kort = crlf(VERZUIM).replacen("L1,2025-09-10,6,6,0", "L1,2025-09-10,6,6", 1);
    assert_eq!(
        fout(kort),
        (Some(4), "verwacht 5 kolommen, gevonden 4".to_string())
    );
    let dubbel = crlf(VERZUIM).replacen("L1,2025-09-11", "L1,2025-09-10", 1);
    assert_eq!(
        fout(dubbel),
        (
            Some(5),
            "leerling L1 staat op 2025-09-10 al op regel 4: één regel per leerling per dag"
                .to_string()
        )
    );
    let tlv = crlf(TLV).replacen(",M,", ",X,", 1);
    let opdracht = Opdracht {
        schooljaar: Schooljaar::parse("2015-2016").unwrap(),
        leerlingen: &map.schrijf("leerlingen.csv", crlf(LEERLINGEN).as_bytes()),
        tlv: &map.schrijf("tlv.csv", tlv.as_bytes()),
        verevening: None,
        afdracht_naar: AfdrachtNaar::Tlv,
        swv: None,
        regelset: None,
    };
    match bereken_bestanden(&opdracht) {
        Err(BekostigingFout::Invoer(fout)) => assert_eq!(fout.regel, Some(3), "{fout}"),
        other => panic!("{other:?}"),
    }
}
