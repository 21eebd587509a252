//! Public school lists download without an audit entry; bad formats name the field.

use super::*;

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
