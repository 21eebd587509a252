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

#[tokio::test]
async fn the_audit_log_downloads_what_its_filters_find() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // Something to find: two downloads by the SWV.
    let po = sign_in(store, "swv-po").await;
    for f in ["csv", "xlsx"] {
        let (status, _, _) = bytes(store, &format!("/thuiszitters?formaat={f}"), &po).await;
        assert_eq!(status, StatusCode::OK);
    }
    let beheer = sign_in(store, "beheerder").await;
    let zoek = "/beheer/audit?gebruiker=swv-po&actie=exporteren";
    let page = get(store, zoek, Some(&beheer)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.replace("&#38;", "&amp;").contains(
            "gebruiker=swv-po&amp;leerling=&amp;actie=exporteren&amp;van=&amp;tot=&amp;formaat=csv"
        ),
        "the download links keep the filters"
    );
    let on_page = table_rows(&page.body);
    assert_eq!(on_page, 2);

    let before = exports(store).await;
    let (status, disposition, body) = bytes(store, &format!("{zoek}&formaat=csv"), &beheer).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("auditlog.csv"), "{disposition}");
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), on_page);
    assert!(
        rows.iter()
            .all(|r| r[1] == "swv-po" && r[5] == "exporteren")
    );
    assert!(rows.iter().all(|r| r[6] == "/thuiszitters"));
    assert_eq!(exports(store).await, before + 1, "the download is logged");

    let (status, _, body) = bytes(store, &format!("{zoek}&formaat=xlsx"), &beheer).await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx_part(&body, "xl/sharedStrings.xml").contains("/thuiszitters"));
    assert_eq!(exports(store).await, before + 2);

    // Only the beheerder: someone else gets neither the page nor the file.
    let (status, _, _) = bytes(store, &format!("{zoek}&formaat=csv"), &po).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(exports(store).await, before + 2);
    db.finish().await;
}

#[tokio::test]
async fn disputes_and_leavers_download_as_on_their_pages() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(page.body.contains("?formaat=csv"));
    let on_page = ids_on_page(&page.body, "id=\"geschil-");
    assert!(!on_page.is_empty());
    let before = exports(store).await;
    let (status, disposition, body) =
        bytes(store, "/verantwoording/geschillen?formaat=csv", &ib).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("geschillen.csv"));
    let rows = csv_rows(&body);
    let ids: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, on_page, "the same disputes in the same order");
    assert_eq!(exports(store).await, before + 1);
    let (status, _, body) = bytes(store, "/verantwoording/geschillen?formaat=xlsx", &ib).await;
    assert_eq!(status, StatusCode::OK);
    let strings = xlsx_part(&body, "xl/sharedStrings.xml");
    assert!(rows.iter().all(|r| strings.contains(&r[2])));
    assert_eq!(exports(store).await, before + 2);

    let vo = sign_in(store, "swv-vo").await;
    let page = get(store, "/verantwoording/uitstroom/leerlingen", Some(&vo)).await;
    assert!(page.body.contains("?formaat=xlsx"));
    let on_page = ids_on_page(&page.body, "id=\"uitstroom-");
    assert!(!on_page.is_empty());
    let (status, disposition, body) = bytes(
        store,
        "/verantwoording/uitstroom/leerlingen?formaat=csv",
        &vo,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("uitstroom-leerlingen.csv"));
    let rows = csv_rows(&body);
    let ids: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, on_page);
    assert!(rows.iter().all(|r| r[4] == "VO2605"), "only the SWV's own");
    assert_eq!(exports(store).await, before + 3);
    let (status, _, body) = bytes(
        store,
        "/verantwoording/uitstroom/leerlingen?formaat=xlsx",
        &vo,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx_part(&body, "xl/worksheets/sheet1.xml").contains("<row"));
    assert_eq!(exports(store).await, before + 4);
    // A parent has no such list, and no file either.
    let ouder = sign_in(store, "ouder").await;
    let (status, _, _) = bytes(
        store,
        "/verantwoording/uitstroom/leerlingen?formaat=csv",
        &ouder,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(exports(store).await, before + 4);
    db.finish().await;
}

#[tokio::test]
async fn signals_register_and_progress_download_as_on_their_pages() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let before = exports(store).await;

    // Zorgplicht signals: counts only, small cells hidden in the file as on the page.
    let insp = sign_in(store, "inspectie").await;
    let page = get(store, "/signalen", Some(&insp)).await;
    assert!(page.body.contains("?formaat=csv"));
    let (status, disposition, body) = bytes(store, "/signalen?formaat=csv", &insp).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("signalen-zorgplicht.csv"));
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), table_rows(&page.body));
    for r in &rows {
        let cellen: String = r
            .iter()
            .map(|c| format!("<td>{}</td>", c.replace('<', "&#60;")))
            .collect();
        assert!(page.body.contains(&cellen), "{cellen} on the page");
    }
    let (status, _, _) = bytes(store, "/signalen?formaat=xlsx", &insp).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(exports(store).await, before + 2);
    let ib = sign_in(store, "ib").await;
    let (status, _, _) = bytes(store, "/signalen?formaat=csv", &ib).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The deskundigen register of the SWV.
    let po = sign_in(store, "swv-po").await;
    let page = get(store, "/deskundigen", Some(&po)).await;
    assert!(page.body.contains("?formaat=csv"));
    let (status, _, body) = bytes(store, "/deskundigen?formaat=csv", &po).await;
    assert_eq!(status, StatusCode::OK);
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), table_rows(&page.body));
    assert!(
        rows.iter()
            .all(|r| page.body.contains(&format!("<td>{}</td>", r[0])))
    );
    let (status, _, _) = bytes(store, "/deskundigen?formaat=xlsx", &po).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(exports(store).await, before + 4);

    // Progress: the national series is public, its download like the page unaudited.
    let page = get(store, "/voortgang", None).await;
    let landelijk = table_rows(&page.body);
    let (status, disposition, body) = bytes(store, "/voortgang?formaat=csv", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("voortgang-landelijk.csv"));
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), landelijk);
    assert!(
        rows.iter()
            .all(|r| page.body.contains(&format!("<td>{}</td>", r[0])))
    );
    let (status, _, _) = bytes(store, "/voortgang?formaat=xlsx", "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(exports(store).await, before + 4);
    // Per SWV only for who sees that table; a download of it is logged.
    let (status, _, _) = bytes(store, "/voortgang?tabel=per-swv&formaat=csv", "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The page itself with that parameter is still the page.
    let reply = get(store, "/voortgang?tabel=per-swv", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let page = get(store, "/voortgang", Some(&po)).await;
    let (status, _, body) = bytes(store, "/voortgang?tabel=per-swv&formaat=csv", &po).await;
    assert_eq!(status, StatusCode::OK);
    let rows = csv_rows(&body);
    assert_eq!(rows.len() + landelijk, table_rows(&page.body));
    assert!(rows.iter().all(|r| r[0] == "PO2605"));
    assert_eq!(exports(store).await, before + 5);
    let reply = get(store, "/voortgang?tabel=alles&formaat=csv", Some(&po)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("tabel"));
    db.finish().await;
}

#[tokio::test]
async fn public_school_lists_download_without_an_audit_entry() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let before = exports(store).await;
    let page = get(store, "/scholen?soort=bao", None).await;
    assert!(
        page.body.contains("soort=bao&amp;formaat=csv"),
        "the filter is kept"
    );
    let on_page = page.body.matches("<td><a href=\"/scholen/").count();
    assert!(on_page > 0);
    let (status, disposition, body) = bytes(store, "/scholen?soort=bao&formaat=csv", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("scholen.csv"));
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), on_page);
    assert!(rows.iter().all(|r| r[2] == "bao"));
    assert!(
        rows.iter()
            .all(|r| page.body.contains(&format!("href=\"/scholen/{}\"", r[0])))
    );
    let (status, _, body) = bytes(store, "/scholen?formaat=xlsx", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx_part(&body, "xl/sharedStrings.xml").contains(&rows[0][1]));

    let page = get(store, "/swv/PO2605", None).await;
    assert!(page.body.contains("?formaat=csv"));
    let on_page = page.body.matches("<td><a href=\"/scholen/").count();
    let (status, disposition, body) = bytes(store, "/swv/PO2605?formaat=csv", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        disposition.contains("vestigingen-PO2605.csv"),
        "{disposition}"
    );
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), on_page);
    assert!(rows.iter().all(|r| r[4] == "PO2605"));
    let (status, _, _) = bytes(store, "/swv/PO2605?formaat=xlsx", "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        exports(store).await,
        before,
        "public lists, like their pages, unaudited"
    );
    db.finish().await;
}

#[tokio::test]
async fn a_bad_format_on_the_new_lists_names_the_field() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let wie = [
        ("/beheer/audit", "beheerder"),
        ("/verantwoording/geschillen", "ib"),
        ("/verantwoording/uitstroom/leerlingen", "swv-vo"),
        ("/signalen", "inspectie"),
        ("/voortgang", "swv-po"),
        ("/swv/PO2605", "swv-po"),
        ("/scholen", "swv-po"),
        ("/deskundigen", "swv-po"),
    ];
    let before = exports(store).await;
    for (pad, naam) in wie {
        let cookie = sign_in(store, naam).await;
        let reply = get(store, &format!("{pad}?formaat=pdf"), Some(&cookie)).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{pad}");
        assert!(reply.body.contains("formaat"), "{pad}: {}", reply.body);
    }
    assert_eq!(exports(store).await, before);
    db.finish().await;
}
