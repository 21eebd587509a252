//! Letters for every decision (issue 20, part 8): each kind as a PDF with the embedded font,
//! read back and checked for the sender, the addressee, the date in words and the clause,
//! each on the line where only the right answer puts it. And the receipt of a digital
//! registration, from the app, as PDF and as HTML to print, for the parent only.

use crate::store::{pupil, school_with_vestiging};
use crate::support::{TestDb, contract_db};
use crate::web::{csrf_of, get, post_form, try_sign_in, with_state};
use axum::http::StatusCode;
use jiff::civil::date;
use passend_domain::brief::{Adres, Bijlage, Brief, Briefsoort, datum_voluit};
use passend_domain::{Naam, Rol, Schoolsoort};
use passend_store::{AccountRol, NewAccount};

fn regels(pdf: &[u8]) -> Vec<String> {
    passend_web::pdf::tekst(pdf)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The text with its lines joined, for a clause that wraps.
fn doorlopend(pdf: &[u8]) -> String {
    regels(pdf).join(" ")
}

fn brief(soort: Briefsoort) -> Brief {
    let mut b = Brief::nieuw(
        soort,
        Adres {
            naam: "Samenwerkingsverband Lek en IJssel".into(),
            regels: vec!["Dorpsstraat 12a".into(), "3431 AB Nieuwegein".into()],
        },
        Adres {
            naam: "De ouders of verzorgers van Zoë van den Berg".into(),
            regels: vec!["3431 AB".into()],
        },
        date(2026, 12, 7),
    );
    b.besluit = vec!["Het besluit.".into()];
    b.redenen = vec!["De reden: coördinatie met de zorg.".into()];
    if soort == Briefsoort::Tlv {
        b.bijlagen = vec![
            Bijlage {
                titel: "advies van drs. A. de Vries (orthopedagoog)".into(),
                tekst: "Toelaatbaar.".into(),
            },
            Bijlage {
                titel: "advies van dr. B. Jansen (kinderpsychiater)".into(),
                tekst: "Toelaatbaar.".into(),
            },
        ];
    }
    b
}

#[test]
fn every_letter_kind_names_sender_addressee_date_and_its_clause() {
    for soort in Briefsoort::ALL {
        let pdf = passend_web::pdf::brief_van(&brief(soort));
        let r = regels(&pdf);
        assert_eq!(
            r[0], "Samenwerkingsverband Lek en IJssel",
            "{soort:?}: sender first"
        );
        assert_eq!(
            r[1..3],
            ["Dorpsstraat 12a", "3431 AB Nieuwegein"],
            "{soort:?}"
        );
        assert_eq!(
            r[3], "De ouders of verzorgers van Zoë van den Berg",
            "{soort:?}: addressee"
        );
        assert!(
            r.contains(&"Datum: 7 december 2026".to_string()),
            "{soort:?}: {r:?}"
        );
        assert!(r.contains(&soort.onderwerp().to_string()), "{soort:?}");
        let tekst = doorlopend(&pdf);
        let kenmerk = match soort {
            Briefsoort::Ontvangstbevestiging => Some(
                "met ten hoogste vier weken verlengen en laat u dat dan weten (WPO art. 40 lid 6)",
            ),
            Briefsoort::Aanmeldingsbesluit | Briefsoort::Verwijdering => Some(
                "landelijke commissie voor geschillen over toelating en verwijdering (WPO art. 43",
            ),
            Briefsoort::Tlv => Some("bezwaaradviescommissie (WPO art. 18a lid 12"),
            Briefsoort::Vrijstelling => Some("bezwaar maken bij burgemeester en wethouders"),
            Briefsoort::Schorsing | Briefsoort::Arrangement | Briefsoort::Escalatie => None,
        };
        match kenmerk {
            Some(k) => assert!(tekst.contains(k), "{soort:?}: {tekst}"),
            None => assert!(
                !tekst.contains("bezwaar") && !tekst.contains("geschil"),
                "{soort:?}: no guessed clause"
            ),
        }
        let afschriften = r
            .iter()
            .filter(|l| l.starts_with("Afschrift: advies van "))
            .count();
        assert_eq!(
            afschriften,
            if soort == Briefsoort::Tlv { 2 } else { 0 },
            "{soort:?}"
        );
    }
}

async fn account(store: &passend_store::Store, naam: &str, rol: Rol, scope: &str) -> String {
    let wachtwoord = format!("{naam}-wachtwoord-2026");
    let rollen = vec![AccountRol {
        rol,
        scope: Some(scope.into()),
    }];
    let nieuw = NewAccount {
        gebruikersnaam: naam.into(),
        weergavenaam: naam.into(),
        wachtwoord: wachtwoord.clone(),
        rollen,
    };
    store.accounts().create_account(&nieuw).await.unwrap();
    try_sign_in(store, naam, &wachtwoord).await.cookie.unwrap()
}

async fn the_receipt_of_a_digital_registration_is_a_letter(db: &TestDb) {
    let store = &db.store;
    with_state(passend_web::AppState::new(store.clone()), async {
        school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
        let kind = store
            .create_leerling(&pupil("123456782", "3431AB"))
            .await
            .unwrap();
        let ouder = store
            .create_ouder(
                &Naam::new("Anna", None, "Berg").unwrap(),
                Some("anna@ouders.example.nl"),
                &[(kind, "ouder")],
            )
            .await
            .unwrap();
        let anna = account(store, "anna", Rol::Ouder, &ouder.to_string()).await;
        let school = account(store, "ib", Rol::School, "90AA00").await;
        let pad = format!("/leerlingen/{}/aanmelden", kind.0);
        let form = get(store, &pad, Some(&anna)).await;
        assert_eq!(form.status, StatusCode::OK);
        let body = format!(
            "csrf={}&vestiging=90AA00&extra_ondersteuning=ja&toelichting=",
            csrf_of(&form.body)
        );
        let bevestiging = post_form(store, &pad, Some(&anna), &body).await;
        assert_eq!(bevestiging.status, StatusCode::OK, "{}", bevestiging.body);
        let vandaag = passend_web::vandaag();
        let id = bevestiging
            .body
            .split("/aanmeldingen/")
            .nth(1)
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .to_string();

        let pdf = get(
            store,
            &format!("/aanmeldingen/{id}/ontvangstbevestiging.pdf"),
            Some(&anna),
        )
        .await;
        assert_eq!(
            (pdf.status, pdf.content_type.as_deref()),
            (StatusCode::OK, Some("application/pdf"))
        );
        let r = regels(pdf.body.as_bytes());
        assert_eq!(r[0], "Testschool", "the school from the register sends it");
        assert!(
            r.contains(&"De ouders of verzorgers van Sanne van den Berg".to_string()),
            "{r:?}"
        );
        assert!(
            r.contains(&format!("Datum: {}", datum_voluit(vandaag))),
            "{r:?}"
        );
        assert!(doorlopend(pdf.body.as_bytes()).contains("(WPO art. 40 lid 6)"));
        let html = get(
            store,
            &format!("/aanmeldingen/{id}/ontvangstbevestiging"),
            Some(&anna),
        )
        .await;
        assert!(
            html.body
                .contains(&format!("<p id=\"datum\">Datum: {}", datum_voluit(vandaag))),
            "{}",
            html.body
        );
        assert!(html.body.contains("@media print"));
        // The school has its own registration page; this letter is the parents'.
        let anders = get(
            store,
            &format!("/aanmeldingen/{id}/ontvangstbevestiging.pdf"),
            Some(&school),
        )
        .await;
        assert_eq!(anders.status, StatusCode::NOT_FOUND);
    })
    .await;
}

contract_db!(the_receipt_of_a_digital_registration_is_a_letter);
