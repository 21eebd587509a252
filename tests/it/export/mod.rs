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

mod lijsten;
mod openbaar;
mod registers;
mod thuiszitters;

async fn bytes(store: &Store, path: &str, cookie: &str) -> (StatusCode, String, Vec<u8>) {
    let app = passend_web::app(passend_web::AppState::new(store.clone()));
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
            &crate::support::beheerder(),
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

/// The ids in `attr="prefix-<id>"` on a page, in page order.
fn ids_on_page(body: &str, prefix: &str) -> Vec<String> {
    body.split(prefix)
        .skip(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect())
        .collect()
}

/// The body rows of the page's tables (`<tr><td>`), as the page counts them.
fn table_rows(body: &str) -> usize {
    body.matches("<tr><td>").count()
}
