//! Public pages, Dutch error messages, signing in and the security headers.

use super::*;

#[tokio::test]
async fn public_pages_render_in_dutch() {
    let db = demo_sqlite().await;
    let start = get(&db.store, "/", None).await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(start.body.contains("<html lang=\"nl\">"));
    assert!(start.body.contains("<dd>15.000</dd>"), "nl-NL thousands");
    let list = get(&db.store, "/swv", None).await;
    assert!(
        list.body
            .contains("De 76 samenwerkingsverbanden primair onderwijs en 74 voortgezet onderwijs")
    );
    let swv = get(&db.store, "/swv/PO2605", None).await;
    for gemeente in [
        "Houten",
        "IJsselstein",
        "Lopik",
        "Nieuwegein",
        "Vijfheerenlanden",
    ] {
        assert!(swv.body.contains(gemeente), "{gemeente}");
    }
    let split = get(&db.store, "/swv/PO2808", None).await;
    assert!(
        split
            .body
            .contains("gemeente ligt ook in een ander samenwerkingsverband")
    );
    let scholen = get(&db.store, "/scholen?soort=so", None).await;
    assert_eq!(scholen.body.matches("<td>so</td>").count(), 2);
    let school = get(&db.store, "/scholen/90AA00", None).await;
    assert_eq!(school.status, StatusCode::OK);
    assert!(
        !school.body.contains("/leerlingen/"),
        "no pupil list without sign-in"
    );
    let css = get(&db.store, "/static/passend.css", None).await;
    assert_eq!(css.status, StatusCode::OK);
    db.finish().await;
}

#[tokio::test]
async fn bad_input_gets_a_dutch_message() {
    let db = TestDb::sqlite().await;
    let bad = get(&db.store, "/postcode?postcode=12", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("is geen postcode: verwacht 4 cijfers en 2 letters")
    );
    let unknown = get(&db.store, "/postcode?postcode=1000+AA", None).await;
    assert!(
        unknown
            .body
            .contains("postcode 1000 komt niet voor in de regio-indeling")
    );
    let ok = get(&db.store, "/postcode?postcode=3431ab", None).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains("PO2605") && ok.body.contains("VO2605"));
    let soort = get(&db.store, "/scholen?soort=mbo", None).await;
    assert_eq!(soort.status, StatusCode::BAD_REQUEST);
    assert!(soort.body.contains("is geen schoolsoort"));
    let missing = get(&db.store, "/swv/PO9999", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Niet gevonden"));
    assert_eq!(
        get(&db.store, "/bestaat-niet", None).await.status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

#[tokio::test]
async fn sign_in_and_security_headers() {
    let db = demo_sqlite().await;
    let wrong = try_sign_in(&db.store, "ib", "fout-wachtwoord").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("De combinatie van gebruikersnaam en wachtwoord is onbekend.")
    );
    let cookie = sign_in(&db.store, "ib").await;
    let start = get(&db.store, "/", Some(&cookie)).await;
    assert!(start.body.contains("school (intern begeleider)"));
    assert!(start.body.contains("href=\"/scholen/90AA00\">Mijn school"));
    let res = passend_web::app(passend_web::AppState::new(db.store.clone()))
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    // Signing out ends the session on the server, not only in the browser.
    let forged = post_form(&db.store, "/afmelden", Some(&cookie), "").await;
    assert_eq!(
        forged.status,
        StatusCode::FORBIDDEN,
        "sign-out without the CSRF value"
    );
    let csrf = csrf_of(&start.body);
    let out = post_form(
        &db.store,
        "/afmelden",
        Some(&cookie),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = get(&db.store, "/mijn-kinderen", Some(&cookie)).await;
    assert_eq!(after.location.as_deref(), Some("/aanmelden"));
    db.finish().await;
}
