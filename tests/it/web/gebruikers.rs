//! The beheerder's accounts page (issue 19 part 3): the list with roles and status, an
//! invitation by e-mail (without a mail server the mail lands in a folder, and the page says
//! so), errors beside their fields with the input kept, and switching an account off. Both
//! databases.

use super::{Reply, csrf_of, get, post_form, try_sign_in, with_state};
use crate::support::{TestDb, contract_db};
use axum::http::StatusCode;
use passend_domain::Rol;
use passend_store::{AccountRol, NewAccount, Store};
use passend_web::mail::MailInstelling;

/// A beheerder account with a known password, signed in; returns the session cookie.
pub async fn beheerder(store: &Store) -> String {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: "beheer".into(),
            weergavenaam: "Beheerder".into(),
            wachtwoord: "beheer-wachtwoord".into(),
            rollen: vec![AccountRol {
                rol: Rol::Beheerder,
                scope: None,
            }],
        })
        .await
        .unwrap();
    let reply = try_sign_in(store, "beheer", "beheer-wachtwoord").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply.cookie.unwrap()
}

fn uitnodiging(csrf: &str, email: &str) -> String {
    format!(
        "csrf={csrf}&gebruikersnaam=lpa-nieuwegein&naam=L.+Plicht&email={email}&rol=leerplicht&werkgebied=0356"
    )
}

/// The text of the message beside a field, if any.
fn fout_bij(reply: &Reply, veld: &str) -> Option<String> {
    let begin = format!("<p id=\"{veld}-fout\" class=\"fout\">");
    let at = reply.body.find(&begin)? + begin.len();
    Some(reply.body[at..at + reply.body[at..].find("</p>")?].to_string())
}

async fn the_beheerder_invites_by_mail_and_switches_an_account_off(db: &TestDb) {
    let store = &db.store;
    let dir = crate::support::tempdir();
    let map = dir.path().join("mail");
    let state = passend_web::AppState::met_mail(
        store.clone(),
        MailInstelling::map(&map, "https://passend.example.nl"),
    );
    with_state(state, async {
        let cookie = beheerder(store).await;
        let page = get(store, "/beheer/gebruikers", Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(&format!(
            "Er is geen mailserver ingesteld: de mail staat in map <code>{}</code>.",
            map.display()
        )));
        assert!(page.body.contains("href=\"/beheer/gebruikers\""), "in the menu");
        let csrf = csrf_of(&page.body);

        // A bad address: 400, the message beside the field, the input kept, nothing stored.
        let fout = post_form(
            store,
            "/beheer/gebruikers",
            Some(&cookie),
            &uitnodiging(&csrf, "lpa%40nieuwegein"),
        )
        .await;
        assert_eq!(fout.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            fout_bij(&fout, "email").as_deref(),
            Some("&#39;lpa@nieuwegein&#39; is geen e-mailadres: verwacht iets als naam@school.nl")
        );
        assert_eq!(fout_bij(&fout, "gebruikersnaam"), None);
        assert!(fout.body.contains("value=\"lpa-nieuwegein\""));
        assert!(fout.body.contains("value=\"lpa@nieuwegein\""));
        assert!(fout.body.contains("<option value=\"leerplicht\" selected>"));
        assert!(!fout.body.contains("<td>lpa-nieuwegein</td>"));
        // A role that needs a werkgebied, without one.
        let zonder = post_form(
            store,
            "/beheer/gebruikers",
            Some(&cookie),
            &format!("csrf={csrf}&gebruikersnaam=x&naam=X&email=x%40school.nl&rol=school&werkgebied="),
        )
        .await;
        assert_eq!(zonder.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            fout_bij(&zonder, "werkgebied").as_deref(),
            Some("de rol school (intern begeleider) vraagt een werkgebied")
        );

        let goed = post_form(
            store,
            "/beheer/gebruikers",
            Some(&cookie),
            &uitnodiging(&csrf, "L.Plicht%40Nieuwegein.nl"),
        )
        .await;
        assert_eq!(goed.status, StatusCode::OK, "{}", goed.body);
        assert!(goed.body.contains(
            "lpa-nieuwegein is uitgenodigd; de uitnodiging gaat per mail naar l.plicht@nieuwegein.nl."
        ));
        assert!(goed.body.contains(
            "<td>lpa-nieuwegein</td><td>L. Plicht</td><td>l.plicht@nieuwegein.nl</td>\n    \
             <td>leerplichtambtenaar: Nieuwegein (0356)</td><td class=\"status\">uitgenodigd</td>"
        ), "{}", goed.body);

        // The mail is in the folder, with the link and nothing else about the person.
        let mails = crate::smtp::wacht(|| crate::smtp::lees_map(&map, ".eml"), 1).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].contains("To: l.plicht@nieuwegein.nl"));
        assert!(mails[0].contains("Subject: Uitnodiging voor passend"));
        let link = crate::smtp::link(&mails[0], "https://passend.example.nl/uitnodiging/");
        let pad = link.trim_start_matches("https://passend.example.nl");
        let open = get(store, pad, None).await;
        assert_eq!(open.status, StatusCode::OK);
        assert!(open.body.contains("als <strong>lpa-nieuwegein</strong>"));

        // The same name again: the message beside the name.
        let dubbel = post_form(
            store,
            "/beheer/gebruikers",
            Some(&cookie),
            &uitnodiging(&csrf, "ander%40nieuwegein.nl"),
        )
        .await;
        assert_eq!(dubbel.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            fout_bij(&dubbel, "gebruikersnaam").as_deref(),
            Some("gebruikersnaam lpa-nieuwegein is al in gebruik")
        );

        // Switched off: the open invitation ends with it; the own account has no button.
        assert!(!goed.body.contains("value=\"beheer\">"));
        let uit = post_form(
            store,
            "/beheer/gebruikers/uit",
            Some(&cookie),
            &format!("csrf={csrf}&gebruikersnaam=lpa-nieuwegein"),
        )
        .await;
        assert_eq!(uit.status, StatusCode::OK, "{}", uit.body);
        assert!(uit.body.contains("<td class=\"status\">uit</td>"));
        assert_eq!(get(store, pad, None).await.status, StatusCode::NOT_FOUND);
        let zelf = post_form(
            store,
            "/beheer/gebruikers/uit",
            Some(&cookie),
            &format!("csrf={csrf}&gebruikersnaam=beheer"),
        )
        .await;
        assert_eq!(zelf.status, StatusCode::BAD_REQUEST);
        assert!(get(store, "/beheer/gebruikers", Some(&cookie)).await.status == StatusCode::OK);
    })
    .await;
}

contract_db!(the_beheerder_invites_by_mail_and_switches_an_account_off);
