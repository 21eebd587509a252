//! A schorsing, a verwijdering, a new address.

use jiff::civil::date;
use passend_web::formulier::Veldfout;
use passend_web::formulier::leerling::{SchorsingVelden, VerwijderingVelden, postcode};

#[test]
fn a_schorsing_runs_from_a_day_to_a_day() {
    let schorsing = |van, tot| {
        SchorsingVelden {
            van,
            tot,
            reden: "geweld",
            schriftelijk: true,
            stem_kind: "gehoord",
        }
        .lees()
    };
    let s = schorsing(Some("2026-11-23"), Some("2026-11-24")).unwrap();
    assert_eq!((s.van, s.tot), (date(2026, 11, 23), date(2026, 11, 24)));
    assert_eq!(
        schorsing(Some("23-11"), Some("2026-11-24"))
            .err()
            .map(|f| f.veld),
        Some("van")
    );
    assert_eq!(
        schorsing(Some("2026-11-23"), None).err(),
        Some(Veldfout::new("tot", "vul een datum in"))
    );
}

#[test]
fn a_verwijdering_has_its_day() {
    let v = VerwijderingVelden {
        datum: Some("2027-01-01"),
        leraar_gehoord: true,
        ouders_gehoord: true,
        andere_school: "90AB00",
        overleg_inspectie: false,
        stem_kind: "gehoord",
        reden: "",
    };
    assert_eq!(v.lees().unwrap().datum, date(2027, 1, 1));
    let zonder = VerwijderingVelden { datum: None, ..v };
    assert_eq!(zonder.lees().err().map(|f| f.veld), Some("datum"));
}

#[test]
fn a_postcode_is_four_digits_and_two_letters() {
    assert_eq!(postcode("3431 ab").unwrap().to_string(), "3431 AB");
    let fout = postcode("34").unwrap_err();
    assert_eq!(fout.veld, "postcode");
    assert!(fout.melding.contains("'34' is geen postcode"), "{fout:?}");
}
