//! The first start (issue 19 part 1) in the browser's terms: an empty region says how to
//! begin; the beheerder of `passend init` signs in with the one-time password and must
//! choose a password of their own before anything else. Both databases.

use super::{csrf_of, get, post_form, try_sign_in};
use crate::support::{TestDb, contract_db, demo_sqlite};
use axum::http::StatusCode;

async fn the_one_time_password_is_changed_first(db: &TestDb) {
    let store = &db.store;
    let leeg = get(store, "/", None).await;
    assert!(
        leeg.body
            .contains(r#"<h2 id="beginnen">Deze omgeving is nog niet ingericht</h2>"#)
    );
    assert!(leeg.body.contains("nog geen beheerder"));

    let eenmalig = store
        .accounts()
        .maak_eerste_beheerder("beheerder")
        .await
        .unwrap()
        .unwrap();
    let aangemeld = try_sign_in(store, "beheerder", &eenmalig).await;
    assert_eq!(aangemeld.status, StatusCode::SEE_OTHER);
    let cookie = aangemeld.cookie.expect("session");
    // Anything else leads to the password page.
    let elders = get(store, "/beheer/audit", Some(&cookie)).await;
    assert_eq!(elders.status, StatusCode::SEE_OTHER);
    assert_eq!(elders.location.as_deref(), Some("/account/wachtwoord"));
    let form = get(store, "/account/wachtwoord", Some(&cookie)).await;
    assert!(
        form.body
            .contains("U bent aangemeld met een eenmalig wachtwoord")
    );
    let csrf = csrf_of(&form.body);

    let ongelijk = post_form(
        store,
        "/account/wachtwoord",
        Some(&cookie),
        &format!(
            "csrf={csrf}&huidig={eenmalig}&nieuw=een+eigen+wachtwoord&herhaling=iets+anders+dan+dat"
        ),
    )
    .await;
    assert_eq!(ongelijk.status, StatusCode::BAD_REQUEST);
    assert!(ongelijk.body.contains(
        r#"<p id="herhaling-fout" class="fout">de twee nieuwe wachtwoorden zijn niet gelijk</p>"#
    ));
    let fout = post_form(
        store,
        "/account/wachtwoord",
        Some(&cookie),
        &format!(
            "csrf={csrf}&huidig=geraden&nieuw=een+eigen+wachtwoord&herhaling=een+eigen+wachtwoord"
        ),
    )
    .await;
    assert!(
        fout.body
            .contains(r#"<p id="huidig-fout" class="fout">het huidige wachtwoord klopt niet</p>"#)
    );
    let goed = post_form(
        store,
        "/account/wachtwoord",
        Some(&cookie),
        &format!("csrf={csrf}&huidig={eenmalig}&nieuw=een+eigen+wachtwoord&herhaling=een+eigen+wachtwoord"),
    )
    .await;
    assert_eq!(goed.status, StatusCode::OK, "{}", goed.body);
    assert!(goed.body.contains("Uw wachtwoord is gewijzigd."));
    assert_eq!(
        get(store, "/beheer/audit", Some(&cookie)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        try_sign_in(store, "beheerder", &eenmalig).await.status,
        StatusCode::UNAUTHORIZED,
        "the one-time password no longer signs in"
    );
}

contract_db!(the_one_time_password_is_changed_first);

#[tokio::test]
async fn the_demo_region_does_not_say_it_is_empty() {
    let db = demo_sqlite().await;
    let start = get(&db.store, "/", None).await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(!start.body.contains(r#"id="beginnen""#));
    db.finish().await;
}
