//! The eigen beheerder (issue 19 part 3): the demo bestuur's own account keeper sees and
//! invites the accounts of its own organisation only (its schools' staff, the bestuur), and
//! gets the reason beside the field for a role of another organisation.

use super::{csrf_of, get, post_form, sign_in, with_state};
use crate::support::demo_sqlite;
use axum::http::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_eigen_beheerder_keeps_only_its_own_organisations_accounts() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let map = crate::support::tempdir();
    let state = passend_web::AppState::met_mail(
        store.clone(),
        passend_web::mail::MailInstelling::map(map.path(), "https://passend.example.nl"),
    );
    with_state(state, async {
        let cookie = sign_in(store, "eigen-beheer").await;
        let start = get(store, "/", Some(&cookie)).await;
        assert!(start.body.contains(r#"<a href="/beheer/gebruikers">Gebruikers</a>"#));
        let page = get(store, "/beheer/gebruikers", Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        let namen: Vec<&str> = page
            .body
            .split("<tr><td>")
            .skip(1)
            .map(|r| &r[..r.find('<').unwrap()])
            .collect();
        assert_eq!(namen, ["bestuur", "eigen-beheer", "ib"], "only its own organisation");
        let csrf = csrf_of(&page.body);
        let uitnodiging = |rol: &str, werkgebied: &str| {
            format!(
                "csrf={csrf}&gebruikersnaam=ib-twee&naam=Ib+Twee&email=ib2%40boog.example&rol={rol}&werkgebied={werkgebied}"
            )
        };
        // Another organisation's role: refused beside the werkgebied, nothing made.
        let swv = post_form(store, "/beheer/gebruikers", Some(&cookie), &uitnodiging("swv", "PO2605")).await;
        assert_eq!(swv.status, StatusCode::BAD_REQUEST);
        assert!(swv.body.contains(
            r#"<p id="werkgebied-fout" class="fout">de rol samenwerkingsverband met dit werkgebied hoort niet bij uw organisatie</p>"#
        ), "{}", swv.body);
        let school = post_form(store, "/beheer/gebruikers", Some(&cookie), &uitnodiging("school", "90AA00")).await;
        assert_eq!(school.status, StatusCode::OK, "{}", school.body);
        assert!(school.body.contains("ib-twee is uitgenodigd"));
        // Switching off: its own staff yes, another organisation's account "does not exist".
        let uit = |naam: &str| format!("csrf={csrf}&gebruikersnaam={naam}");
        let vreemd = post_form(store, "/beheer/gebruikers/uit", Some(&cookie), &uit("swv-po")).await;
        assert_eq!(vreemd.status, StatusCode::NOT_FOUND);
        let eigen = post_form(store, "/beheer/gebruikers/uit", Some(&cookie), &uit("ib-twee")).await;
        assert_eq!(eigen.status, StatusCode::OK, "{}", eigen.body);
        // The rest of beheer is not there for it.
        assert_eq!(get(store, "/beheer/inrichting", Some(&cookie)).await.status, StatusCode::NOT_FOUND);
    })
    .await;
    db.finish().await;
}
