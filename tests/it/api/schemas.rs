//! The OpenAPI document says what the server takes: no two request or response types share
//! a schema name (one would silently replace the other), and every documented request body
//! example is accepted by its handler.

use super::*;
use crate::access::api_send;
use serde_json::Value;
use std::collections::BTreeMap;

/// The demo users with an API key each (every role that may have one).
pub(super) const SLEUTELHOUDERS: [&str; 10] = [
    "swv-po",
    "ib",
    "bestuur",
    "swv-vo",
    "deskundige",
    "leerplicht",
    "opr",
    "inspectie",
    "ministerie",
    "beheerder",
];

#[test]
fn no_two_api_types_share_a_schema_name() {
    let mut namen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let wortel = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/web/src");
    let mut mappen = vec![wortel];
    while let Some(map) = mappen.pop() {
        for e in std::fs::read_dir(&map).unwrap() {
            let pad = e.unwrap().path();
            if pad.is_dir() {
                mappen.push(pad);
            } else if pad.extension().is_some_and(|x| x == "rs") {
                let tekst = std::fs::read_to_string(&pad).unwrap();
                for naam in schema_namen(&tekst) {
                    namen
                        .entry(naam)
                        .or_default()
                        .push(pad.display().to_string());
                }
            }
        }
    }
    assert!(namen.len() > 100, "found the API types: {}", namen.len());
    let dubbel: Vec<_> = namen.iter().filter(|(_, p)| p.len() > 1).collect();
    assert!(dubbel.is_empty(), "schema names used twice: {dubbel:?}");
}

/// The schema name of each `ToSchema` type in a source file: its `#[schema(as = …)]`, or
/// else the type's name.
fn schema_namen(tekst: &str) -> Vec<String> {
    let regels: Vec<&str> = tekst.lines().collect();
    let mut out = Vec::new();
    for (i, r) in regels.iter().enumerate() {
        if !(r.contains("derive(") && r.contains("ToSchema")) {
            continue;
        }
        let mut als = None;
        for r in &regels[i..] {
            if let Some(rest) = r.trim().strip_prefix("#[schema(")
                && let Some(p) = rest.find("as = ")
            {
                let naam: String = rest[p + 5..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                als = naam.rsplit("::").next().map(String::from);
            }
            let woorden: Vec<&str> = r.split_whitespace().collect();
            if let Some(k) = woorden.iter().position(|w| *w == "struct" || *w == "enum") {
                let naam = woorden[k + 1].trim_end_matches(['{', '(', ';', '<']);
                out.push(als.unwrap_or_else(|| naam.to_string()));
                break;
            }
        }
    }
    out
}

/// A path of the document with its parameters filled in (every one `1`).
pub(super) fn ingevuld(pad: &str) -> String {
    let mut out = String::from("/api/v1");
    let mut binnen = false;
    for c in pad.chars() {
        match c {
            '{' => {
                binnen = true;
                out.push('1');
            }
            '}' => binnen = false,
            _ if !binnen => out.push(c),
            _ => {}
        }
    }
    out
}

/// The JSON example of an operation's request body: its own, or its schema's.
fn voorbeeld(doc: &Value, operatie: &Value) -> Option<Value> {
    let inhoud = &operatie["requestBody"]["content"]["application/json"];
    if !inhoud["example"].is_null() {
        return Some(inhoud["example"].clone());
    }
    let schema = match inhoud["schema"]["$ref"].as_str() {
        Some(r) => &doc["components"]["schemas"][r.rsplit('/').next().unwrap()],
        None => &inhoud["schema"],
    };
    (!schema["example"].is_null()).then(|| schema["example"].clone())
}

#[tokio::test]
async fn every_documented_request_example_is_accepted_by_its_handler() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let doc = json(&api_get(store, "/api/v1/openapi.json", None).await.body);
    let mut sleutels = Vec::new();
    for u in SLEUTELHOUDERS {
        sleutels.push(api_key(store, u).await);
    }
    let mut getoetst = 0;
    for (pad, item) in doc["paths"].as_object().unwrap() {
        for methode in ["post", "put", "patch"] {
            let Some(voorbeeld) = voorbeeld(&doc, &item[methode]) else {
                continue;
            };
            let mut bereikt = false;
            for sleutel in &sleutels {
                let body = voorbeeld.to_string();
                let r = api_send(
                    store,
                    &methode.to_uppercase(),
                    &ingevuld(pad),
                    sleutel,
                    &body,
                )
                .await;
                assert!(
                    !r.body.contains("ongeldige JSON")
                        && r.status != StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "{methode} {pad} refuses its own example {body}: {} {}",
                    r.status,
                    r.body
                );
                bereikt |= r.status != StatusCode::UNAUTHORIZED;
            }
            assert!(bereikt, "{methode} {pad}: no key got past authentication");
            getoetst += 1;
        }
    }
    assert!(getoetst > 30, "examples checked: {getoetst}");
    db.finish().await;
}
