//! The OpenAPI document: every route, the registration examples.

use super::*;

#[tokio::test]
async fn openapi_document_describes_every_api_route() {
    let db = demo_sqlite().await;
    let reply = api_get(&db.store, "/api/v1/openapi.json", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = json(&reply.body);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    for field in ["name", "email", "url"] {
        assert!(doc["info"]["contact"][field].is_string(), "contact.{field}");
    }
    let documented: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    for (pad, _) in overzicht() {
        let Some(rest) = pad.strip_prefix("/api/v1") else {
            continue;
        };
        if rest == "/openapi.json" || rest.contains('*') {
            continue;
        }
        assert!(
            documented.iter().any(|d| d == rest),
            "{pad} is not in the OpenAPI document"
        );
    }
    db.finish().await;
}

#[tokio::test]
async fn the_registration_endpoints_are_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    let post = &doc["paths"]["/aanmeldingen"]["post"];
    assert!(post["requestBody"]["content"]["application/json"]["example"]["leerling"].is_object());
    let created = &post["responses"]["201"];
    assert!(created["headers"]["Location"].is_object());
    assert!(created["content"]["application/json"]["example"]["beslissenUiterlijk"].is_string());
    let extend = &doc["paths"]["/aanmeldingen/{id}/verlenging"]["post"];
    assert_eq!(
        extend["requestBody"]["content"]["application/json"]["example"]["weken"],
        4
    );
    assert!(extend["responses"]["400"]["content"]["application/problem+json"].is_object());
    db.finish().await;
}
