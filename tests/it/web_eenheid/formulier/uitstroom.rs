//! A leaver from the vso.

use passend_domain::verantwoording::Bestemming;
use passend_web::formulier::verantwoording::{NaJaarVelden, UitstroomVelden};

#[test]
fn a_leaver_has_a_destination() {
    let u = UitstroomVelden {
        vestiging: " 90vs00",
        uitstroomdatum: Some("2026-07-31"),
        bestemming: "vervolgonderwijs",
        vervolg_soort: Some(" entreeopleiding "),
    }
    .lees()
    .unwrap();
    assert_eq!(u.vestiging, "90VS00");
    assert_eq!(u.bestemming, Bestemming::Vervolgonderwijs);
    assert_eq!(u.vervolg_soort.as_deref(), Some("entreeopleiding"));
    let fout = UitstroomVelden {
        vestiging: "90VS00",
        uitstroomdatum: Some("2026-07-31"),
        bestemming: "weg",
        vervolg_soort: None,
    };
    assert_eq!(fout.lees().err().map(|f| f.veld), Some("bestemming"));
}

#[test]
fn a_year_later_needs_the_day() {
    let lees = |datum, vervolg_soort| {
        NaJaarVelden {
            datum,
            bestemming: "arbeidsmarkt",
            vervolg_soort,
        }
        .lees()
    };
    let n = lees(Some("2026-08-01"), Some("")).unwrap();
    assert_eq!(
        (n.bestemming, n.vervolg_soort),
        (Bestemming::Arbeidsmarkt, None)
    );
    assert_eq!(lees(None, None).err().map(|f| f.veld), Some("datum"));
}
