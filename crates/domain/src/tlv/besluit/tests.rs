use super::*;
use jiff::civil::date;

const VANDAAG: Date = date(2026, 9, 1);

fn advies(naam: &str, discipline: &str, uitgebracht: bool) -> GegevenAdvies {
    GegevenAdvies {
        deskundige: naam.into(),
        discipline: discipline.into(),
        datum: uitgebracht.then_some(date(2026, 8, 20)),
        uitgebracht,
    }
}

fn feiten(soort: TlvSoort) -> TlvFeiten {
    TlvFeiten {
        naam: "Sem de Jong".into(),
        geboren: date(2016, 3, 4),
        soort,
        swv: SwvCode::parse("PO2605").unwrap(),
        al_beslist: false,
        adviezen: vec![
            advies("J. de Vries", "orthopedagoog", true),
            advies("M. Bakker", "arts", true),
        ],
        volgnummer: Some(42),
    }
}

fn toegekend(categorie: Option<Categorie>, ingang: Date, einde: Option<Date>) -> TlvBesluit {
    TlvBesluit::Toegekend {
        categorie,
        ingang,
        einde,
    }
}

#[test]
fn refusals_name_the_rule() {
    let so = feiten(TlvSoort::So);
    let laag = Some(Categorie::Laag);
    let ingang = date(2026, 9, 15);
    let goed = toegekend(laag, ingang, None);
    let cases: Vec<(&str, TlvFeiten, TlvBesluit, TlvWeigering)> = vec![
        (
            "already decided",
            TlvFeiten {
                al_beslist: true,
                ..so.clone()
            },
            goed.clone(),
            TlvWeigering::AlBeslist,
        ),
        (
            "one advice",
            TlvFeiten {
                adviezen: so.adviezen[..1].to_vec(),
                ..so.clone()
            },
            goed.clone(),
            TlvWeigering::AdviezenOntbreken,
        ),
        (
            "second advice assigned, not written",
            TlvFeiten {
                adviezen: vec![so.adviezen[0].clone(), advies("M. Bakker", "arts", false)],
                ..so.clone()
            },
            TlvBesluit::Afgewezen {
                reden: "geen".into(),
            },
            TlvWeigering::AdviezenOntbreken,
        ),
        (
            "so without category",
            so.clone(),
            toegekend(None, ingang, None),
            TlvError::CategorieNodig("so").into(),
        ),
        (
            "sbo with category",
            feiten(TlvSoort::Sbo),
            goed.clone(),
            TlvError::GeenCategorieBijSbo.into(),
        ),
        (
            "less than one whole schooljaar",
            so.clone(),
            toegekend(laag, ingang, Some(date(2027, 7, 31))),
            TlvError::TeKort {
                ingang,
                minimaal: date(2028, 7, 31),
            }
            .into(),
        ),
        (
            "end not on 31 July",
            so.clone(),
            toegekend(laag, ingang, Some(date(2028, 6, 30))),
            TlvError::EindeNiet31Juli.into(),
        ),
        (
            "before passend onderwijs",
            so.clone(),
            toegekend(laag, date(2014, 7, 1), None),
            TlvError::VoorPassendOnderwijs.into(),
        ),
        (
            "before birth",
            TlvFeiten {
                geboren: date(2026, 10, 1),
                ..so.clone()
            },
            goed.clone(),
            TlvError::VoorGeboorte.into(),
        ),
        (
            "no sequence number taken",
            TlvFeiten {
                volgnummer: None,
                ..so.clone()
            },
            goed.clone(),
            TlvWeigering::GeenVolgnummer,
        ),
        (
            "sequence number past five digits",
            TlvFeiten {
                volgnummer: Some(100_000),
                ..so.clone()
            },
            goed.clone(),
            TlvError::VolgnummerVol(100_000).into(),
        ),
        (
            "refusal without reasons",
            so.clone(),
            TlvBesluit::Afgewezen {
                reden: " \n".into(),
            },
            TlvError::GeenReden.into(),
        ),
    ];
    for (wat, f, b, weigering) in cases {
        assert_eq!(beslis(&f, &b, VANDAAG), Err(weigering), "{wat}");
    }
}

#[test]
fn a_grant_is_numbered_and_the_letter_names_everything() {
    let u = beslis(
        &feiten(TlvSoort::So),
        &toegekend(Some(Categorie::Midden), date(2026, 9, 15), None),
        VANDAAG,
    )
    .unwrap();
    assert_eq!(u.status, TlvStatus::Toegekend);
    assert_eq!(u.categorie, Some(Categorie::Midden));
    assert_eq!(u.ingang, Some(date(2026, 9, 15)));
    assert_eq!(
        u.einde,
        Some(date(2028, 7, 31)),
        "earliest end when none given"
    );
    assert_eq!(u.nummer.unwrap().to_string(), "PO2605-2026-00042");
    assert_eq!(u.reden, None);
    for deel in [
        "Besluit van 2026-09-01.",
        "Het samenwerkingsverband PO2605 verklaart Sem de Jong toelaatbaar tot het ",
        "(so, bekostigingscategorie midden), van 2026-09-15 tot en met 2028-07-31.",
        "Beschikkingsnummer: PO2605-2026-00042.",
        "- J. de Vries (orthopedagoog), 2026-08-20\n- M. Bakker (arts), 2026-08-20",
        "binnen zes weken",
        "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
        "art. 6:5",
    ] {
        assert!(u.brief.contains(deel), "{deel:?} in {}", u.brief);
    }
}

#[test]
fn an_sbo_grant_has_no_category_and_a_refusal_no_number() {
    let sbo = beslis(
        &feiten(TlvSoort::Sbo),
        &toegekend(None, date(2026, 8, 1), Some(date(2028, 7, 31))),
        VANDAAG,
    )
    .unwrap();
    assert_eq!(sbo.einde, Some(date(2028, 7, 31)));
    assert!(sbo.brief.contains("(sbo), van 2026-08-01"), "{}", sbo.brief);

    let nee = beslis(
        &TlvFeiten {
            volgnummer: None,
            ..feiten(TlvSoort::Vso)
        },
        &TlvBesluit::Afgewezen {
            reden: "  Het regulier onderwijs kan de ondersteuning bieden.  ".into(),
        },
        VANDAAG,
    )
    .unwrap();
    assert_eq!(nee.status, TlvStatus::Afgewezen);
    assert_eq!(
        (nee.nummer, nee.einde, nee.reden.as_deref()),
        (
            None,
            None,
            Some("Het regulier onderwijs kan de ondersteuning bieden.")
        )
    );
    assert!(nee.brief.contains(
        "verklaart Sem de Jong niet toelaatbaar tot het vso. Redenen: Het regulier onderwijs kan de ondersteuning bieden."
    ));
    assert!(!nee.brief.contains("Beschikkingsnummer"));
}
