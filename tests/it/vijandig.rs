//! Hostile requests: a body one byte over each route's limit, and every POST and PATCH of the
//! API (found by walking the route table, so a new route is covered the day it is added)
//! given broken JSON, JSON of the wrong type and unknown fields, plus random JSON values from
//! proptest for a few routes. Each is refused with a 4xx problem that names what is wrong,
//! never a 5xx, and nothing is stored.

use crate::support::demo_sqlite;
use crate::web::{Reply, send, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_store::Store;
use passend_web::routes::{API_MAX_BODY, limieten, overzicht};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};

/// Who sends: a school, an SWV and a leerplichtambtenaar cover every route that writes.
/// Callers; the beheerder last, for the beheer routes (the router refuses everyone else
/// before the body is read).
const WIE: [&str; 4] = ["ib", "swv-po", "leerplicht", "beheerder"];

/// An API key of a demo account.
pub(crate) async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store.create_api_sleutel(account.id, "test").await.unwrap()
}

/// The number of rows in every table, read below the store: equal before and after means
/// nothing was stored and nothing was logged.
pub(crate) async fn telling(url: &str) -> Vec<(String, i64)> {
    use sqlx::{Connection, Row};
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let tabellen: Vec<String> = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut uit = Vec::new();
    for tabel in tabellen {
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {tabel}")))
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
        uit.push((tabel, n));
    }
    raw.close().await.ok();
    uit
}

/// A path of the table with its parameters filled in: the demo school, the first of
/// everything. A body refusal comes before the handler, so the ids hardly matter; the school
/// and the regio let a CSV upload reach its reader.
fn invullen(pad: &str) -> String {
    let pad = pad
        .replace("{code}", "90AA00")
        .replace("{id}", "1")
        .replace("{bezwaar}", "1");
    if pad.ends_with("/verzuim") {
        format!("{pad}?regio=midden")
    } else {
        pad
    }
}

enum Als<'a> {
    Sleutel(&'a str),
    Sessie(&'a str),
}

async fn verstuur(
    store: &Store,
    methode: &str,
    uri: &str,
    als: &Als<'_>,
    content_type: &str,
    body: Vec<u8>,
) -> Reply {
    let req = Request::builder()
        .method(methode)
        .uri(uri)
        .header(header::CONTENT_TYPE, content_type);
    let req = match als {
        Als::Sleutel(k) => req.header(header::AUTHORIZATION, format!("Bearer {k}")),
        Als::Sessie(c) => req.header(header::COOKIE, *c),
    };
    send(store, req.body(Body::from(body)).unwrap()).await
}

/// The `detail` of a problem reply; fails unless the reply is a problem.
fn detail(reply: &Reply) -> Result<String, String> {
    if reply.content_type.as_deref() != Some("application/problem+json") {
        return Err(format!("not a problem: {:?}", reply.content_type));
    }
    let p: Value = serde_json::from_str(&reply.body).map_err(|e| format!("{e}"))?;
    if p["status"] != reply.status.as_u16() {
        return Err(format!("status {} in the body", p["status"]));
    }
    match p["detail"].as_str() {
        Some(d) if !d.trim().is_empty() => Ok(d.to_string()),
        _ => Err("no detail".into()),
    }
}

/// A multipart form as a browser posts it, `totaal` bytes long, the file padded to fit.
fn formulier(totaal: usize) -> (String, Vec<u8>) {
    let grens = "----passendgrens";
    let kop = format!(
        "--{grens}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx\r\n\
         --{grens}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    );
    let staart = format!("\r\n--{grens}--\r\n");
    let mut body = Vec::with_capacity(totaal);
    body.extend_from_slice(kop.as_bytes());
    // vec! rather than resize: it is a memset even in a debug build.
    body.extend_from_slice(&vec![b'x'; totaal - kop.len() - staart.len()]);
    body.extend_from_slice(staart.as_bytes());
    assert_eq!(body.len(), totaal);
    (format!("multipart/form-data; boundary={grens}"), body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_upload_and_api_route_refuses_a_body_one_byte_over_its_limit() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut sleutels = Vec::new();
    let mut sessies = Vec::new();
    for wie in WIE {
        sleutels.push(sleutel(store, wie).await);
        sessies.push(sign_in(store, wie).await);
    }
    let voor = telling(&db.url).await;
    let routes = limieten();
    // The uploads have their own limits; everything else under /api gets the API's.
    for upload in [
        "/verzuim/import",
        "/aanmeldingen/import",
        "/leerplicht/ingezetenen",
        "/oso",
        "/edexml",
        "/api/v1/scholen/{code}/verzuim",
        "/api/v1/ingezetenen",
        "/api/v1/aanmeldingen/import",
        "/api/v1/edexml",
        "/api/v1/regelsets",
    ] {
        assert!(
            routes.iter().any(|(p, l)| *p == upload && *l > 0),
            "{upload} has no limit of its own"
        );
    }
    for (pad, _) in overzicht() {
        assert!(
            !pad.starts_with("/api/") || routes.iter().any(|(p, _)| *p == pad),
            "{pad} has no body limit"
        );
    }
    let mut geweigerd = Vec::new();
    for (pad, limiet) in routes {
        if pad.contains('*') {
            continue;
        }
        let uri = invullen(pad);
        let api = pad.starts_with("/api/");
        for methode in if api {
            &["POST", "PATCH"][..]
        } else {
            &["POST"]
        } {
            let mut bij_een = false;
            // The API reads a body before any check of role or scope: one caller will do
            // (the beheerder on a beheer route, which the router keeps from everyone else).
            let beheer = passend_web::routes::overzicht()
                .iter()
                .any(|(p, t)| *p == pad && *t == passend_web::routes::Toegang::Beheer);
            let callers = match (api, beheer) {
                (true, true) => 3..4,
                (true, false) => 0..1,
                (false, _) => 0..WIE.len(),
            };
            for i in callers {
                let (als, (content_type, body)) = if api {
                    let mut body = b"{\"x\":\"".to_vec();
                    body.extend_from_slice(&vec![b'x'; limiet + 1 - body.len()]);
                    (
                        Als::Sleutel(&sleutels[i]),
                        ("application/json".into(), body),
                    )
                } else {
                    (Als::Sessie(&sessies[i]), formulier(limiet + 1))
                };
                let reply = verstuur(store, methode, &uri, &als, &content_type, body).await;
                if reply.status == StatusCode::METHOD_NOT_ALLOWED {
                    break;
                }
                assert!(
                    reply.status.is_client_error(),
                    "{methode} {pad} as {}: {} {}",
                    WIE[i],
                    reply.status,
                    reply.body
                );
                if api {
                    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{pad}");
                    let d = detail(&reply).unwrap_or_else(|e| panic!("{pad}: {e}"));
                    assert!(d.starts_with("de body is groter dan "), "{pad}: {d}");
                    bij_een = true;
                } else {
                    let te_groot = |r: &Reply| {
                        r.status == StatusCode::PAYLOAD_TOO_LARGE
                            || r.body.contains("kon niet worden gelezen")
                            || r.body.contains("groter dan")
                    };
                    if te_groot(&reply) {
                        // The same form, small, is read (and refused for its CSRF value): it
                        // was the size.
                        let (content_type, body) = formulier(4096);
                        let klein = verstuur(store, methode, &uri, &als, &content_type, body).await;
                        assert!(!te_groot(&klein), "{pad}: {}", klein.body);
                        bij_een = true;
                    }
                }
            }
            if bij_een {
                geweigerd.push(format!("{methode} {pad}"));
            }
        }
    }
    // Every upload page, and every write of the API.
    let doc: Value = serde_json::from_str(
        &crate::access::api_get(store, "/api/v1/openapi.json", None)
            .await
            .body,
    )
    .unwrap();
    let pagina_uploads = [
        "/verzuim/import",
        "/aanmeldingen/import",
        "/leerplicht/ingezetenen",
        "/oso",
        "/edexml",
    ];
    for route in pagina_uploads
        .iter()
        .map(|p| format!("POST {p}"))
        .chain(schrijfroutes(&doc))
    {
        assert!(
            geweigerd.contains(&route),
            "{route} not refused: {geweigerd:?}"
        );
    }
    // The API limit is the one declared, not lower: a body of exactly that size is read.
    let ib = &sleutels[0];
    let mut body = vec![b' '; API_MAX_BODY - 2];
    body.extend_from_slice(b"{}");
    let reply = verstuur(
        store,
        "POST",
        "/api/v1/aanmeldingen",
        &Als::Sleutel(ib),
        "application/json",
        body,
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(detail(&reply).unwrap().contains("missing field"));
    assert_eq!(
        telling(&db.url).await,
        voor,
        "nothing stored, nothing logged"
    );
    db.finish().await;
}

/// "METHOD /api/v1/…" of every POST and PATCH in the OpenAPI document.
fn schrijfroutes(doc: &Value) -> Vec<String> {
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

/// Any JSON value: what a confused or hostile client might send.
fn json_waarde(sleutels: Vec<String>) -> impl Strategy<Value = Value> {
    let tekst = prop_oneof![
        ".{0,12}",
        prop::sample::select(vec![
            "",
            "2026-10-01",
            "2026-02-30",
            "123456782",
            "123456789",
            "90AA00",
            "PO2605",
            "3431AB",
            "ja",
            "L",
            "verzuim_16_uur",
            "afgesloten",
            "5a",
            "\u{0}",
            "𝔘",
        ])
        .prop_map(String::from),
    ];
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![Just(0.5), Just(-1e308), Just(1e-7)].prop_map(Value::from),
        tekst.prop_map(Value::String),
    ];
    let sleutel = prop_oneof![3 => prop::sample::select(sleutels), 1 => "[a-zA-Z]{1,8}".boxed()];
    blad.prop_recursive(3, 24, 6, move |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(sleutel.clone(), binnen, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The property names of every request schema in the OpenAPI document, nested ones too, so
/// random objects often get past the first field.
fn veldnamen(doc: &Value) -> Vec<String> {
    let mut namen: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flat_map(|s| s.values())
        .filter_map(|s| s["properties"].as_object())
        .flat_map(|p| p.keys().cloned())
        .collect();
    namen.sort();
    namen.dedup();
    namen
}

#[test]
fn random_json_never_makes_the_api_fail() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (db, sleutels, doc) = rt.block_on(async {
        let db = demo_sqlite().await;
        let mut sleutels = Vec::new();
        for wie in WIE {
            sleutels.push(sleutel(&db.store, wie).await);
        }
        let doc: Value = serde_json::from_str(
            &crate::access::api_get(&db.store, "/api/v1/openapi.json", None)
                .await
                .body,
        )
        .unwrap();
        (db, sleutels, doc)
    });
    // A write of each kind: a registration, an absence report's status, a case, a TLV.
    let routes = [
        ("POST", "/api/v1/aanmeldingen", 0),
        ("PATCH", "/api/v1/verzuimmeldingen/1", 2),
        ("PATCH", "/api/v1/thuiszitters/1", 1),
        ("POST", "/api/v1/leerlingen/1/tlvs", 0),
        ("POST", "/api/v1/vrijstellingen", 2),
    ];
    let gevallen = std::env::var("PASSEND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32);
    let mut runner = TestRunner::new(Config {
        cases: gevallen,
        failure_persistence: None,
        ..Config::default()
    });
    let strategie = (
        json_waarde(veldnamen(&doc)),
        prop::sample::select(routes.to_vec()),
    );
    runner
        .run(&strategie, |(waarde, (methode, uri, wie))| {
            let reply = rt.block_on(verstuur(
                &db.store,
                methode,
                uri,
                &Als::Sleutel(&sleutels[wie]),
                "application/json",
                waarde.to_string().into_bytes(),
            ));
            prop_assert!(
                !reply.status.is_server_error(),
                "{methode} {uri}: {} {}",
                reply.status,
                reply.body
            );
            if !reply.status.is_success() {
                detail(&reply).map_err(TestCaseError::fail)?;
            }
            Ok(())
        })
        .unwrap();
    rt.block_on(db.finish());
}
