//! Letters as PDF.

use passend_web::pdf::{brief, font};

#[test]
fn a_letter_is_a_pdf_with_its_text_in_an_embedded_font() {
    let tekst = "Besluit van 22 november 2026.\n\nBezwaar: u kunt bezwaar maken. Beschikkingsnummer PO2605-2026-00001.";
    let pdf = brief("Besluit toelaatbaarheidsverklaring", tekst);
    assert!(pdf.starts_with(b"%PDF-"));
    let body = String::from_utf8_lossy(&pdf);
    assert!(body.contains("/FontFile2") && body.contains("/DejaVuSans"));
    assert!(
        !body.contains("/Helvetica"),
        "no font the reader must supply"
    );
    let gelezen = passend_web::pdf::tekst(&pdf);
    assert!(
        gelezen.contains("Beschikkingsnummer PO2605-2026-00001."),
        "{gelezen}"
    );
}

#[test]
fn long_letters_get_more_pages_and_diacritics_survive() {
    let tekst = (0..200)
        .map(|i| format!("regel {i}: één ruïne, café, coördinatie, € 12,50"))
        .collect::<Vec<_>>()
        .join("\n");
    let pdf = brief("Titel", &tekst);
    let body = String::from_utf8_lossy(&pdf);
    assert!(
        body.contains("/Count 4"),
        "200 lines of 14 pt, about 51 on a page"
    );
    let gelezen = passend_web::pdf::tekst(&pdf);
    assert!(
        gelezen.contains("regel 199: één ruïne, café, coördinatie, € 12,50"),
        "{gelezen}"
    );
    assert!(!gelezen.contains('?'), "no replacement characters");
}

#[test]
fn the_font_measures_its_letters() {
    assert!(font::breedte(b'W') > font::breedte(b'i'));
    assert_eq!(
        font::breedte(0xE9),
        font::breedte(0xE8),
        "é and è are as wide"
    );
    assert!(font::breedte(0x80) > 0.0, "the euro sign is in the font");
}
