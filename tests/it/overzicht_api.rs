//! The API reads of lists that had only a page: the zorgplicht signals, the audit log with
//! the page's filters, and an SWV's register of deskundigen.

use crate::access::api_get;
use crate::support::demo_sqlite;
use axum::http::StatusCode;
use passend_store::Store;

async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store
        .accounts()
        .create_api_sleutel(account.id, "overzicht")
        .await
        .unwrap()
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test]
async fn signalen_api_shows_the_pages_counts() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "inspectie").await;
    let reply = api_get(store, "/api/v1/signalen", Some(&key)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    let rijen = json(&reply.body)["samenwerkingsverbanden"].clone();
    let po = rijen
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["samenwerkingsverband"] == "PO2605")
        .expect("PO2605");
    // As the page shows it: a small count hidden, with no value to compute it back.
    assert_eq!(po["openAanmeldingen"]["label"], "<10");
    assert!(po["openAanmeldingen"]["waarde"].is_null());
    let today = passend_web::vandaag();
    let verzoeker = crate::rolscoping::wie(passend_domain::Rol::Inspectie, None);
    let store_rijen = store
        .aanmeldingen()
        .aanmeldsignalen(&verzoeker, today)
        .await
        .unwrap();
    assert_eq!(rijen.as_array().unwrap().len(), store_rijen.len());
    let school = sleutel(store, "ib").await;
    let refused = api_get(store, "/api/v1/signalen", Some(&school)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(
        refused.content_type.as_deref(),
        Some("application/problem+json")
    );
    db.finish().await;
}

#[tokio::test]
async fn auditlog_api_filters_and_pages_like_the_page() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // Two audited list reads by swv-po.
    let swv = sleutel(store, "swv-po").await;
    for _ in 0..2 {
        let r = api_get(store, "/api/v1/leerlingen?paginaGrootte=1", Some(&swv)).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let key = sleutel(store, "beheerder").await;
    let url = "/api/v1/auditlog?gebruiker=swv-po&actie=lezen-lijst&paginaGrootte=1";
    let reply = api_get(store, url, Some(&key)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    let v = json(&reply.body);
    assert!(v["totaal"].as_i64().unwrap() >= 2, "{v}");
    let regels = v["regels"].as_array().unwrap();
    assert_eq!(regels.len(), 1);
    assert_eq!(regels[0]["gebruikersnaam"], "swv-po");
    assert_eq!(regels[0]["actie"], "lezen-lijst");
    assert_eq!(regels[0]["route"], "/api/v1/leerlingen");
    // The next page keeps the filters.
    let next = v["_links"]["next"]["href"].as_str().unwrap();
    assert!(
        next.contains("gebruiker=swv-po&actie=lezen-lijst&pagina=2&paginaGrootte=1"),
        "{next}"
    );
    let page2 = json(&api_get(store, next, Some(&key)).await.body);
    assert_eq!(page2["regels"][0]["gebruikersnaam"], "swv-po");
    assert_ne!(page2["regels"][0]["id"], regels[0]["id"]);
    // A day in the future finds nothing; bad input is a 400 problem.
    let leeg = json(
        &api_get(store, "/api/v1/auditlog?van=2999-01-01", Some(&key))
            .await
            .body,
    );
    assert_eq!(leeg["totaal"], 0);
    for bad in [
        "/api/v1/auditlog?van=gisteren",
        "/api/v1/auditlog?leerling=abc",
        "/api/v1/auditlog?paginaGrootte=0",
        "/api/v1/auditlog?onbekend=1",
    ] {
        let r = api_get(store, bad, Some(&key)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}: {}", r.body);
        assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    }
    assert_eq!(
        api_get(store, "/api/v1/auditlog", Some(&swv)).await.status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

#[tokio::test]
async fn deskundigen_api_is_the_swvs_register() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-po").await;
    let reply = api_get(
        store,
        "/api/v1/samenwerkingsverbanden/PO2605/deskundigen",
        Some(&key),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    let v = json(&reply.body);
    // The same register as the older /api/v1/deskundigen (the caller's own SWV).
    let eigen = json(&api_get(store, "/api/v1/deskundigen", Some(&key)).await.body);
    assert_eq!(v, eigen);
    assert_eq!(
        api_get(
            store,
            "/api/v1/samenwerkingsverbanden/VO2605/deskundigen",
            Some(&key)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api_get(
            store,
            "/api/v1/samenwerkingsverbanden/XX/deskundigen",
            Some(&key)
        )
        .await
        .status,
        StatusCode::BAD_REQUEST
    );
    db.finish().await;
}

#[tokio::test]
async fn the_new_reads_are_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    for (pad, veld) in [
        ("/signalen", "samenwerkingsverbanden"),
        ("/auditlog", "regels"),
        ("/samenwerkingsverbanden/{code}/deskundigen", "deskundigen"),
    ] {
        let get = &doc["paths"][pad]["get"];
        let ok = &get["responses"]["200"];
        assert!(
            ok["content"]["application/json"]["example"][veld].is_array(),
            "{pad}: {ok}"
        );
        assert!(ok["headers"]["API-Version"].is_object(), "{pad}");
    }
    for pad in ["/auditlog", "/samenwerkingsverbanden/{code}/deskundigen"] {
        assert!(
            doc["paths"][pad]["get"]["responses"]["400"]["content"]["application/problem+json"]
                .is_object(),
            "{pad}"
        );
    }
    let params = doc["paths"]["/auditlog"]["get"]["parameters"]
        .as_array()
        .unwrap();
    for naam in ["van", "tot"] {
        let p = params.iter().find(|p| p["name"] == naam).unwrap();
        assert_eq!(p["schema"]["format"], "date", "{p}");
    }
    for naam in ["gebruiker", "leerling", "actie", "pagina", "paginaGrootte"] {
        assert!(params.iter().any(|p| p["name"] == naam), "{naam}");
    }
    db.finish().await;
}
