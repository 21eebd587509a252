//! A dispute and its steps.

use passend_domain::verantwoording::GeschilSoort;
use passend_store::LeerlingId;
use passend_web::formulier::Veldfout;
use passend_web::formulier::verantwoording::{GeschilStapVelden, GeschilVelden};

fn geschil<'a>(leerling: &'a str, soort: &'a str) -> GeschilVelden<'a> {
    GeschilVelden {
        leerling,
        soort,
        vestiging: " 90aa00",
        ingediend_op: Some("2026-10-01"),
        omschrijving: "bezwaar",
    }
}

#[test]
fn a_dispute_names_pupil_kind_and_school() {
    let (leerling, g) = geschil(" 12 ", "verwijdering").lees().unwrap();
    assert_eq!(leerling, LeerlingId(12));
    assert_eq!(
        (g.soort, g.vestiging.as_str()),
        (GeschilSoort::Verwijdering, "90AA00")
    );
    assert_eq!(
        geschil("twaalf", "opp").lees().err(),
        Some(Veldfout::new("leerling", "'twaalf' is geen leerlingnummer"))
    );
    assert_eq!(
        geschil("12", "ruzie").lees().err().map(|f| f.veld),
        Some("soort")
    );
    let zonder_datum = GeschilVelden {
        ingediend_op: None,
        ..geschil("12", "opp")
    };
    assert_eq!(
        zonder_datum.lees().err().map(|f| f.veld),
        Some("ingediend_op")
    );
}

#[test]
fn a_step_takes_what_is_there() {
    let stap = GeschilStapVelden {
        oordeel_datum: Some("2026-11-01"),
        oordeel: Some("gegrond"),
        reactie_datum: None,
        volgt_oordeel: Some(false),
        reactie: None,
    };
    let s = stap.lees().unwrap();
    assert_eq!(s.oordeel_datum, Some(jiff::civil::date(2026, 11, 1)));
    assert_eq!((s.reactie_datum, s.volgt_oordeel), (None, Some(false)));
    let fout = GeschilStapVelden {
        reactie_datum: Some("later"),
        ..stap
    };
    assert_eq!(fout.lees().err().map(|f| f.veld), Some("reactie_datum"));
}
