//! The support endpoints are documented.

use super::*;

#[tokio::test]
async fn the_support_endpoints_are_documented() {
    let db = demo_sqlite().await;
    let r = api_get(&db.store, "/api/v1/openapi.json", None).await;
    let doc = json(&r);
    let besluit = &doc["paths"]["/tlvs/{id}/besluit"]["post"];
    assert!(besluit["responses"]["201"]["headers"]["Location"].is_object());
    assert!(besluit["responses"]["200"].is_object());
    assert!(
        besluit["responses"]["400"]["content"]["application/problem+json"]["example"]["detail"]
            .is_string()
    );
    let opp = &doc["paths"]["/leerlingen/{id}/opp"]["post"];
    assert!(
        opp["requestBody"]["content"]["application/json"]["example"]["overlegOuders"].is_string()
    );
    assert!(
        opp["responses"]["201"]["content"]["application/json"]["example"]["versies"].is_array()
    );
    for (path, method) in [
        ("/leerlingen/{id}/opp", "get"),
        ("/opp-signalen", "get"),
        ("/arrangementen", "get"),
        ("/arrangementen/{id}/overleg", "post"),
        ("/tlvs", "get"),
        ("/tlvs/{id}/bezwaren/{bezwaar}", "patch"),
        ("/deskundigen", "post"),
        ("/leerlingen/{id}/symbiose", "post"),
        ("/leerlingen/{id}/integrale-arrangementen", "post"),
    ] {
        let op = &doc["paths"][path][method];
        assert_eq!(op["tags"][0], "ondersteuning", "{method} {path}");
        assert!(op["responses"]["400"].is_object(), "{method} {path}");
    }
    db.finish().await;
}
