//! The SWV's letters (issue 20, part 8): the TLV with a copy of both advices, the
//! arrangement and the escalation decision, each from the app's own data as PDF, read back
//! line by line; and the letterhead the SWV or gemeente sets for them.

use crate::web::get;
use axum::http::{StatusCode, header};
use passend_store::Store;

mod demo;
mod escalatie;

/// A PDF letter's status and text lines, from the exact bytes (the names have diacritics).
async fn pdf_regels(store: &Store, pad: &str, cookie: &str) -> (StatusCode, Vec<String>) {
    let (status, headers, bytes) =
        crate::dossier_api::download(store, pad, (header::COOKIE, cookie.to_string())).await;
    if status != StatusCode::OK {
        return (status, Vec::new());
    }
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf", "{pad}");
    let tekst = passend_web::pdf::tekst(&bytes);
    (status, tekst.lines().map(str::to_string).collect())
}

/// The status of a letter's page and its PDF for a user who may not read it: both 404.
async fn verborgen(store: &Store, soort: &str, id: i64, cookie: &str) {
    for pad in [
        format!("/brieven/{soort}/{id}"),
        format!("/brieven/{soort}/{id}/pdf"),
    ] {
        let reply = get(store, &pad, Some(cookie)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{pad}");
    }
}
