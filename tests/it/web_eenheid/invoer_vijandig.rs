//! Hostile uploads, as our fuzzing of the CSV readers: damaged valid files (the mutations of
//! `crates/batch/tests/vijandig/mutaties.rs`) never make a reader panic, and every refusal is
//! Dutch and names a line that is in the file. Longer run:
//! `PASSEND_FUZZ_CASES=20000 cargo test --release --test it web_eenheid::invoer_vijandig`.

#[path = "../../../crates/batch/tests/vijandig/mutaties.rs"]
mod mutaties;

use mutaties::{SOORTEN, aantal_gevallen, aantal_regels, draai, nederlands};
use passend_domain::VestigingCode;
use passend_web::invoer::{MAX_PROBLEMEN, aanmeldingen_csv, ingezetenen_csv, verzuim_csv};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Per kind of damage and reader; the three readers together stay near a second in debug.
const GEVALLEN: u32 = 96;

const VERZUIM: &[u8] = b"leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd
1,2025-09-08,5.5,5.5,0
2,2025-09-09,6,0,6
3,2025-09-10,5,1.25,0.75
";

const INGEZETENEN: &[u8] = "bsn,geboortedatum,postcode,voornaam,achternaam
123456782,2015-03-01,3431AB,Sem,Bakker
111222333,2016-05-17,3432 CD,,
100000004,2014-11-30,3431 ab,Zoë,Çelik
"
.as_bytes();

const INGEZETENEN_KORT: &[u8] =
    b"onderwijsnummer,geboortedatum,postcode\r\n100000041,2015-03-01,3431AB\r\n";

const AANMELDINGEN: &[u8] = "persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling
123456782,Sem,,Bakker,2020-02-29,3431AB,2026-10-01,2027-01-05,ja,,nee,
111222333,Noor,van,Dam,2019-03-01,3431 AB,2026-10-02,,nee,\"90AB00, 90AC00\",ja,\"loopt, \"\"zie dossier\"\"\"
"
.as_bytes();

fn vandaag() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// The property of every reader: `Ok` rows on lines 2 and up, in order, within the file;
/// or `regel N: <Dutch>` with N a line of the file.
fn controleer(invoer: &[u8], uitkomst: Result<Vec<usize>, String>) -> Result<(), TestCaseError> {
    let regels = aantal_regels(invoer);
    match uitkomst {
        Ok(rijen) => {
            let mut vorige = 1;
            for regel in rijen {
                prop_assert!(regel > vorige, "row on line {regel} after line {vorige}");
                prop_assert!(regel as u64 <= regels, "line {regel} of {regels}");
                vorige = regel;
            }
        }
        Err(melding) => {
            let (kop, rest) = melding
                .split_once(": ")
                .ok_or_else(|| TestCaseError::fail(format!("no line: {melding}")))?;
            let regel: u64 = kop
                .strip_prefix("regel ")
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| TestCaseError::fail(format!("no line: {melding}")))?;
            prop_assert!(
                (1..=regels).contains(&regel),
                "line {regel} of {regels}: {melding}"
            );
            nederlands(rest)?;
        }
    }
    Ok(())
}

fn verzuim(invoer: &[u8]) -> Result<(), TestCaseError> {
    let uitkomst = verzuim_csv(invoer).map(|r| r.iter().map(|r| r.regel).collect());
    controleer(invoer, uitkomst)
}

fn ingezetenen(invoer: &[u8]) -> Result<(), TestCaseError> {
    let uitkomst = ingezetenen_csv(invoer).map(|r| r.iter().map(|r| r.regel).collect());
    controleer(invoer, uitkomst)
}

fn aanmeldingen(invoer: &[u8]) -> Result<(), TestCaseError> {
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    match aanmeldingen_csv(invoer, &vestiging, vandaag()) {
        Ok(r) => controleer(invoer, Ok(r.iter().map(|r| r.0).collect())),
        // Every problem names a line of the file, but for the count of the ones left out.
        Err(problemen) => {
            prop_assert!(!problemen.is_empty() && problemen.len() <= MAX_PROBLEMEN + 1);
            for p in problemen
                .into_iter()
                .filter(|p| !p.starts_with("… en nog "))
            {
                controleer(invoer, Err(p))?;
            }
            Ok(())
        }
    }
}

#[test]
fn the_sources_are_valid_so_damage_reaches_the_rows() {
    assert_eq!(verzuim_csv(VERZUIM).unwrap().len(), 3);
    assert_eq!(ingezetenen_csv(INGEZETENEN).unwrap().len(), 3);
    assert_eq!(ingezetenen_csv(INGEZETENEN_KORT).unwrap().len(), 1);
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    assert_eq!(
        aanmeldingen_csv(AANMELDINGEN, &vestiging, vandaag())
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn damaged_absence_files_never_panic() {
    for soort in SOORTEN {
        draai(soort, aantal_gevallen(GEVALLEN), &[VERZUIM], |_, b| {
            verzuim(b)
        })
        .unwrap();
    }
}

#[test]
fn damaged_resident_files_never_panic() {
    for soort in SOORTEN {
        draai(
            soort,
            aantal_gevallen(GEVALLEN),
            &[INGEZETENEN, INGEZETENEN_KORT],
            |_, b| ingezetenen(b),
        )
        .unwrap();
    }
}

#[test]
fn damaged_registration_files_never_panic() {
    for soort in SOORTEN {
        draai(soort, aantal_gevallen(GEVALLEN), &[AANMELDINGEN], |_, b| {
            aanmeldingen(b)
        })
        .unwrap();
    }
}

/// The line named is the one a person sees in an editor, whatever the line ends.
#[test]
fn errors_name_the_line_as_an_editor_counts_it() {
    let kop = "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd";
    let cases = [
        // A blank line before the bad row (the csv crate's own count says 3).
        (
            format!("{kop}\n1,2025-09-08,5,5,0\n\nx,2025-09-08,5,5,0\n"),
            4,
        ),
        // CRLF (the csv crate's own count is one short).
        (
            format!("{kop}\r\n1,2025-09-08,5,5,0\r\nx,2025-09-08,5,5,0\r\n"),
            3,
        ),
        (format!("{kop}\r\n\r\n\r\n1,2025-09-08,5,5\r\n"), 4),
        // Old Mac line ends.
        (
            format!("{kop}\r1,2025-09-08,5,5,0\rx,2025-09-08,5,5,0\r"),
            3,
        ),
        // A newline inside quotes: the next record starts a line later.
        (
            format!(
                "{kop}\n\"1\",2025-09-08,5,5,0\n\"2\n\",2025-09-08,5,5,0\nx,2025-09-08,5,5,0\n"
            ),
            5,
        ),
        // Blank lines before the header.
        (format!("\n\n{kop}\nx,2025-09-08,5,5,0\n"), 4),
    ];
    for (csv, regel) in cases {
        let fout = verzuim_csv(csv.as_bytes()).unwrap_err();
        assert!(
            fout.starts_with(&format!("regel {regel}: ")),
            "{csv:?}: {fout}"
        );
    }
    let rijen =
        verzuim_csv(format!("{kop}\r\n\r\n1,2025-09-08,5,5,0\r\n2,2025-09-08,5,5,0").as_bytes())
            .unwrap();
    assert_eq!(rijen.iter().map(|r| r.regel).collect::<Vec<_>>(), [3, 4]);
}

#[test]
fn csv_errors_are_dutch() {
    let fout = verzuim_csv(b"leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n1,2025-09-08,5,5\n")
        .unwrap_err();
    assert_eq!(fout, "regel 2: verwacht 5 kolommen, gevonden 4");
    let fout = ingezetenen_csv(
        b"bsn,geboortedatum,postcode\n123456782,2015-03-01,3431AB\nx,caf\xe9,3431AB\n",
    )
    .unwrap_err();
    assert_eq!(
        fout,
        "regel 3: kolom 2 is geen geldige UTF-8; sla het bestand op als CSV (UTF-8)"
    );
    let fout = verzuim_csv(b"leerling_id,d\xffatum\n").unwrap_err();
    assert!(
        fout.starts_with("regel 1: kolom 2 is geen geldige UTF-8"),
        "{fout}"
    );
    // A byte order mark is not part of the first column's name.
    assert!(verzuim_csv(&[b"\xef\xbb\xbf", VERZUIM].concat()).is_ok());
}
