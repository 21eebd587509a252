//! Hostile input, as our fuzzing: damaged real files (property tests, see `mutaties.rs`),
//! entity bombs, external entities (XXE) and other ways to make the parser fetch a file.
//!
//! Longer run: `PASSEND_FUZZ_CASES=20000 cargo run --release -p passend-uitwisseling --example fuzz`.

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use passend_uitwisseling::{Afwijzing, edexml, oso};

use super::mutaties::{Formaat, SOORTEN, aantal_gevallen, draai};
use super::*;

/// Per kind of damage and format; six kinds per test keep this file under 10 s in debug.
const GEVALLEN: u32 = 64;

#[test]
fn damaged_oso_dossiers_never_panic() {
    let bronnen: [(Formaat, &[u8]); 2] = [(Formaat::Oso, OSO_FULL), (Formaat::Oso, OSO_OPT_OUT)];
    for soort in SOORTEN {
        draai(soort, aantal_gevallen(GEVALLEN), &bronnen).unwrap();
    }
}

#[test]
fn damaged_edexml_files_never_panic() {
    for soort in SOORTEN {
        draai(
            soort,
            aantal_gevallen(GEVALLEN),
            &[(Formaat::Edexml, EDEXML)],
        )
        .unwrap();
    }
}

/// The nine-level "billion laughs": 10⁹ copies of "lol" if expanded.
const LOLS: &str = r#"<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"#;

/// `xml` with `prolog` after the XML declaration and `naar` in place of `van`.
fn met_prolog(xml: &[u8], prolog: &str, van: &str, naar: &str) -> Vec<u8> {
    let tekst = String::from_utf8(vervang(xml, van, naar)).unwrap();
    let (declaratie, rest) = tekst.split_once("?>").unwrap();
    format!("{declaratie}?>\n{prolog}{rest}").into_bytes()
}

fn oso_fout(xml: &[u8]) -> Afwijzing {
    oso::lees(xml).expect_err("hostile dossier accepted")
}

#[test]
fn entity_bombs_are_refused_at_once() {
    let begin = Instant::now();
    let in_tekst = met_prolog(OSO_FULL, LOLS, ">Berg<", ">&lol9;<");
    let afwijzing = oso_fout(&in_tekst);
    assert!(afwijzing.to_string().contains("DOCTYPE"), "{afwijzing}");
    let in_attribuut = met_prolog(EDEXML, LOLS, "key=\"00001\"", "key=\"&lol9;\"");
    assert!(edexml::lees(&in_attribuut).is_err());
    // A UTF-16 copy would hide the DTD from a byte scan: refused for its encoding.
    let utf16: Vec<u8> = std::iter::once(0xFEFFu16)
        .chain(String::from_utf8(in_tekst).unwrap().encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(oso_fout(&utf16).to_string().contains("UTF-8"));
    assert!(
        begin.elapsed() < Duration::from_secs(5),
        "{:?}",
        begin.elapsed()
    );
}

#[test]
fn an_external_entity_to_etc_passwd_is_never_read() {
    let varianten = [
        met_prolog(
            OSO_FULL,
            "<!DOCTYPE dossier [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
            ">Berg<",
            ">&xxe;<",
        ),
        met_prolog(OSO_FULL, "<!DOCTYPE dossier SYSTEM \"/etc/passwd\">\n", "", ""),
        met_prolog(
            OSO_FULL,
            "<!DOCTYPE dossier [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n",
            "",
            "",
        ),
        // UTF-7 would let "<!DOCTYPE" be written without a '<' byte.
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-!DOCTYPE dossier [+ADw-!ENTITY xxe SYSTEM \"file:///etc/passwd\"+AD4-]+AD4-\n{}",
            String::from_utf8_lossy(&OSO_FULL[39..])
        )
        .into_bytes(),
    ];
    for xml in varianten {
        let uitkomst = format!("{:?} {}", oso::lees(&xml), oso_fout(&xml));
        assert!(!uitkomst.contains("root:"), "{uitkomst}");
    }
}

/// A named pipe with no writer: opening it for reading blocks, so a reader that returns
/// proves libxml2 never opened it.
fn fifo(dir: &Path) -> Option<String> {
    let pad = dir.join("geheim");
    let gemaakt = std::process::Command::new("mkfifo")
        .arg(&pad)
        .status()
        .is_ok_and(|s| s.success());
    gemaakt.then(|| pad.to_string_lossy().into_owned())
}

/// Runs the reader on its own thread; `true` if it returned within the limit.
fn keert_terug(xml: Vec<u8>, fifo: &str) -> bool {
    let (klaar, wacht) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = oso::lees(&xml);
        let _ = edexml::lees(&xml);
        let _ = klaar.send(());
    });
    let op_tijd = wacht.recv_timeout(Duration::from_secs(20)).is_ok();
    if !op_tijd {
        // Unblock the stuck reader so the test process can end.
        let _ = std::fs::OpenOptions::new().write(true).open(fifo);
    }
    op_tijd
}

#[test]
fn no_way_of_naming_a_file_makes_the_parser_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let Some(pad) = fifo(dir.path()) else {
        println!("SKIPPED: mkfifo is not available");
        return;
    };
    let url = format!("file://{pad}");
    let varianten = [
        met_prolog(
            OSO_FULL,
            &format!("<!DOCTYPE dossier [<!ENTITY xxe SYSTEM \"{url}\">]>\n"),
            ">Berg<",
            ">&xxe;<",
        ),
        met_prolog(
            OSO_FULL,
            &format!("<!DOCTYPE dossier SYSTEM \"{pad}\">\n"),
            "",
            "",
        ),
        // Schema location hints in the instance must be ignored.
        vervang(
            OSO_FULL,
            "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\">",
            &format!(
                "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\" \
                 xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
                 xsi:schemaLocation=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier {url}\">"
            ),
        ),
        vervang(EDEXML, "\"EDEXML.structuur.xsd\"", &format!("\"{url}\"")),
        // XInclude is not processed.
        vervang(
            OSO_FULL,
            "<naam>Testschool</naam>",
            &format!(
                "<naam>Testschool</naam><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" \
                 href=\"{url}\" parse=\"text\"/>"
            ),
        ),
    ];
    for (i, xml) in varianten.into_iter().enumerate() {
        assert!(keert_terug(xml, &pad), "variant {i} opened the named pipe");
    }
    // The schema hint alone leaves a valid dossier valid.
    let met_hint = vervang(
        OSO_FULL,
        "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\">",
        &format!(
            "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier {url}\">"
        ),
    );
    assert!(oso::lees(&met_hint).is_ok());
}

#[test]
fn very_deep_nesting_is_refused_quickly() {
    let begin = Instant::now();
    let diep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    let xml = vervang(
        OSO_FULL,
        "<naam>Testschool</naam>",
        &format!("<naam>Testschool</naam>{diep}"),
    );
    let afwijzing = oso_fout(&xml);
    assert!(
        afwijzing.problemen()[0].melding.starts_with("xml: "),
        "{afwijzing}"
    );
    assert!(begin.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_flood_of_schema_errors_is_capped() {
    let mut xml = String::from_utf8(EDEXML.to_vec()).unwrap();
    let fout = "<leerling key=\"F{}\"><roepnaam>x</roepnaam><geslacht>7</geslacht></leerling>\n";
    let vloed: String = (0..2_000)
        .map(|i| fout.replace("{}", &i.to_string()))
        .collect();
    xml = xml.replacen("<leerlingen>", &format!("<leerlingen>{vloed}"), 1);
    let afwijzing = edexml::lees(xml.as_bytes()).unwrap_err();
    assert_eq!(
        afwijzing.problemen().len(),
        passend_uitwisseling::afwijzing::MAX_PROBLEMEN + 1
    );
    assert!(afwijzing.to_string().contains("en nog"));
}

#[test]
fn readers_run_on_many_threads_at_once() {
    // libxml2 objects are not Send; each thread compiles and keeps its own schemas.
    let draden: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(|| {
                for _ in 0..5 {
                    assert!(oso::lees(OSO_OPT_OUT).is_ok());
                    assert!(edexml::lees(EDEXML).is_ok());
                    assert!(oso::lees(EDEXML).is_err());
                }
            })
        })
        .collect();
    for draad in draden {
        draad.join().unwrap();
    }
}
