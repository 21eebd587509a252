//! Support through the web application: a registration decided on the TLV route leads to the
//! TLV request, which lands at the SWV the law names; the SWV's caseload shows what to do;
//! the decision letter prints as PDF; the parents see the support and nobody else's.

use crate::support::demo_sqlite;
use crate::web::{account_in_role, csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use sqlx::{Connection, Row};

#[tokio::test]
async fn tlv_route_from_registration_to_the_deciding_swv() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = sign_in(store, "ib").await;
    let csrf = csrf_of(&get(store, "/aanmeldingen", Some(&ib)).await.body);
    // An open registration at the demo school of a child enrolled at another school.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let (aanmelding, leerling): (i64, i64) = {
        let r = sqlx::query(
            "SELECT a.id, a.leerling_id FROM aanmelding a WHERE a.besluit IS NULL AND a.ingetrokken_op IS NULL \
             AND a.verlenging_weken IS NULL ORDER BY a.id LIMIT 1",
        )
        .fetch_one(&mut raw)
        .await
        .unwrap();
        (r.get(0), r.get(1))
    };
    raw.close().await.unwrap();
    let reply = post_form(
        store,
        &format!("/aanmeldingen/{aanmelding}/besluit"),
        Some(&ib),
        &format!("csrf={csrf}&soort=tlv&stem_kind=wil+naar+een+kleine+school&bevestigd=ja"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    // The registration gives the registration, not the dossier: the TLV is asked on the
    // registration's own page, and followed there.
    let page = get(store, &format!("/aanmeldingen/{aanmelding}"), Some(&ib)).await;
    assert!(page.body.contains("Nog niet aangevraagd"));
    assert!(
        page.body
            .contains(&format!("action=\"/leerlingen/{leerling}/tlv\"")),
        "the request form is on the registration page"
    );
    assert!(
        !page
            .body
            .contains(&format!("href=\"/leerlingen/{leerling}\""))
    );
    // The school asks for an so TLV; it goes to the SWV the law names and shows on the
    // registration and in the SWV's caseload.
    let reply = post_form(
        store,
        &format!("/leerlingen/{leerling}/tlv"),
        Some(&ib),
        &format!(
            "csrf={csrf}&soort=so&aanvragende_vestiging=90AA00&toelichting=zie+OPP&aanmelding={aanmelding}"
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(
        reply.location.as_deref(),
        Some(format!("/aanmeldingen/{aanmelding}").as_str())
    );
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let r = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id, swv_code FROM tlv WHERE leerling_id = {leerling} AND soort = 'so' ORDER BY id DESC LIMIT 1"
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let (id, beslisser): (i64, String) = (r.get(0), r.get(1));
    raw.close().await.unwrap();
    let tlv = format!("/tlv/{id}");
    let page = get(store, &format!("/aanmeldingen/{aanmelding}"), Some(&ib)).await;
    assert!(
        page.body.contains(&format!("so bij {beslisser}</li>"))
            || page.body.contains(&format!("so bij {beslisser},")),
        "the request shows on the registration"
    );
    let (_, beslist) = account_in_role(
        store,
        "beslissend-swv",
        passend_domain::Rol::Swv,
        Some(&beslisser),
    )
    .await;
    let detail = get(store, &tlv, Some(&beslist)).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        detail.body.contains("WEC art. 40"),
        "names the rule that chose the SWV"
    );
    // The request sits in the caseload of the deciding SWV only.
    assert!(detail.body.contains(&format!("/swv/{beslisser}\"")));
    let swv = sign_in(store, "swv-po").await;
    let caseload = get(store, "/ondersteuning", Some(&swv)).await;
    assert_eq!(
        caseload.body.contains(&format!("href=\"{tlv}\"")),
        beslisser == "PO2605",
        "only the deciding SWV ({beslisser}) has it"
    );
}

#[tokio::test]
async fn swv_decides_a_tlv_in_the_application_and_the_letter_prints() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = sign_in(store, "swv-po").await;
    let deskundige = sign_in(store, "deskundige").await;
    // The demo's sbo request waits for the demo deskundige's advice (slot 1) and slot 2.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let tlv: i64 = sqlx::query("SELECT id FROM tlv WHERE besluit IS NULL AND soort = 'sbo'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let tweede: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT deskundige_id FROM tlv_advies WHERE tlv_id = {tlv} AND volgorde = 2"
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    let url = format!("/tlv/{tlv}");
    let page = get(store, &url, Some(&deskundige)).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf_d = csrf_of(&page.body);
    let today = passend_web::vandaag();
    // The deskundige cannot write the other deskundige's advice, only their own.
    let other = post_form(
        store,
        &format!("{url}/advies"),
        Some(&deskundige),
        &format!("csrf={csrf_d}&volgorde=2&datum={today}&advies=toelaatbaar"),
    )
    .await;
    assert_eq!(other.status, StatusCode::BAD_REQUEST);
    let own = post_form(
        store,
        &format!("{url}/advies"),
        Some(&deskundige),
        &format!("csrf={csrf_d}&volgorde=1&datum={today}&advies=toelaatbaar+tot+het+sbo"),
    )
    .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    let csrf = csrf_of(&get(store, &url, Some(&swv)).await.body);
    // Deciding before the second advice is refused.
    let early = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&swv),
        &format!("csrf={csrf}&besluit=toegekend&ingang={today}&bevestigd=ja"),
    )
    .await;
    assert_eq!(early.status, StatusCode::BAD_REQUEST);
    // The SWV does not write a deskundige's advice (WPO art. 18a lid 11); the second
    // deskundige does, signed in.
    let namens = post_form(
        store,
        &format!("{url}/advies"),
        Some(&swv),
        &format!("csrf={csrf}&volgorde=2&datum={today}&advies=akkoord"),
    )
    .await;
    assert_eq!(namens.status, StatusCode::BAD_REQUEST);
    let (_, smit) = account_in_role(
        store,
        "tweede-deskundige",
        passend_domain::Rol::Deskundige,
        Some(&tweede.to_string()),
    )
    .await;
    let page = get(store, &url, Some(&smit)).await;
    assert!(
        page.body.contains("Uitgebracht op") && !page.body.contains("toelaatbaar tot het sbo"),
        "the second deskundige sees that the first advice was given, not its text"
    );
    let second = post_form(
        store,
        &format!("{url}/advies"),
        Some(&smit),
        &format!(
            "csrf={}&volgorde=2&datum={today}&advies=akkoord",
            csrf_of(&page.body)
        ),
    )
    .await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    // An sbo TLV has no category.
    let met_categorie = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&swv),
        &format!("csrf={csrf}&besluit=toegekend&categorie=H&ingang={today}&bevestigd=ja"),
    )
    .await;
    assert_eq!(met_categorie.status, StatusCode::BAD_REQUEST);
    // Asked first to confirm: the number it will get and the end date the law gives, in
    // words; nothing recorded yet.
    let check = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&swv),
        &format!("csrf={csrf}&besluit=toegekend&categorie=&ingang={today}"),
    )
    .await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.body);
    let voornemen = check.body.split("id=\"voornemen\"").nth(1).unwrap();
    assert!(
        voornemen.contains(&format!("PO2605-{}-00002", today.year()))
            && voornemen.contains(&passend_domain::brief::datum_voluit(today))
            && voornemen.contains("31 juli"),
        "{voornemen}"
    );
    assert!(
        get(store, &url, Some(&swv))
            .await
            .body
            .contains("nog niet genomen"),
        "nothing recorded before the confirmation"
    );
    let ok = post_form(
        store,
        &format!("{url}/besluit"),
        Some(&swv),
        &format!("csrf={csrf}&besluit=toegekend&categorie=&ingang={today}&bevestigd=ja"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let page = get(store, &url, Some(&swv)).await;
    // The demo already issued number 1 of this SWV this year: this one is number 2.
    let year = today.year();
    assert!(
        page.body.contains(&format!("PO2605-{year}-00002")),
        "consecutive number"
    );
    let pdf = get(store, &format!("{url}/besluit.pdf"), Some(&swv)).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.body.starts_with("%PDF-"));
    assert!(pdf.body.contains(&format!("PO2605-{year}-00002")));
    assert!(pdf.body.contains("Bezwaar"), "the objection clause");
}
