//! Every list refuses a page it cannot serve with a problem, never a wrapped-around or
//! whole list that reads as page 1.

use super::schemas::{SLEUTELHOUDERS, ingevuld};
use super::*;

/// Every GET of the API with an impossible page: a paged list refuses the number, a route
/// without pages refuses the parameter; none answers as if the page were there.
#[tokio::test]
async fn every_list_refuses_an_impossible_page_with_a_problem() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let doc = json(&api_get(store, "/api/v1/openapi.json", None).await.body);
    let mut sleutels = vec![None];
    for u in SLEUTELHOUDERS {
        sleutels.push(Some(api_key(store, u).await));
    }
    let mut lijsten = 0;
    for (pad, item) in doc["paths"].as_object().unwrap() {
        if item["get"].is_null() || pad == "/openapi.json" {
            continue;
        }
        let params = item["get"]["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let paged = params
            .iter()
            .any(|p| p["name"] == "pagina" && p["in"] == "query");
        lijsten += usize::from(paged);
        let zonder: &[&str] = &["9223372036854775807", "2"];
        let met: &[&str] = &[
            "9223372036854775807",
            "9223372036854775808",
            "1000001",
            "0",
            "-1",
        ];
        for pagina in if paged { met } else { zonder } {
            let url = format!("{}?pagina={pagina}", ingevuld(pad));
            let mut geweigerd = false;
            for sleutel in &sleutels {
                let r = api_get(store, &url, sleutel.as_deref()).await;
                assert!(
                    !r.status.is_success(),
                    "{url} answered {}: {}",
                    r.status,
                    r.body
                );
                if r.status == StatusCode::BAD_REQUEST {
                    assert_eq!(
                        r.content_type.as_deref(),
                        Some("application/problem+json"),
                        "{url}"
                    );
                    assert!(r.body.contains("pagina"), "{url}: {}", r.body);
                    geweigerd = true;
                }
            }
            assert!(geweigerd, "{url}: no key got a 400 problem");
        }
    }
    assert!(lijsten >= 7, "paged lists found: {lijsten}");
    db.finish().await;
}
