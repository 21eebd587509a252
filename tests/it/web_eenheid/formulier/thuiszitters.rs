//! A thuiszitter case and its solution.

use passend_domain::thuiszitters::Soort;
use passend_web::formulier::Veldfout;
use passend_web::formulier::thuiszitters::{ZaakVelden, opgelost_op};

#[test]
fn a_case_has_a_kind_and_a_first_day() {
    let zaak = |soort, startdatum| ZaakVelden { soort, startdatum }.lees();
    let (soort, start) = zaak("absoluut_verzuim", Some("2026-10-01")).unwrap();
    assert_eq!(
        (soort, start),
        (Soort::AbsoluutVerzuim, jiff::civil::date(2026, 10, 1))
    );
    assert_eq!(
        zaak("x", Some("2026-10-01")).err(),
        Some(Veldfout::new("soort", "'x' is geen soort verzuim"))
    );
    assert_eq!(
        zaak("absoluut_verzuim", None).err().map(|f| f.veld),
        Some("startdatum")
    );
}

#[test]
fn a_case_is_solved_on_a_day() {
    assert_eq!(
        opgelost_op(Some("2026-11-02")),
        Ok(jiff::civil::date(2026, 11, 2))
    );
    assert_eq!(
        opgelost_op(None),
        Err(Veldfout::new(
            "opgelost_op",
            "vul de datum van de oplossing in"
        ))
    );
}
