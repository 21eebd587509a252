//! Every list downloads in scope; the audit log downloads what its filters find.

use super::*;

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
