//! The thuiszitters download: the page rows, audited; a bad format refused.

use super::*;

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
