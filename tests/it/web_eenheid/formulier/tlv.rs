//! The toelaatbaarheidsverklaring's forms.

use jiff::civil::date;
use passend_domain::tlv::Categorie;
use passend_store::TlvBesluit;
use passend_web::formulier::Veldfout;
use passend_web::formulier::tlv::{
    AdviesVelden, BezwaarStapVelden, TlvAanvraagVelden, TlvBesluitVelden,
};

fn aanvraag<'a>(aanvrager: Option<&'a str>, eigen: Option<&'a str>) -> TlvAanvraagVelden<'a> {
    TlvAanvraagVelden {
        soort: "so",
        aanvragende_vestiging: aanvrager,
        ontvangende_vestiging: None,
        toelichting: "",
        eigen_vestiging: eigen,
    }
}

#[test]
fn a_request_comes_from_a_vestiging() {
    let eigen = aanvraag(None, Some("90AA00")).lees().unwrap();
    assert_eq!(eigen.aanvragende_vestiging.as_str(), "90AA00");
    let genoemd = aanvraag(Some("90AB00"), Some("90AA00")).lees().unwrap();
    assert_eq!(genoemd.aanvragende_vestiging.as_str(), "90AB00");
    assert_eq!(
        aanvraag(None, None).lees().err(),
        Some(Veldfout::new("aanvragende_vestiging", "dit veld is nodig"))
    );
    assert_eq!(
        aanvraag(Some("90"), None).lees().err().map(|f| f.veld),
        Some("aanvragende_vestiging")
    );
    let ontvanger = TlvAanvraagVelden {
        ontvangende_vestiging: Some("x"),
        ..aanvraag(None, Some("90AA00"))
    };
    assert_eq!(
        ontvanger.lees().err().map(|f| f.veld),
        Some("ontvangende_vestiging")
    );
    let soort = TlvAanvraagVelden {
        soort: "mbo",
        ..aanvraag(None, Some("90AA00"))
    };
    assert_eq!(soort.lees().err().map(|f| f.veld), Some("soort"));
}

#[test]
fn an_advice_is_the_first_or_the_second() {
    let advies = |volgorde, datum| {
        AdviesVelden {
            volgorde,
            datum,
            advies: "toelaatbaar",
        }
        .lees()
    };
    let a = advies(" 2", Some("2026-11-20")).unwrap();
    assert_eq!((a.volgorde, a.datum), (2, date(2026, 11, 20)));
    assert_eq!(
        advies("twee", Some("2026-11-20")).err(),
        Some(Veldfout::new("volgorde", "advies 1 of 2"))
    );
    assert_eq!(advies("1", None).err().map(|f| f.veld), Some("datum"));
}

#[test]
fn a_grant_starts_on_its_ingang() {
    let besluit = |besluit, ingang| TlvBesluitVelden {
        besluit,
        reden: "",
        categorie: Some("laag"),
        ingang,
        einde: None,
    };
    assert_eq!(
        besluit("toegekend", Some("2026-09-15")).lees(),
        Ok(TlvBesluit::Toegekend {
            categorie: Some(Categorie::parse("laag").unwrap()),
            ingang: date(2026, 9, 15),
            einde: None,
        })
    );
    assert_eq!(
        besluit("toegekend", None).lees().err().map(|f| f.veld),
        Some("ingang")
    );
    let categorie = TlvBesluitVelden {
        categorie: Some("XL"),
        ..besluit("toegekend", Some("2026-09-15"))
    };
    assert_eq!(categorie.lees().err().map(|f| f.veld), Some("categorie"));
    assert_eq!(
        besluit("nee", None).lees().err().map(|f| f.veld),
        Some("besluit")
    );
}

#[test]
fn a_bezwaar_step_takes_what_is_there() {
    let stap = BezwaarStapVelden {
        verdaagd: Some(true),
        advies_datum: None,
        advies: None,
        besluit_datum: Some("2026-12-01"),
        uitkomst: Some("ongegrond"),
    };
    let s = stap.lees().unwrap();
    assert_eq!(s.besluit_datum, Some(date(2026, 12, 1)));
    let fout = BezwaarStapVelden {
        advies_datum: Some("gisteren"),
        ..stap
    };
    assert_eq!(fout.lees().err().map(|f| f.veld), Some("advies_datum"));
}
