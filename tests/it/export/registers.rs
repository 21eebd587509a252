//! Disputes, leavers, signals and progress download as on their pages.

use super::*;

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
