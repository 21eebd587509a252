//! A registration's decision, extension, withdrawal and suspension.

use jiff::civil::date;
use passend_domain::zorgplicht::{Besluit, Uitzondering, Verlenging};
use passend_web::formulier::Veldfout;
use passend_web::formulier::aanmelding::{
    BesluitVelden, OpschortingVelden, VerlengingVelden, intrekking,
};

fn besluit(soort: &str) -> Result<Besluit, Veldfout> {
    BesluitVelden {
        soort,
        andere_school: "90AB00",
        reden: "vol",
    }
    .lees()
}

#[test]
fn a_decision_is_one_of_the_words() {
    assert_eq!(
        besluit("elders"),
        Ok(Besluit::ElderToegelaten {
            andere_school: "90AB00".into(),
            bereid_op: None,
        })
    );
    assert_eq!(
        besluit("geen-plaatsruimte"),
        Ok(Besluit::Uitzondering {
            soort: Uitzondering::GeenPlaatsruimte,
            reden: "vol".into(),
        })
    );
    assert_eq!(
        besluit("misschien"),
        Err(Veldfout::new("soort", "'misschien' is geen besluit"))
    );
}

#[test]
fn an_extension_needs_weeks_and_the_notice() {
    let lees = |weken, kennisgeving| {
        VerlengingVelden {
            weken,
            kennisgeving,
        }
        .lees()
    };
    assert_eq!(
        lees(" 4", Some("2026-11-20")),
        Ok(Verlenging {
            weken: 4,
            kennisgeving: date(2026, 11, 20),
        })
    );
    assert_eq!(
        lees("vier", Some("2026-11-20")),
        Err(Veldfout::new("weken", "'vier' is geen aantal weken"))
    );
    assert_eq!(lees("4", None).unwrap_err().veld, "kennisgeving");
    assert_eq!(lees("4", Some("20-11")).unwrap_err().veld, "kennisgeving");
}

#[test]
fn withdrawal_and_suspension_need_their_first_day() {
    assert_eq!(intrekking(Some("2026-11-20")), Ok(date(2026, 11, 20)));
    assert_eq!(intrekking(None).unwrap_err().veld, "datum");
    let lees = |van, tot| OpschortingVelden { van, tot }.lees();
    let o = lees(Some("2026-11-02"), None).unwrap();
    assert_eq!((o.van, o.tot), (date(2026, 11, 2), None));
    assert_eq!(lees(None, None).err().map(|f| f.veld), Some("van"));
    assert_eq!(
        lees(Some("2026-11-02"), Some("x")).err().map(|f| f.veld),
        Some("tot")
    );
}
