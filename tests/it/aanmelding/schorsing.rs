//! Schorsingen: the legal maximum, the report, and the VO suspension clock.

use super::*;

#[tokio::test]
async fn a_schorsing_of_eight_days_is_refused_and_one_of_two_days_is_reported() {
    use passend_domain::VestigingCode;
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[10]
        .id
        .0;
    let ib = sign_in(store, "ib").await;
    let school = store
        .systeem_verzoeker(passend_domain::Rol::School, "90AA00")
        .await
        .unwrap();
    let page = get(store, &format!("/leerlingen/{pupil}"), Some(&ib)).await;
    let csrf = csrf_of(&page.body);
    let url = format!("/leerlingen/{pupil}/schorsing");
    let eight = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={today}&tot={}&reden=geweld&schriftelijk=ja&stem_kind=gehoord&bevestigd=ja",
            today + jiff::ToSpan::days(7)
        ),
    )
    .await;
    assert_eq!(eight.status, StatusCode::BAD_REQUEST);
    assert!(
        eight.body.contains("ten hoogste één week"),
        "{}",
        eight.body
    );
    let unwritten = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&van={today}&tot={today}&reden=geweld&bevestigd=ja"),
    )
    .await;
    assert_eq!(
        unwritten.status,
        StatusCode::BAD_REQUEST,
        "the decision is written to the parents"
    );
    let two = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={today}&tot={}&reden=geweld&schriftelijk=ja&stem_kind=gehoord&bevestigd=ja",
            today + jiff::ToSpan::days(1)
        ),
    )
    .await;
    assert_eq!(two.status, StatusCode::SEE_OTHER, "{}", two.body);
    let s = store
        .maatregelen()
        .schorsingen(&school, passend_store::LeerlingId(pupil), today, "t")
        .await
        .unwrap();
    assert_eq!(s.len(), 1);
    let melding = s[0]
        .inspectie_melding
        .as_deref()
        .expect("two days: a melding to the inspectie");
    assert!(melding.contains("2 dagen") && melding.contains("geweld"));
    let one = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&van={0}&tot={0}&reden=pesten&schriftelijk=ja&stem_kind=gehoord&bevestigd=ja",
            today + jiff::ToSpan::days(20)
        ),
    )
    .await;
    assert_eq!(one.status, StatusCode::SEE_OTHER);
    let s = store
        .maatregelen()
        .schorsingen(&school, passend_store::LeerlingId(pupil), today, "t")
        .await
        .unwrap();
    assert_eq!(
        s.iter().filter(|x| x.inspectie_melding.is_none()).count(),
        1,
        "one day: no melding"
    );
    // A parent sees the schorsing on the child's page; the SWV cannot schorsen.
    let swv = sign_in(store, "swv-po").await;
    let swv_csrf = csrf_of(&get(store, "/", Some(&swv)).await.body);
    let by_swv = post_form(
        store,
        &url,
        Some(&swv),
        &format!(
            "csrf={swv_csrf}&van={today}&tot={today}&reden=x&schriftelijk=ja&stem_kind=gehoord&bevestigd=ja"
        ),
    )
    .await;
    assert_eq!(by_swv.status, StatusCode::BAD_REQUEST);
    db.finish().await;
}

#[tokio::test]
async fn the_vo_suspension_stops_the_clock_and_is_refused_in_po() {
    use sqlx::{Connection, Row};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    // PO: refused.
    let ib = sign_in(store, "ib").await;
    let csrf = csrf_of(&get(store, "/aanmeldingen/1", Some(&ib)).await.body);
    let po = post_form(
        store,
        "/aanmeldingen/1/opschorten",
        Some(&ib),
        &format!("csrf={csrf}&van={}&tot=", today - jiff::ToSpan::days(1)),
    )
    .await;
    assert_eq!(po.status, StatusCode::BAD_REQUEST);
    assert!(
        po.body.contains("alleen in het voortgezet onderwijs"),
        "{}",
        po.body
    );
    // VO: a school account for the first vo vestiging registers a child and suspends.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let vo: String =
        sqlx::query("SELECT code FROM vestiging WHERE schoolsoort = 'vo' ORDER BY code LIMIT 1")
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    raw.close().await.unwrap();
    let (_, school) = account_in_role(store, "zorgcoordinator", Rol::School, Some(&vo)).await;
    let csrf = csrf_of(&get(store, "/aanmeldingen", Some(&school)).await.body);
    let ontvangen = today - jiff::ToSpan::days(20);
    let body = format!(
        "csrf={csrf}&voornaam=Mees&achternaam=Smit&geboortedatum=2014-03-01&postcode=3431+AB&persoonsnummer=111222333&ontvangen={ontvangen}"
    );
    let made = post_form(store, "/aanmeldingen", Some(&school), &body).await;
    let url = made.location.expect("registered");
    let (van, tot) = (
        ontvangen + jiff::ToSpan::days(2),
        ontvangen + jiff::ToSpan::days(16),
    );
    let open = post_form(
        store,
        &format!("{url}/opschorten"),
        Some(&school),
        &format!("csrf={csrf}&van={van}&tot="),
    )
    .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER, "{}", open.body);
    assert!(
        get(store, &url, Some(&school))
            .await
            .body
            .contains("de termijn staat stil")
    );
    post_form(
        store,
        &format!("{url}/opschorten"),
        Some(&school),
        &format!("csrf={csrf}&van={van}&tot={tot}"),
    )
    .await;
    let page = get(store, &url, Some(&school)).await;
    let due = passend_web::datum(ontvangen + jiff::ToSpan::days(42 + 14));
    assert!(
        page.body.contains(&due),
        "six weeks plus the fourteen days the clock stood still: {due}"
    );
    db.finish().await;
}
