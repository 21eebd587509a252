//! Hostile JSON and wrong methods on the API: a problem, nothing stored.

use super::*;

/// "METHOD /api/v1/…" of every POST and PATCH in the OpenAPI document.
pub(super) fn schrijfroutes(doc: &Value) -> Vec<String> {
    let mut uit = Vec::new();
    for (pad, methoden) in doc["paths"].as_object().unwrap() {
        for methode in ["post", "patch"] {
            if methoden.get(methode).is_some() {
                uit.push(format!("{} /api/v1{pad}", methode.to_uppercase()));
            }
        }
    }
    uit
}

/// One kind of hostile JSON body and what its refusal must name.
struct Geval {
    naam: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
    /// A JSON route's detail contains this.
    noemt: String,
}

fn geval(naam: &'static str, body: impl Into<Vec<u8>>, noemt: &str) -> Geval {
    Geval {
        naam,
        content_type: "application/json",
        body: body.into(),
        noemt: noemt.into(),
    }
}

/// The request body of `methode` on `pad` in the OpenAPI document: (its content type, the
/// first required property and whether that is a boolean).
fn verzoek(doc: &Value, pad: &str, methode: &str) -> (String, Option<(String, bool)>) {
    let rest = pad.strip_prefix("/api/v1").unwrap_or(pad);
    let content = &doc["paths"][rest][methode.to_lowercase()]["requestBody"]["content"];
    let Some((soort, inhoud)) = content.as_object().and_then(|c| c.iter().next()) else {
        return ("application/json".into(), None);
    };
    let schema = match inhoud["schema"]["$ref"].as_str() {
        Some(r) => &doc["components"]["schemas"][r.rsplit('/').next().unwrap_or_default()],
        None => &inhoud["schema"],
    };
    let veld = schema["required"][0].as_str().map(|naam| {
        let soort = &schema["properties"][naam]["type"];
        let boolean = soort == "boolean"
            || soort
                .as_array()
                .is_some_and(|s| s.contains(&json!("boolean")));
        (naam.to_string(), boolean)
    });
    (soort.clone(), veld)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_post_and_patch_refuses_hostile_json_with_a_problem_and_stores_nothing() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut sleutels = Vec::new();
    for wie in WIE {
        sleutels.push(sleutel(store, wie).await);
    }
    let doc: Value = serde_json::from_str(
        &crate::access::api_get(store, "/api/v1/openapi.json", None)
            .await
            .body,
    )
    .unwrap();
    let voor = telling(&db.url).await;
    let diep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut gedekt = Vec::new();
    for (pad, toegang) in overzicht() {
        if !pad.starts_with("/api/v1/") || pad.contains('*') || pad.ends_with("openapi.json") {
            continue;
        }
        let uri = invullen(pad);
        // The router keeps a beheer route from everyone but the beheerder (the last caller).
        let proef = if toegang == passend_web::routes::Toegang::Beheer {
            WIE.len() - 1
        } else {
            0
        };
        for methode in ["POST", "PATCH"] {
            let probe = verstuur(
                store,
                methode,
                &uri,
                &Als::Sleutel(&sleutels[proef]),
                "application/json",
                b"{".to_vec(),
            )
            .await;
            if probe.status == StatusCode::METHOD_NOT_ALLOWED {
                continue;
            }
            let (soort, veld) = verzoek(&doc, pad, methode);
            let csv = soort == "text/csv";
            // A roster upload reads any body as XML: its reader refuses what is not EDEXML.
            let xml = soort == "application/xml";
            let mut gevallen = vec![
                geval("afgebroken", "{\"leerling\":", "ongeldige JSON"),
                geval("geen JSON", "<xml/>", "ongeldige JSON"),
                geval("een lijst", "[]", "expected struct"),
                geval("een getal", "42", "expected struct"),
                geval("null", "null", "expected struct"),
                geval(
                    "onbekend veld",
                    "{\"ditVeldBestaatNiet\":1}",
                    "ditVeldBestaatNiet",
                ),
                geval("een halve surrogaat", "{\"\\ud800\":1}", "ongeldige JSON"),
                geval("diep genest", diep.clone(), "ongeldige JSON"),
                Geval {
                    content_type: "text/plain",
                    ..geval("geen JSON-type", "{}", "Content-Type")
                },
            ];
            if let Some((naam, boolean)) = &veld {
                let fout = if *boolean { json!("ja") } else { json!(true) };
                gevallen.push(geval(
                    "veld van het verkeerde type",
                    json!({ naam.as_str(): fout }).to_string(),
                    naam,
                ));
            }
            for g in &gevallen {
                let mut benoemd = false;
                for (i, sleutel) in sleutels.iter().enumerate() {
                    let als = Als::Sleutel(sleutel);
                    let content_type = match g.content_type {
                        "application/json" if csv || xml => soort.as_str(),
                        other => other,
                    };
                    let reply =
                        verstuur(store, methode, &uri, &als, content_type, g.body.clone()).await;
                    let wat = format!("{methode} {pad} ({}) as {}", g.naam, WIE[i]);
                    assert!(
                        reply.status.is_client_error(),
                        "{wat}: {} {}",
                        reply.status,
                        reply.body
                    );
                    let d = detail(&reply).unwrap_or_else(|e| panic!("{wat}: {e}"));
                    // A CSV upload reads any body as CSV: its reader names the line.
                    let verwacht = if csv { "regel 1: " } else { g.noemt.as_str() };
                    // A JSON body is read before any check of role: the first caller is told.
                    // A CSV upload answers "not found" to a role that does not upload.
                    // A roster upload's XML reader refuses the file as a whole (422).
                    benoemd = if xml {
                        reply.status == StatusCode::UNPROCESSABLE_ENTITY
                    } else {
                        d.contains(verwacht)
                    };
                    if benoemd {
                        break;
                    }
                    assert!(
                        i < WIE.len() - 1,
                        "{wat}: no caller was told '{verwacht}': {d}"
                    );
                }
                if benoemd && g.naam == "afgebroken" {
                    gedekt.push(format!("{methode} {pad}"));
                }
            }
        }
    }
    // Every write the OpenAPI document describes was sent each kind of body.
    let schrijven = schrijfroutes(&doc);
    assert!(schrijven.len() > 20, "{schrijven:?}");
    for route in schrijven {
        assert!(gedekt.contains(&route), "{route} not covered");
    }
    assert_eq!(
        telling(&db.url).await,
        voor,
        "nothing stored, nothing logged"
    );
    db.finish().await;
}

/// A method a route does not take is a problem too.
#[tokio::test]
async fn a_method_an_api_route_does_not_take_is_a_problem() {
    let db = demo_sqlite().await;
    let reply = verstuur(
        &db.store,
        "DELETE",
        "/api/v1/scholen",
        &Als::Sleutel("psd_geen"),
        "application/json",
        Vec::new(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        detail(&reply).unwrap().contains("methode"),
        "{}",
        reply.body
    );
    db.finish().await;
}
