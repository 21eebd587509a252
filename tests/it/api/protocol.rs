//! Problem JSON, the version header and paginated lists.

use super::*;

#[tokio::test]
async fn errors_are_problem_json_and_every_response_has_the_version() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cases = [
        (
            "/api/v1/scholen?pagina=0",
            StatusCode::BAD_REQUEST,
            "pagina moet 1 of groter zijn",
        ),
        (
            // The offset of a page this high would overflow (Schemathesis found it).
            "/api/v1/scholen?pagina=9223372036854775807",
            StatusCode::BAD_REQUEST,
            "pagina mag niet groter zijn dan 1000000",
        ),
        (
            "/api/v1/scholen?paginaGrootte=abc",
            StatusCode::BAD_REQUEST,
            "ongeldige queryparameter",
        ),
        (
            "/api/v1/scholen?schoolsoort=mbo",
            StatusCode::BAD_REQUEST,
            "is geen schoolsoort",
        ),
        (
            "/api/v1/samenwerkingsverbanden/XX",
            StatusCode::BAD_REQUEST,
            "is geen code van een samenwerkingsverband",
        ),
        (
            "/api/v1/samenwerkingsverbanden/PO9999",
            StatusCode::NOT_FOUND,
            "bestaat niet",
        ),
        (
            "/api/v1/bestaat-niet",
            StatusCode::NOT_FOUND,
            "bestaat niet",
        ),
        (
            "/api/v1/leerlingen",
            StatusCode::UNAUTHORIZED,
            "API-sleutel",
        ),
    ];
    for (path, status, detail) in cases {
        let reply = api_get(store, path, None).await;
        assert_eq!(reply.status, status, "{path}");
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(
            reply.api_version.as_deref(),
            Some(env!("CARGO_PKG_VERSION")),
            "{path}"
        );
        let p = json(&reply.body);
        assert_eq!(p["status"], status.as_u16(), "{path}");
        assert!(p["title"].is_string());
        assert!(
            p["detail"].as_str().unwrap().contains(detail),
            "{path}: {}",
            p["detail"]
        );
    }
    let ok = api_get(store, "/api/v1/samenwerkingsverbanden", None).await;
    assert_eq!(ok.api_version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(
        json(&ok.body)["samenwerkingsverbanden"]
            .as_array()
            .unwrap()
            .len(),
        150
    );
    db.finish().await;
}

#[tokio::test]
async fn lists_are_paginated_with_links() {
    let db = demo_sqlite().await;
    let first = json(
        &api_get(&db.store, "/api/v1/scholen?paginaGrootte=25", None)
            .await
            .body,
    );
    // The demo's 60 schools and the EDEXML example's school.
    assert_eq!(first["totaal"], 61);
    assert_eq!(first["scholen"].as_array().unwrap().len(), 25);
    assert_eq!(
        first["_links"]["next"]["href"],
        "/api/v1/scholen?pagina=2&paginaGrootte=25"
    );
    assert!(first["_links"].get("prev").is_none());
    let last = json(
        &api_get(&db.store, "/api/v1/scholen?pagina=3&paginaGrootte=25", None)
            .await
            .body,
    );
    assert_eq!(last["scholen"].as_array().unwrap().len(), 11);
    assert!(last["_links"].get("next").is_none());
    let so = json(
        &api_get(&db.store, "/api/v1/scholen?schoolsoort=so", None)
            .await
            .body,
    );
    assert_eq!(so["totaal"], 2);
    assert_eq!(
        so["_links"]["self"]["href"],
        "/api/v1/scholen?schoolsoort=so&pagina=1&paginaGrootte=50"
    );
    db.finish().await;
}
