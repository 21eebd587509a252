//! Evaluations, tables and arrangement decisions.

use jiff::civil::date;
use passend_domain::arrangement::{Beslissing, Partij};
use passend_web::formulier::Veldfout;
use passend_web::formulier::ondersteuning::{
    ArrangementBesluitVelden, OppEvaluatieVelden, OverlegVelden,
};

#[test]
fn evaluations_and_tables_need_their_date() {
    let e = OppEvaluatieVelden {
        datum: Some("2026-11-20"),
        met_ouders: true,
        verslag: "doelen gehaald",
    };
    assert_eq!(e.lees().unwrap().datum, date(2026, 11, 20));
    let zonder = OppEvaluatieVelden { datum: None, ..e };
    assert_eq!(zonder.lees().err().map(|f| f.veld), Some("datum"));
    let overleg = |datum| {
        OverlegVelden {
            datum,
            deelnemers: vec![Partij::School],
            ouders_aanwezig: false,
            stem_kind: "gehoord",
            verslag: "",
        }
        .lees()
    };
    assert_eq!(
        overleg(Some("2026-11-19")).unwrap().deelnemers,
        [Partij::School]
    );
    assert_eq!(overleg(Some("19-11")).err().map(|f| f.veld), Some("datum"));
}

#[test]
fn a_grant_needs_period_and_cost() {
    let besluit = |besluit, kosten| ArrangementBesluitVelden {
        besluit,
        reden: "",
        inhoud: "2 uur per week",
        van: Some("2026-12-01"),
        tot: Some("2027-07-31"),
        kosten,
    };
    let Ok(Beslissing::Toegekend { kosten, tot, .. }) =
        besluit("toegekend", Some("4.500,00")).lees()
    else {
        panic!("toegekend");
    };
    assert_eq!(
        (kosten.to_string(), tot),
        ("4500.00".into(), date(2027, 7, 31))
    );
    assert_eq!(
        besluit("toegekend", None).lees().err(),
        Some(Veldfout::new("kosten", "vul een bedrag in"))
    );
    assert_eq!(
        besluit("toegekend", Some("veel"))
            .lees()
            .err()
            .map(|f| f.veld),
        Some("kosten")
    );
    assert!(matches!(
        besluit("afgewezen", None).lees(),
        Ok(Beslissing::Afgewezen { .. })
    ));
    assert_eq!(
        besluit("later", None).lees().err().map(|f| f.veld),
        Some("besluit")
    );
    let zonder_van = ArrangementBesluitVelden {
        van: None,
        ..besluit("toegekend", Some("1"))
    };
    assert_eq!(zonder_van.lees().err().map(|f| f.veld), Some("van"));
}
