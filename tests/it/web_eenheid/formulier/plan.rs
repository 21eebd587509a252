//! The ondersteuningsplan, OOGO and the vote.

use jiff::civil::date;
use passend_domain::verantwoording::{Inhoud, Stemming};
use passend_web::formulier::Veldfout;
use passend_web::formulier::verantwoording::{InstemmingVelden, OogoVelden, PlanVelden};

fn plan<'a>(van: &'a str, tot: &'a str) -> PlanVelden<'a> {
    PlanVelden {
        van,
        tot,
        inhoud: Inhoud {
            basisondersteuning: "basis",
            ..Inhoud::default()
        },
        streefwaarden: Vec::new(),
    }
}

#[test]
fn a_plan_runs_over_schooljaren() {
    let p = plan("2027-2028", "2030-2031").lees().unwrap();
    assert_eq!(
        (p.van.to_string(), p.tot.to_string()),
        ("2027-2028".into(), "2030-2031".into())
    );
    assert_eq!(p.basisondersteuning, "basis");
    let fout = plan("2027", "2030-2031").lees().unwrap_err();
    assert_eq!(fout.veld, "van");
    assert!(
        fout.melding.contains("'2027' is geen schooljaar"),
        "{fout:?}"
    );
    assert_eq!(plan("2027-2028", "").lees().unwrap_err().veld, "tot");
}

#[test]
fn oogo_needs_its_date() {
    let oogo = |datum| {
        OogoVelden {
            gemeentecode: " 0356 ",
            datum,
            uitkomst: "overeenstemming",
            verschillen: "",
        }
        .lees()
    };
    let o = oogo(Some("2026-10-01")).unwrap();
    assert_eq!(
        (o.gemeentecode.as_str(), o.datum),
        ("0356", date(2026, 10, 1))
    );
    assert_eq!(
        oogo(None).err(),
        Some(Veldfout::new("datum", "vul een datum in"))
    );
    assert_eq!(oogo(Some("1 oktober")).err().map(|f| f.veld), Some("datum"));
}

#[test]
fn a_vote_counts_what_is_typed() {
    let stem = |voor, onthouding| {
        InstemmingVelden {
            datum: Some("2026-11-01"),
            voor,
            tegen: Some("1"),
            onthouding,
            voorwaarden: "",
        }
        .lees()
    };
    let i = stem(Some("7"), None).unwrap();
    assert_eq!(
        i.stemming,
        Stemming {
            voor: 7,
            tegen: 1,
            onthouding: 0
        }
    );
    assert_eq!(
        stem(Some("zeven"), None).err(),
        Some(Veldfout::new("voor", "'zeven' is geen aantal"))
    );
    assert_eq!(
        stem(Some("7"), Some("-")).err().map(|f| f.veld),
        Some("onthouding")
    );
}
