//! Absence imported by a school inside the application: the rules make the reports, a
//! langdurig-relatief-verzuim report opens a thuiszitter case, and the leerplicht of the
//! pupil's gemeente handles the reports.

use crate::support::demo_sqlite;
use crate::web::{Reply, csrf_of, get, post_form, send, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_store::Store;
use sqlx::{Connection, Row};

/// Posts the upload form as a browser does (multipart/form-data).
pub async fn upload(store: &Store, cookie: &str, csrf: &str, regio: &str, csv: &str) -> Reply {
    let boundary = "----passendgrens";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"regio\"\r\n\r\n{regio}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"verzuim.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n\
         --{boundary}--\r\n"
    );
    let req = Request::post("/verzuim/import")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(store, req).await
}

/// 21 school days of September 2025 (regio midden) fully absent, 5.5 hours a day.
fn september(leerling: i64) -> String {
    let mut csv =
        String::from("leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n");
    for day in [
        1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29,
    ] {
        csv.push_str(&format!("{leerling},2025-09-{day:02},5.5,5.5,0\n"));
    }
    csv
}

#[tokio::test]
async fn a_schools_absence_becomes_reports_and_a_case_for_leerplicht() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // A pupil of 90AA00 since before the school year, living in Nieuwegein, without a case.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let leerling: i64 = sqlx::query(
        "SELECT l.id FROM leerling l JOIN inschrijving i ON i.leerling_id = l.id JOIN postcode_regio p ON p.pc4 = l.pc4 \
         WHERE i.vestiging_code = '90AA00' AND i.tot IS NULL AND i.van < '2025-08-01' AND p.gemeentecode = '0356' \
         AND l.id NOT IN (SELECT leerling_id FROM thuiszitter_zaak) ORDER BY l.id DESC LIMIT 1",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let elsewhere: i64 = sqlx::query(
        "SELECT leerling_id FROM inschrijving WHERE vestiging_code <> '90AA00' AND tot IS NULL ORDER BY leerling_id LIMIT 1",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verzuim", Some(&ib)).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = csrf_of(&page.body);
    // Bad input is refused with the line, and nothing is stored.
    let mut bad = september(leerling);
    bad = bad.replacen("5.5,5.5,0", "5.5,6,0", 1);
    let reply = upload(store, &ib, &csrf, "midden", &bad).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("regel 2"), "{}", reply.body);
    let weekend = format!(
        "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n{leerling},2025-09-06,5,5,0\n"
    );
    assert!(
        upload(store, &ib, &csrf, "midden", &weekend)
            .await
            .body
            .contains("is geen schooldag")
    );
    let other = format!(
        "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n{elsewhere},2025-09-01,5,5,0\n"
    );
    assert!(
        upload(store, &ib, &csrf, "midden", &other)
            .await
            .body
            .contains("niet ingeschreven op deze vestiging")
    );
    let stored: i64 = sqlx::query("SELECT COUNT(*) FROM verzuimregel")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, 0);
    // Without the form's CSRF value nothing happens either.
    assert_eq!(
        upload(store, &ib, "fout", "midden", &september(leerling))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let ok = upload(store, &ib, &csrf, "midden", &september(leerling)).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(
        ok.body.contains("21 regels van 1 leerlingen ingelezen"),
        "{}",
        ok.body
    );
    assert!(ok.body.contains("1 nieuwe thuiszitterzaken"));
    let rows: Vec<(String, String, i64)> = sqlx::query(
        "SELECT soort, datum, uren FROM verzuimmelding WHERE leerling_id = $1 ORDER BY datum, soort",
    )
    .bind(leerling)
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect();
    assert_eq!(
        rows[0],
        ("verzuim_16_uur".to_string(), "2025-09-03".to_string(), 1650)
    );
    assert!(
        rows.contains(&(
            "langdurig_relatief_verzuim".to_string(),
            "2025-09-29".to_string(),
            21 * 550
        )),
        "{rows:?}"
    );
    let case_start: String =
        sqlx::query("SELECT startdatum FROM thuiszitter_zaak WHERE leerling_id = $1")
            .bind(leerling)
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    assert_eq!(case_start, "2025-09-01", "the run began on the first day");
    // Importing the same file again makes no new reports.
    let again = upload(store, &ib, &csrf, "midden", &september(leerling)).await;
    assert!(again.body.contains("0 nieuwe meldingen"));

    // Leerplicht Nieuwegein handles them; the school cannot.
    let id: i64 = sqlx::query("SELECT id FROM verzuimmelding WHERE leerling_id = $1 AND soort = 'langdurig_relatief_verzuim'")
        .bind(leerling)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let by_school = post_form(
        store,
        &format!("/verzuim/{id}/status"),
        Some(&ib),
        &format!("csrf={csrf}&status=in+behandeling"),
    )
    .await;
    assert_eq!(by_school.status, StatusCode::BAD_REQUEST);
    let lp = sign_in(store, "leerplicht").await;
    let lp_page = get(store, "/verzuim", Some(&lp)).await;
    assert!(
        lp_page
            .body
            .contains(&format!("href=\"/leerlingen/{leerling}\""))
    );
    let lp_csrf = csrf_of(&lp_page.body);
    for status in ["in+behandeling", "afgesloten"] {
        let r = post_form(
            store,
            &format!("/verzuim/{id}/status"),
            Some(&lp),
            &format!("csrf={lp_csrf}&status={status}"),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{status}: {}", r.body);
    }
    let status: String = sqlx::query("SELECT status FROM verzuimmelding WHERE id = $1")
        .bind(id)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(status, "afgesloten");
    // Another gemeente's leerplicht sees none of it.
    let (_, other_lp) = crate::web::account_in_role(
        store,
        "lp-houten",
        passend_domain::Rol::Leerplicht,
        Some("0321"),
    )
    .await;
    let other_page = get(store, "/verzuim", Some(&other_lp)).await;
    assert!(
        !other_page
            .body
            .contains(&format!("href=\"/leerlingen/{leerling}\""))
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{leerling}"), Some(&other_lp))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The same import through the API, for another pupil of the school.
    let account = store
        .accounts()
        .verify_password("ib", "demo-ib-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "las-koppeling")
        .await
        .unwrap();
    let second: i64 = sqlx::query(
        "SELECT l.id FROM leerling l JOIN inschrijving i ON i.leerling_id = l.id WHERE i.vestiging_code = '90AA00' \
         AND i.tot IS NULL AND i.van < '2025-08-01' AND l.id <> $1 AND l.id NOT IN (SELECT leerling_id FROM thuiszitter_zaak) \
         ORDER BY l.id DESC LIMIT 1",
    )
    .bind(leerling)
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let req = Request::post("/api/v1/scholen/90AA00/verzuim?regio=midden")
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(september(second)))
        .unwrap();
    let api = send(store, req).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(
        (json["rijen"].as_i64(), json["nieuweZaken"].as_i64()),
        (Some(21), Some(1))
    );
    raw.close().await.unwrap();
    db.finish().await;
}
