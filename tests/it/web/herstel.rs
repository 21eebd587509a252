//! "Wachtwoord vergeten" and mail over a real SMTP server (issue 19 parts 3 and 7): the
//! invitation and the reset arrive at aiosmtpd on loopback with a working link and nothing
//! else about the person; the form answers the same for a known and an unknown address; a
//! used or expired link says so and offers a new one; using it ends the sessions. Both
//! databases.

use super::{Reply, csrf_of, get, post_form, try_sign_in, with_state};
use crate::smtp::{SmtpServer, link, tekst};
use crate::support::{TestDb, contract_db};
use axum::http::StatusCode;
use passend_domain::{EmailAdres, Rol};
use passend_store::{AccountRol, NieuweUitnodiging, Store};
use passend_web::mail::{MailInstelling, Smtp};
use sqlx::Connection;

const ADRES: &str = "https://passend.example.nl";

async fn vraag(store: &Store, email: &str) -> Reply {
    let form = get(store, "/wachtwoord-vergeten", None).await;
    assert_eq!(form.status, StatusCode::OK);
    let cookie = form.cookie.expect("double-submit cookie");
    let body = format!("csrf={}&email={email}", csrf_of(&form.body));
    post_form(store, "/wachtwoord-vergeten", Some(&cookie), &body).await
}

async fn a_forgotten_password_is_reset_by_mail_once(db: &TestDb) {
    let Some(smtp) = SmtpServer::start("a_forgotten_password_is_reset_by_mail_once") else {
        return;
    };
    let store = &db.store;
    let inst = MailInstelling {
        smtp: Some(Smtp {
            host: "127.0.0.1".into(),
            poort: smtp.poort,
            starttls: false,
            gebruiker: None,
            wachtwoord: None,
            ca: None,
        }),
        ..MailInstelling::map("ongebruikt", ADRES)
    };
    let state = passend_web::AppState::met_mail(store.clone(), inst.clone());
    with_state(state, async {
        // The invitation, mailed by the delivery pass.
        let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
        let nieuw = NieuweUitnodiging {
            gebruikersnaam: "lpa".into(),
            weergavenaam: "L. Plicht".into(),
            email: Some(EmailAdres::parse("lpa@nieuwegein.nl").unwrap()),
            rol: AccountRol {
                rol: Rol::Leerplicht,
                scope: Some("0356".into()),
            },
        };
        store.accounts().nodig_uit_met(&beheer, &nieuw, ADRES).await.unwrap();
        let pass = passend_web::mail::bezorg(store, &inst).await.unwrap();
        assert_eq!((pass.verzonden, pass.fouten.len()), (1, 0));
        let mails = smtp.wacht_op(1).await;
        assert!(mails[0].contains("To: lpa@nieuwegein.nl"));
        let uitnodiging = link(&mails[0], "https://passend.example.nl/uitnodiging/");
        // The whole text: the account name and the link, no other personal detail.
        assert_eq!(
            tekst(&mails[0]).trim_end(),
            format!(
                "U bent uitgenodigd voor passend met de gebruikersnaam lpa.\n\nKies via deze link een \
                 wachtwoord. De link werkt 7 dagen en één keer:\n{uitnodiging}\n\nVerwachtte u deze \
                 uitnodiging niet? Dan kunt u deze mail negeren."
            )
        );
        let pad = uitnodiging.trim_start_matches(ADRES);
        let gezet = post_form(store, pad, None, "wachtwoord=het+oude+wachtwoord&herhaling=het+oude+wachtwoord").await;
        assert_eq!(gezet.status, StatusCode::OK, "{}", gezet.body);
        let oud = try_sign_in(store, "lpa", "het+oude+wachtwoord").await;
        let sessie = oud.cookie.expect("signed in");

        // Known and unknown address: the same answer, byte for byte; one mail only.
        let bekend = vraag(store, "LPA%40nieuwegein.nl").await;
        let onbekend = vraag(store, "niemand%40nieuwegein.nl").await;
        assert_eq!(bekend.status, StatusCode::OK);
        assert_eq!((onbekend.status, &onbekend.body), (bekend.status, &bekend.body));
        assert!(bekend.body.contains(
            "<p class=\"melding nieuw\" role=\"status\">Als dit adres bij een account hoort, is er een mail verstuurd.</p>"
        ));
        let fout = vraag(store, "geen-adres").await;
        assert_eq!(fout.status, StatusCode::BAD_REQUEST);
        assert!(fout.body.contains("<p id=\"email-fout\" class=\"fout\">"));
        assert!(fout.body.contains("value=\"geen-adres\""));
        let mails = smtp.wacht_op(2).await;
        assert_eq!(mails.len(), 2, "nothing for the unknown address");
        assert!(mails[1].contains("Subject: Nieuw wachtwoord voor passend"));
        let herstel = link(&mails[1], "https://passend.example.nl/wachtwoord-herstel/");
        assert!(tekst(&mails[1]).contains("uw account lpa in passend"));
        assert!(!tekst(&mails[1]).contains("0356"), "no werkgebied in a mail");

        let pad = herstel.trim_start_matches(ADRES).to_string();
        let form = get(store, &pad, None).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("Kies een nieuw wachtwoord voor <strong>lpa</strong>"));
        let ongelijk = post_form(store, &pad, None, "wachtwoord=een+nieuw+wachtwoord&herhaling=iets+anders").await;
        assert_eq!(ongelijk.status, StatusCode::BAD_REQUEST);
        let nieuw = post_form(store, &pad, None, "wachtwoord=een+nieuw+wachtwoord&herhaling=een+nieuw+wachtwoord").await;
        assert_eq!(nieuw.status, StatusCode::OK, "{}", nieuw.body);
        assert!(nieuw.body.contains("Uw wachtwoord is gewijzigd"));
        assert_eq!(
            get(store, "/leerplicht", Some(&sessie)).await.location.as_deref(),
            Some("/aanmelden"),
            "the old session ended"
        );
        assert_eq!(try_sign_in(store, "lpa", "het+oude+wachtwoord").await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(try_sign_in(store, "lpa", "een+nieuw+wachtwoord").await.status, StatusCode::SEE_OTHER);

        // Used: it says so and offers a new link; a second use changes nothing.
        let weer = get(store, &pad, None).await;
        assert_eq!(weer.status, StatusCode::GONE);
        assert!(weer.body.contains("<p class=\"fout\" role=\"alert\">deze link is al gebruikt</p>"));
        assert!(weer.body.contains("<a href=\"/wachtwoord-vergeten\">Vraag een nieuwe link aan</a>"));
        let nog = post_form(store, &pad, None, "wachtwoord=nog+een+wachtwoord&herhaling=nog+een+wachtwoord").await;
        assert_eq!(nog.status, StatusCode::GONE);
        assert_eq!(try_sign_in(store, "lpa", "nog+een+wachtwoord").await.status, StatusCode::UNAUTHORIZED);

        // Expired: the third mail of the hour, its link an hour old.
        vraag(store, "lpa%40nieuwegein.nl").await;
        let mails = smtp.wacht_op(3).await;
        let pad = link(&mails[2], "https://passend.example.nl/wachtwoord-herstel/")
            .trim_start_matches(ADRES)
            .to_string();
        let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
        sqlx::query("UPDATE wachtwoord_herstel SET verloopt = '2000-01-01T00:00:00Z' WHERE gebruikt IS NULL")
            .execute(&mut raw)
            .await
            .unwrap();
        raw.close().await.unwrap();
        let verlopen = get(store, &pad, None).await;
        assert_eq!(verlopen.status, StatusCode::GONE);
        assert!(verlopen.body.contains("<p class=\"fout\" role=\"alert\">deze link is verlopen</p>"));
        assert!(verlopen.body.contains("Vraag een nieuwe link aan"));

        // More than three an hour to one address: the same answer, no more mail.
        let vierde = vraag(store, "lpa%40nieuwegein.nl").await;
        assert_eq!(vierde.body, bekend.body);
        passend_web::mail::bezorg(store, &inst).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(smtp.berichten().len(), 3);
    })
    .await;
}

contract_db!(a_forgotten_password_is_reset_by_mail_once);

/// An invited account that never chose a password gets a fresh invitation; a deactivated
/// one gets nothing. Without a mail server, in the folder.
async fn the_form_sends_an_invitation_or_nothing(db: &TestDb) {
    let store = &db.store;
    let dir = crate::support::tempdir();
    let inst = MailInstelling::map(dir.path(), ADRES);
    let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
    for (naam, email) in [("nieuw", "nieuw@school.nl"), ("weg", "weg@school.nl")] {
        let nieuw = NieuweUitnodiging {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            email: Some(EmailAdres::parse(email).unwrap()),
            rol: AccountRol {
                rol: Rol::Inspectie,
                scope: None,
            },
        };
        store
            .accounts()
            .nodig_uit_met(&beheer, &nieuw, ADRES)
            .await
            .unwrap();
    }
    store.accounts().deactiveer(&beheer, "weg").await.unwrap();
    passend_web::mail::bezorg(store, &inst).await.unwrap();
    let eerste = crate::smtp::lees_map(dir.path(), ".eml");
    assert_eq!(eerste.len(), 2);
    let eerste = link(&eerste[0], "https://passend.example.nl/uitnodiging/");
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE uitnodiging SET verloopt = '2000-01-01T00:00:00Z'")
        .execute(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    let state = passend_web::AppState::met_mail(store.clone(), inst.clone());
    with_state(state, async {
        // The expired invitation says so and leads to the form that sends a new one.
        let verlopen = get(store, eerste.trim_start_matches(ADRES), None).await;
        assert_eq!(verlopen.status, StatusCode::GONE);
        assert!(
            verlopen
                .body
                .contains("<p class=\"fout\" role=\"alert\">deze uitnodiging is verlopen</p>")
        );
        assert!(
            verlopen
                .body
                .contains("<a href=\"/wachtwoord-vergeten\">Vraag een nieuwe link aan</a>")
        );
        vraag(store, "nieuw%40school.nl").await;
        vraag(store, "weg%40school.nl").await;
    })
    .await;
    passend_web::mail::bezorg(store, &inst).await.unwrap();
    let mails = crate::smtp::wacht(|| crate::smtp::lees_map(dir.path(), ".eml"), 3).await;
    assert_eq!(
        mails.len(),
        3,
        "one for the invited account, none for the deactivated"
    );
    assert!(mails[2].contains("To: nieuw@school.nl"));
    let nieuwe = link(&mails[2], "https://passend.example.nl/uitnodiging/");
    assert_ne!(nieuwe, eerste);
    let open = get(store, nieuwe.trim_start_matches(ADRES), None).await;
    assert_eq!(open.status, StatusCode::OK);
}

contract_db!(the_form_sends_an_invitation_or_nothing);
