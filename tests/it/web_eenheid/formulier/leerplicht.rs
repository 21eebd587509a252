//! A request for vrijstelling.

use jiff::civil::date;
use passend_store::LeerlingId;
use passend_web::formulier::Veldfout;
use passend_web::formulier::leerplicht::{DocumentVelden, VrijstellingVelden};

fn aanvraag<'a>(leerling: &'a str, grond: &'a str) -> VrijstellingVelden<'a> {
    VrijstellingVelden {
        leerling,
        grond,
        van: Some("2026-09-01"),
        tot: None,
        verklaring_datum: Some("2026-08-15"),
        verklaring_van_behandelaar: false,
        swv_advies_uiterlijk: None,
        document: None,
    }
}

#[test]
fn a_request_names_pupil_ground_and_start() {
    let v = aanvraag("12", "5a").lees().unwrap();
    assert_eq!((v.leerling, v.van), (LeerlingId(12), date(2026, 9, 1)));
    assert_eq!(v.verklaring.map(|v| v.datum), Some(date(2026, 8, 15)));
    assert!(v.documenten.is_empty());
    assert_eq!(
        aanvraag("Sem", "5a").lees().err(),
        Some(Veldfout::new("leerling", "'Sem' is geen leerlingnummer"))
    );
    assert_eq!(
        aanvraag("12", "9z").lees().err().map(|f| f.veld),
        Some("grond")
    );
    let zonder_van = VrijstellingVelden {
        van: None,
        ..aanvraag("12", "5a")
    };
    assert_eq!(
        zonder_van.lees().err(),
        Some(Veldfout::new("van", "vul de begindatum in"))
    );
}

#[test]
fn a_document_needs_its_date() {
    let met = |datum| VrijstellingVelden {
        document: Some(DocumentVelden {
            soort: "verklaring",
            datum,
            omschrijving: "arts",
        }),
        ..aanvraag("12", "5a")
    };
    let v = met(Some("2026-08-20")).lees().unwrap();
    assert_eq!(v.documenten[0].1, date(2026, 8, 20));
    assert_eq!(
        met(None).lees().err().map(|f| f.veld),
        Some("document_datum")
    );
}
