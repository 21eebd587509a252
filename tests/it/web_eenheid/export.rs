//! Lists as CSV and Excel.

use passend_domain::bekostiging::Decimal;
use passend_web::export::{Cel, Formaat, Tabel, csv_bytes, xlsx_bytes};

fn voorbeeld() -> Tabel {
    let mut t = Tabel::new("proef", &["naam", "aantal", "bedrag", "datum", "leeg"]);
    t.rij(vec![
        "Jan, \"de\" Vries".into(),
        Cel::Getal(3),
        Cel::Bedrag(Decimal::new(123456, 3)),
        Cel::Datum(jiff::civil::date(2026, 10, 1)),
        Cel::Leeg,
    ]);
    t
}

#[test]
fn csv_quotes_and_formats() {
    let text = String::from_utf8(csv_bytes(&voorbeeld())).unwrap();
    assert_eq!(
        text,
        "naam,aantal,bedrag,datum,leeg\n\"Jan, \"\"de\"\" Vries\",3,123.46,2026-10-01,\n"
    );
}

#[test]
fn xlsx_is_a_zip_with_the_sheet() {
    let bytes = xlsx_bytes(&voorbeeld()).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    // The shared strings hold the text cells.
    assert!(bytes.len() > 1000);
}

fn formules() -> Tabel {
    let mut t = Tabel::new("proef", &["tekst", "getal", "bedrag"]);
    for s in [
        "=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx", "gewoon", "a=b",
    ] {
        t.rij(vec![
            s.into(),
            Cel::Getal(-5),
            Cel::Bedrag(Decimal::new(-1250, 2)),
        ]);
    }
    t
}

#[test]
fn csv_text_that_looks_like_a_formula_is_quoted() {
    let text = csv_bytes(&formules());
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(&text[..])
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let tekst: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        tekst,
        [
            "'=1+1",
            "'+31 6",
            "'-2",
            "'@SUM(A1)",
            "'\tx",
            "'\rx",
            "gewoon",
            "a=b"
        ]
    );
    // Numbers and amounts keep their sign: they are not text.
    assert!(rows.iter().all(|r| r[1] == "-5" && r[2] == "-12.50"));
}

#[test]
fn xlsx_text_that_looks_like_a_formula_is_a_string() {
    use std::io::Read;
    let bytes = xlsx_bytes(&formules()).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut blad = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut blad)
        .unwrap();
    assert!(!blad.contains("<f>"), "no formula cells: {blad}");
    let mut strings = String::new();
    zip.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    // The text as typed, without the CSV's quote: the cell type already says string.
    assert!(strings.contains("<t>=1+1</t>"), "{strings}");
    assert!(strings.contains("<t>@SUM(A1)</t>"), "{strings}");
}

#[test]
fn unknown_format_is_refused() {
    assert!(Formaat::van(Some("pdf")).is_err());
    assert_eq!(Formaat::van(Some("xlsx")).unwrap(), Some(Formaat::Xlsx));
    assert_eq!(Formaat::van(None).unwrap(), None);
}
