//! Downloads of lists (issue 8, part 4): the same rows as the page, in the user's scope, as
//! CSV and as an Excel workbook, each download in the audit log; a bad format changes
//! nothing and says what is wrong.

use crate::support::demo_sqlite;
use crate::web::{get, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_store::{AuditFilter, Store};
use std::io::Read;
use tower::ServiceExt;

async fn bytes(store: &Store, path: &str, cookie: &str) -> (StatusCode, String, Vec<u8>) {
    let app = passend_web::app(passend_web::AppState {
        store: store.clone(),
    });
    let req = Request::get(path)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let disposition = res
        .headers()
        .get(header::CONTENT_DISPOSITION)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, disposition, body)
}

fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    csv::Reader::from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The text of one part of an xlsx (a zip of XML files).
fn xlsx_part(body: &[u8], part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("an xlsx is a zip");
    let mut text = String::new();
    zip.by_name(part)
        .expect("part present")
        .read_to_string(&mut text)
        .unwrap();
    text
}

async fn exports(store: &Store) -> i64 {
    store
        .zoek_audit(
            &AuditFilter {
                actie: Some("exporteren".into()),
                ..Default::default()
            },
            1,
            500,
        )
        .await
        .unwrap()
        .1
}

#[tokio::test]
async fn thuiszitters_download_holds_exactly_the_page_rows_and_is_audited() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let po = sign_in(store, "swv-po").await;
    let page = get(store, "/thuiszitters", Some(&po)).await;
    assert!(
        page.body.contains("?formaat=xlsx"),
        "the page offers downloads"
    );
    let on_page = page.body.matches("href=\"/thuiszitters/").count();

    let before = exports(store).await;
    let (status, disposition, body) = bytes(store, "/thuiszitters?formaat=csv", &po).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("thuiszitters.csv"), "{disposition}");
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), on_page, "one row per case on the page");
    assert!(
        rows.iter().all(|r| r[3] == "PO2605"),
        "only the SWV's own cases"
    );
    assert_eq!(exports(store).await, before + 1);

    // The same cases as a workbook, the names in its strings.
    let (status, disposition, body) = bytes(store, "/thuiszitters?formaat=xlsx", &po).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("thuiszitters.xlsx"));
    let strings = xlsx_part(&body, "xl/sharedStrings.xml");
    for r in &rows {
        assert!(strings.contains(&r[2]), "{} in the workbook", r[2]);
    }
    assert_eq!(exports(store).await, before + 2);

    // Another SWV sees none of these cases in its download.
    let vo = sign_in(store, "swv-vo").await;
    let (_, _, body) = bytes(store, "/thuiszitters?formaat=csv", &vo).await;
    let theirs = csv_rows(&body);
    assert!(theirs.iter().all(|r| r[3] == "VO2605"));
    db.finish().await;
}

#[tokio::test]
async fn a_bad_format_is_refused_and_nothing_is_logged() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let po = sign_in(store, "swv-po").await;
    let before = exports(store).await;
    let reply = get(store, "/thuiszitters?formaat=pdf", Some(&po)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply.body.contains("formaat"),
        "the message names the field"
    );
    let reply = get(store, "/ondersteuning?formaat=csv&lijst=alles", Some(&po)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("lijst"));
    assert_eq!(exports(store).await, before);
    db.finish().await;
}

#[tokio::test]
async fn every_list_downloads_in_scope() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = sign_in(store, "ib").await;
    // The school's pupils: the same number as the page lists.
    let page = get(store, "/scholen/90AA00", Some(&ib)).await;
    let on_page = page.body.matches("href=\"/leerlingen/").count();
    assert!(on_page > 0);
    let (status, _, body) = bytes(store, "/scholen/90AA00?formaat=csv", &ib).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(csv_rows(&body).len(), on_page);
    // Someone who may not see the school's pupils gets no list.
    let ouder = sign_in(store, "ouder").await;
    let (status, _, _) = bytes(store, "/scholen/90AA00?formaat=csv", &ouder).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Registrations: as many rows as the page has registrations.
    let page = get(store, "/aanmeldingen", Some(&ib)).await;
    let on_page = page.body.matches("href=\"/aanmeldingen/").count()
        - page.body.matches("href=\"/aanmeldingen/import").count();
    let (_, _, body) = bytes(store, "/aanmeldingen?formaat=csv", &ib).await;
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), on_page);
    assert!(rows.iter().all(|r| r[3].starts_with("90AA00")));

    // The SWV's caseload lists: TLVs and arrangements.
    let po = sign_in(store, "swv-po").await;
    let (_, _, body) = bytes(store, "/ondersteuning?lijst=tlvs&formaat=csv", &po).await;
    let tlvs = csv_rows(&body);
    assert!(!tlvs.is_empty());
    assert!(tlvs.iter().all(|r| r[4] == "PO2605"));
    let (_, _, body) = bytes(
        store,
        "/ondersteuning?lijst=arrangementen&formaat=xlsx",
        &po,
    )
    .await;
    assert!(xlsx_part(&body, "xl/worksheets/sheet1.xml").contains("<row"));

    // Verzuim for the leerplichtambtenaar: only reports of its own gemeente's pupils.
    let lp = sign_in(store, "leerplicht").await;
    let (status, _, body) = bytes(store, "/verzuim?formaat=csv", &lp).await;
    assert_eq!(status, StatusCode::OK);
    let rows = csv_rows(&body);
    let gemeenten: std::collections::BTreeSet<_> = rows.iter().map(|r| r[4].clone()).collect();
    assert!(gemeenten.len() <= 1, "one gemeente: {gemeenten:?}");

    // Vrijstellingen: the leerplichtambtenaar's own; nobody else gets the list.
    let page = get(store, "/leerplicht", Some(&lp)).await;
    let (status, _, body) = bytes(store, "/leerplicht?formaat=csv", &lp).await;
    assert_eq!(status, StatusCode::OK);
    let rows = csv_rows(&body);
    for r in &rows {
        assert!(page.body.contains(&r[2]), "{} is on the page too", r[2]);
    }
    let (status, _, _) = bytes(store, "/leerplicht?formaat=csv", &ib).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    db.finish().await;
}
