//! A registration with the child.

use jiff::civil::Date;
use jiff::civil::date;
use passend_domain::VestigingCode;
use passend_web::formulier::Veldfout;
use passend_web::formulier::aanmelding::{AanmeldingVelden, LeerlingVelden};

const VANDAAG: Date = date(2026, 11, 22);

fn kind<'a>(bsn: Option<&'a str>, woon_postcode: &'a str) -> LeerlingVelden<'a> {
    LeerlingVelden {
        bsn,
        onderwijsnummer: None,
        voornaam: "Lotte",
        tussenvoegsel: None,
        achternaam: "Jansen",
        geboortedatum: Some("2020-02-29"),
        woon_postcode,
    }
}

fn aanmelding<'a>(leerling: LeerlingVelden<'a>, ontvangen: &'a str) -> AanmeldingVelden<'a> {
    AanmeldingVelden {
        leerling,
        ontvangen: Some(ontvangen),
        gewenste_start: Some("2027-01-05"),
        eerste_voorkeur: true,
        andere_scholen: "",
        extra_ondersteuning: false,
        beoordeling: None,
    }
}

fn veld(a: AanmeldingVelden) -> Option<&'static str> {
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    a.lees(vestiging, VANDAAG).err().map(|f| f.veld)
}

#[test]
fn a_registration_with_the_child() {
    let a = aanmelding(kind(Some("123456782"), "3431 AB"), "2026-11-12");
    let n = a
        .lees(VestigingCode::parse("90AA00").unwrap(), VANDAAG)
        .unwrap();
    assert_eq!(n.ontvangen, date(2026, 11, 12));
    assert_eq!(n.gewenste_start, Some(date(2027, 1, 5)));
    assert!(n.eerste_voorkeur);
}

#[test]
fn each_refusal_names_its_field() {
    let goed = || kind(Some("123456782"), "3431 AB");
    let cases = [
        (
            aanmelding(kind(None, "3431 AB"), "2026-11-12"),
            "leerling.bsn",
        ),
        (
            aanmelding(kind(Some("123"), "3431 AB"), "2026-11-12"),
            "leerling.bsn",
        ),
        (
            aanmelding(
                LeerlingVelden {
                    onderwijsnummer: Some("100000041"),
                    ..goed()
                },
                "2026-11-12",
            ),
            "leerling.bsn",
        ),
        (
            aanmelding(
                LeerlingVelden {
                    voornaam: " ",
                    ..goed()
                },
                "2026-11-12",
            ),
            "leerling.voornaam",
        ),
        (
            aanmelding(
                LeerlingVelden {
                    achternaam: "",
                    ..goed()
                },
                "2026-11-12",
            ),
            "leerling.achternaam",
        ),
        (
            aanmelding(
                LeerlingVelden {
                    geboortedatum: Some("29-02-2020"),
                    ..goed()
                },
                "2026-11-12",
            ),
            "leerling.geboortedatum",
        ),
        (
            aanmelding(
                LeerlingVelden {
                    geboortedatum: Some("2026-12-01"),
                    ..goed()
                },
                "2026-11-12",
            ),
            "leerling.geboortedatum",
        ),
        (
            aanmelding(kind(Some("123456782"), "34"), "2026-11-12"),
            "leerling.woon_postcode",
        ),
        (
            aanmelding(kind(Some("123456782"), "1000 AA"), "2026-11-12"),
            "leerling.woon_postcode",
        ),
        (aanmelding(goed(), "2026-11-23"), "ontvangen"),
        (aanmelding(goed(), "gisteren"), "ontvangen"),
        (
            AanmeldingVelden {
                gewenste_start: Some("januari"),
                ..aanmelding(goed(), "2026-11-12")
            },
            "gewenste_start",
        ),
    ];
    for (a, want) in cases {
        assert_eq!(veld(a), Some(want));
    }
    let zonder = AanmeldingVelden {
        ontvangen: None,
        ..aanmelding(goed(), "2026-11-12")
    };
    assert_eq!(
        zonder
            .lees(VestigingCode::parse("90AA00").unwrap(), VANDAAG)
            .err(),
        Some(Veldfout::new("ontvangen", "vul de datum van ontvangst in"))
    );
}
