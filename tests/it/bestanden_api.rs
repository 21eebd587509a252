//! The uploads and downloads that had only a page, through the API: a school's
//! registrations (CSV) and roster (EDEXML), the beheerder's rule sets, the ministerie's
//! research file. A refused file is a 422 problem listing every reason with its line, and
//! nothing is stored; a role the page refuses gets a 404; every write is audited.

use crate::aanmelding::AANMELDINGEN_KOP;
use crate::access::{api_get, api_send};
use crate::support::demo_sqlite;
use crate::vijandig::{sleutel, telling};
use crate::web::{Reply, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_store::Store;
use serde_json::Value;
use sqlx::{Connection, Row};

/// POST a file of `content_type` with an API key.
pub(crate) async fn api_bestand(
    store: &Store,
    pad: &str,
    key: &str,
    content_type: &str,
    body: impl Into<Vec<u8>>,
) -> Reply {
    let req = Request::post(pad)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body.into()))
        .unwrap();
    send(store, req).await
}

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// The problems of a 422 refusal, checked to be a problem with them in its detail too.
fn problemen(reply: &Reply) -> Vec<String> {
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    let p = json(&reply.body);
    assert_eq!(p["status"], 422);
    let lijst: Vec<String> = p["problemen"]
        .as_array()
        .unwrap_or_else(|| panic!("no problemen: {p}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(!lijst.is_empty());
    for probleem in &lijst {
        assert!(p["detail"].as_str().unwrap().contains(probleem.as_str()));
    }
    lijst
}

/// Audit entries written for `route`.
async fn audit(url: &str, route: &str) -> i64 {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let n = sqlx::query("SELECT COUNT(*) FROM audit_log WHERE route = $1")
        .bind(route)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    raw.close().await.unwrap();
    n
}

#[tokio::test]
async fn aanmeldingen_import_api_stores_all_or_lists_every_problem() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (ib, swv) = (sleutel(store, "ib").await, sleutel(store, "swv-po").await);
    let pad = "/api/v1/aanmeldingen/import";
    let today = passend_web::vandaag();
    let ontvangen = (today - jiff::ToSpan::days(3)).to_string();
    let goed = format!(
        "{AANMELDINGEN_KOP}\n111222333,Noor,,Jansen,2021-03-04,3431AB,{ontvangen},,ja,,nee,\n\
         123456782,Sem,van,Dijk,2021-02-28,3431AB,{ontvangen},,nee,De Regenboog,ja,leesproblemen\n"
    );
    let aantal = || async {
        let lijst = api_get(store, "/api/v1/aanmeldingen", Some(&ib)).await;
        json(&lijst.body)["aanmeldingen"].as_array().unwrap().len()
    };
    let aanmeldingen = aantal().await;
    let voor = telling(&db.url).await;
    // Two bad lines: both named, nothing stored.
    let fout = goed
        .replace("2021-02-28", "2021-02-30")
        .replace("2021-03-04,3431AB", "2021-03-04,9999");
    let reply = api_bestand(store, pad, &ib, "text/csv", fout.clone()).await;
    let p = problemen(&reply);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with("regel 2: ") && p[1].starts_with("regel 3: "),
        "{p:?}"
    );
    assert!(p[1].contains("2021-02-30"), "{p:?}");
    // A row the store's rules refuse (received in the future): named, nothing stored.
    let morgen = (today + jiff::ToSpan::days(1)).to_string();
    let later = goed.replacen(&ontvangen, &morgen, 1);
    let p = problemen(&api_bestand(store, pad, &ib, "text/csv", later).await);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("regel 2: ") && p[0].contains("toekomst"),
        "{p:?}"
    );
    // Not a school: the page's 404, nothing stored.
    let reply = api_bestand(store, pad, &swv, "text/csv", goed.clone()).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(telling(&db.url).await, voor, "nothing stored on a refusal");
    // The school's good file: every row stored, each audited.
    let reply = api_bestand(store, pad, &ib, "text/csv", goed).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    assert_eq!(json(&reply.body)["aanmeldingen"], 2);
    assert_eq!(audit(&db.url, pad).await, 2);
    assert_eq!(aantal().await, aanmeldingen + 2);
    db.finish().await;
}

#[tokio::test]
async fn edexml_api_imports_the_schools_roster_or_lists_the_problems() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (ib, swv) = (sleutel(store, "ib").await, sleutel(store, "swv-po").await);
    let pad = "/api/v1/edexml";
    let voor = telling(&db.url).await;
    // Schema-invalid: every problem with its line.
    let reply = api_bestand(store, pad, &ib, "application/xml", "<EDEX><school/></EDEX>").await;
    let p = problemen(&reply);
    assert!(p.iter().any(|p| p.starts_with("regel 1: ")), "{p:?}");
    // Another school's roster: the store's refusal.
    let ander = crate::edexml::rooster("99ZZ", 3);
    let p = problemen(&api_bestand(store, pad, &ib, "application/xml", ander).await);
    assert!(p[0].contains("vestiging 99ZZ00"), "{p:?}");
    // The school's own roster, sent by the SWV: the page's 404.
    let eigen =
        crate::edexml::rooster("90AA", 30).replace("<dependancecode>00</dependancecode>", "");
    let reply = api_bestand(store, pad, &swv, "application/xml", eigen.clone()).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(telling(&db.url).await, voor, "nothing stored on a refusal");
    // Stored, with the counts; the same file again changes nothing.
    let reply = api_bestand(store, pad, &ib, "application/xml", eigen.clone()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    let u = json(&reply.body);
    assert_eq!(u["vestiging"], "90AA00");
    assert_eq!(u["leerlingen"]["nieuw"], 30, "{u}");
    assert_eq!(u["groepen"]["nieuw"], 2, "{u}");
    assert_eq!(u["medewerkers"]["nieuw"], 2, "{u}");
    assert_eq!(u["inschrijvingen"], 30, "{u}");
    assert_eq!(u["nietsGewijzigd"], false);
    let u = json(
        &api_bestand(store, pad, &ib, "application/xml", eigen)
            .await
            .body,
    );
    assert_eq!(u["nietsGewijzigd"], true, "{u}");
    assert_eq!(u["leerlingen"]["ongewijzigd"], 30, "{u}");
    assert_eq!(audit(&db.url, pad).await, 2, "one entry per import");
    // The official example as this school's file: its two pupils roster-only, with the
    // warnings that say what to complete; never the failing BSN.
    let voorbeeld = include_str!("../fixtures/EDEXML.Voorbeeld.2.1.xml")
        .replace("<brincode>99ZZ</brincode>", "<brincode>90AA</brincode>");
    let reply = api_bestand(store, pad, &ib, "application/xml", voorbeeld).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let u = json(&reply.body);
    assert_eq!(u["roosterleerlingen"]["nieuw"], 2, "{u}");
    assert_eq!(u["uitgestroomd"], 1, "{u}");
    let w = u["waarschuwingen"].as_array().unwrap();
    assert_eq!(w.len(), 2, "{u}");
    assert!(
        w[1].as_str()
            .unwrap()
            .contains("voldoet niet aan de elfproef"),
        "{u}"
    );
    assert!(!reply.body.contains("133456785"));
    db.finish().await;
}

const BRON_2015: &str = include_str!("../../crates/domain/data/bekostiging/2015-2016.json");

/// The 2015-2016 rule set made a test one for 2016-2017 (amounts without value: never
/// invented), as the store's own test does.
fn regelset_2016() -> Value {
    let mut v: Value = serde_json::from_str(BRON_2015).unwrap();
    v["schooljaar"] = "2016-2017".into();
    v["teldatum"]["datum"] = "2015-10-01".into();
    v["groei_teldatum"]["datum"] = "2016-02-01".into();
    for (_, b) in v["bedragen"].as_object_mut().unwrap() {
        b["bedrag"] = Value::Null;
        b["bron"] = "testbestand: bedrag niet bekend".into();
    }
    v["bedragen"]["zware_ondersteuning_po"]["bedrag"] = "300.00".into();
    v
}

#[tokio::test]
async fn regelsets_api_lists_adds_and_refuses_like_the_page() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (beheerder, swv) = (
        sleutel(store, "beheerder").await,
        sleutel(store, "swv-po").await,
    );
    let pad = "/api/v1/regelsets";
    let lijst = api_get(store, pad, Some(&beheerder)).await;
    assert_eq!(lijst.status, StatusCode::OK, "{}", lijst.body);
    assert!(lijst.api_version.is_some());
    let v = json(&lijst.body);
    assert!(
        v["meegeleverd"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["schooljaar"] == "2015-2016"),
        "{v}"
    );
    assert_eq!(v["toegevoegd"], serde_json::json!([]));
    assert_eq!(
        api_get(store, pad, Some(&swv)).await.status,
        StatusCode::NOT_FOUND
    );
    let voor = telling(&db.url).await;
    let goed = serde_json::json!({"regelset": regelset_2016(), "bestand": "2016-2017.json"});
    // Malformed: refused naming the key; a shipped year is not replaced; not the beheerder: 404.
    let mut fout = goed.clone();
    fout["regelset"]["bedragen"]["zware_ondersteuning_po"]["bedrag"] = 300.into();
    let p = problemen(&api_send(store, "POST", pad, &beheerder, &fout.to_string()).await);
    assert!(p[0].contains("zware_ondersteuning_po"), "{p:?}");
    let meegeleverd = format!(r#"{{"regelset":{BRON_2015}}}"#);
    let p = problemen(&api_send(store, "POST", pad, &beheerder, &meegeleverd).await);
    assert!(p[0].contains("meegeleverde regelset"), "{p:?}");
    let reply = api_send(store, "POST", pad, &swv, &goed.to_string()).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(telling(&db.url).await, voor, "nothing stored on a refusal");
    // Stored, audited, listed, and used.
    let reply = api_send(store, "POST", pad, &beheerder, &goed.to_string()).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(json(&reply.body)["schooljaar"], "2016-2017");
    assert_eq!(reply.location.as_deref(), Some(pad));
    assert_eq!(audit(&db.url, pad).await, 1);
    let v = json(&api_get(store, pad, Some(&beheerder)).await.body);
    assert_eq!(v["toegevoegd"][0]["schooljaar"], "2016-2017", "{v}");
    assert_eq!(v["toegevoegd"][0]["bestand"], "2016-2017.json", "{v}");
    let sets = store.geld().regelsets().await.unwrap();
    assert!(
        sets.voor(passend_domain::Schooljaar::parse("2016-2017").unwrap())
            .is_ok()
    );
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn onderzoeksbestand_api_is_the_pages_extract_for_the_ministerie_only() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let pad = "/api/v1/onderzoeksbestand";
    let ministerie = sleutel(store, "ministerie").await;
    let reply = api_get(store, pad, Some(&ministerie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    assert_eq!(
        reply.content_type.as_deref(),
        Some("text/csv; charset=utf-8")
    );
    // The same file as the page's download.
    let cookie = crate::web::sign_in(store, "ministerie").await;
    let page = crate::web::get(store, "/monitor/onderzoek", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(reply.body, page.body);
    assert!(reply.body.starts_with("pseudoniem,schooljaar,"));
    assert_eq!(audit(&db.url, pad).await, 1, "the download is audited");
    // A schooljaar that is no schooljaar; an unknown parameter.
    for url in [
        format!("{pad}?schooljaar=2026"),
        format!("{pad}?formaat=xlsx"),
    ] {
        let r = api_get(store, &url, Some(&ministerie)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{url}: {}", r.body);
    }
    // Another role: not there, and nothing logged as a download.
    let inspectie = sleutel(store, "inspectie").await;
    let r = api_get(store, pad, Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    assert_eq!(audit(&db.url, pad).await, 1);
    db.finish().await;
}

#[tokio::test]
async fn the_new_uploads_and_downloads_are_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    // (path, method, request type, success status, success type)
    let operaties = [
        (
            "/aanmeldingen/import",
            "post",
            Some("text/csv"),
            "200",
            "application/json",
        ),
        (
            "/edexml",
            "post",
            Some("application/xml"),
            "200",
            "application/json",
        ),
        (
            "/regelsets",
            "post",
            Some("application/json"),
            "201",
            "application/json",
        ),
        ("/regelsets", "get", None, "200", "application/json"),
        ("/onderzoeksbestand", "get", None, "200", "text/csv"),
    ];
    for (pad, methode, verzoek, status, soort) in operaties {
        let op = &doc["paths"][pad][methode];
        let wat = format!("{methode} {pad}");
        assert!(op["tags"][0].is_string(), "{wat}: a tag");
        if let Some(verzoek) = verzoek {
            let body = &op["requestBody"]["content"][verzoek];
            assert!(!body["example"].is_null(), "{wat}: a request example");
            let fout = &op["responses"]["422"]["content"]["application/problem+json"];
            assert!(
                fout["example"]["problemen"].is_array(),
                "{wat}: a refusal example"
            );
        }
        let ok = &op["responses"][status];
        assert!(ok["headers"]["API-Version"].is_object(), "{wat}");
        assert!(
            !ok["content"][soort]["example"].is_null(),
            "{wat}: a response example"
        );
        let mut fouten = vec!["401", "404"];
        if methode == "post" || op["parameters"].is_array() {
            fouten.push("400");
        }
        for fout in fouten {
            assert!(
                op["responses"][fout]["content"]["application/problem+json"].is_object(),
                "{wat}: {fout}"
            );
        }
    }
    db.finish().await;
}
