//! The JSON API: the OpenAPI document, version header, problem details, pagination, keys.

use crate::access::api_get;
use crate::support::demo_sqlite;
use crate::web::sign_in;
use axum::http::StatusCode;
use passend_web::routes::overzicht;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

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
    assert_eq!(first["totaal"], 60);
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
    assert_eq!(last["scholen"].as_array().unwrap().len(), 10);
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

#[tokio::test]
async fn api_dossier_reads_are_audited_and_revoked_keys_stop_working() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("ouder", "demo-ouder-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store.create_api_sleutel(account.id, "test").await.unwrap();
    let list = json(&api_get(store, "/api/v1/leerlingen", Some(&key)).await.body);
    assert_eq!(list["totaal"], 3, "the demo ouder has three children");
    let id = list["leerlingen"][0]["id"].as_i64().unwrap();
    let dossier = api_get(store, &format!("/api/v1/leerlingen/{id}"), Some(&key)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let d = json(&dossier.body);
    assert!(d["woonSamenwerkingsverband"]["po"].is_string());
    assert!(d.get("bsn").is_none(), "the API never returns a BSN");
    let inzage = store.inzage(passend_store::LeerlingId(id)).await.unwrap();
    assert_eq!(inzage.len(), 1);
    assert_eq!(inzage[0].actie, "lezen");
    // Revoking the key ends its use at once.
    let cookie = sign_in(store, "ouder").await;
    let keys = store.api_sleutels(account.id).await.unwrap();
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let revoke = crate::web::post_form(
        store,
        "/account/api-sleutels/intrekken",
        Some(&cookie),
        &format!("csrf={csrf}&id={}", keys[0].id),
    )
    .await;
    assert_eq!(revoke.status, StatusCode::SEE_OTHER);
    assert_eq!(
        api_get(store, "/api/v1/leerlingen", Some(&key))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    db.finish().await;
}

#[tokio::test]
async fn a_key_made_in_the_browser_is_shown_once_and_works() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cookie = sign_in(store, "leerplicht").await;
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let made = crate::web::post_form(
        store,
        "/account/api-sleutels",
        Some(&cookie),
        &format!("csrf={csrf}&naam=koppeling"),
    )
    .await;
    assert_eq!(made.status, StatusCode::OK);
    let at = made.body.find("psd_").expect("the new key is shown");
    let key: String = made.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=5", Some(&key))
            .await
            .body,
    );
    assert!(
        list["totaal"].as_i64().unwrap() > 1000,
        "leerplicht Nieuwegein sees its residents"
    );
    let again = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    assert!(again.body.contains("koppeling") && !again.body.contains(&key));
    db.finish().await;
}

#[tokio::test]
async fn a_case_is_opened_and_updated_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .create_api_sleutel(account.id, "registratiesysteem")
        .await
        .unwrap();
    // A pupil living in Nieuwegein without a case: the first page of the leerplicht's list.
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=50", Some(&key))
            .await
            .body,
    );
    let zaken = json(
        &api_get(store, "/api/v1/thuiszitters", Some(&key))
            .await
            .body,
    );
    let with_case: Vec<i64> = zaken["zaken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["leerling"].as_i64().unwrap())
        .collect();
    let id = list["leerlingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .find(|i| !with_case.contains(i))
        .unwrap();
    let today = passend_web::vandaag();
    let start = (today - jiff::ToSpan::days(40)).to_string();
    let bad = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        "{\"soort\":\"x\"}",
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "missing field");
    assert_eq!(
        bad.content_type.as_deref(),
        Some("application/problem+json")
    );
    let body = format!("{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{start}\"}}");
    let made = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let zaak = json(&made.body)["id"].as_i64().unwrap();
    let again = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        "{\"plan\":\"Gesprek met ouders\",\"extra\":1}",
    )
    .await;
    assert_eq!(
        patch.status,
        StatusCode::BAD_REQUEST,
        "unknown fields are refused"
    );
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        &format!("{{\"aanbodDatum\":\"{today}\"}}"),
    )
    .await;
    assert_eq!(patch.status, StatusCode::OK, "{}", patch.body);
    let z = json(&patch.body);
    assert_eq!(
        (z["stap"].as_i64(), z["dagenThuis"].as_i64()),
        (Some(1), Some(41))
    );
    assert_eq!(z["aanbodDatum"].as_str(), Some(today.to_string().as_str()));
    db.finish().await;
}

#[tokio::test]
async fn leerplicht_works_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .create_api_sleutel(account.id, "leerplichtsysteem")
        .await
        .unwrap();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=1", Some(&key))
            .await
            .body,
    );
    let leerling = list["leerlingen"][0]["id"].as_i64().unwrap();
    let today = passend_web::vandaag();
    let body = format!(
        "{{\"leerling\":{leerling},\"grond\":\"5a\",\"van\":\"{today}\",\"verklaringDatum\":\"{today}\",\"verklaringVanBehandelaar\":true,\"swvAdviesDatum\":\"{today}\"}}"
    );
    let made = crate::access::api_send(store, "POST", "/api/v1/vrijstellingen", &key, &body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let id = json(&made.body)["id"].as_i64().unwrap();
    let grant = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"verlenen\"}",
    )
    .await;
    assert_eq!(
        grant.status,
        StatusCode::BAD_REQUEST,
        "a statement by the practitioner is refused"
    );
    assert!(
        json(&grant.body)["detail"]
            .as_str()
            .unwrap()
            .contains("behandelende arts")
    );
    let refuse = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"weigeren\"}",
    )
    .await;
    assert_eq!(refuse.status, StatusCode::NO_CONTENT);
    let vrij = json(
        &api_get(store, "/api/v1/vrijstellingen", Some(&key))
            .await
            .body,
    );
    assert_eq!(vrij["vrijstellingen"][0]["status"], "geweigerd");
    let nine = (today - jiff::ToSpan::years(9)).to_string();
    let req = axum::http::Request::post("/api/v1/ingezetenen")
        .header(axum::http::header::AUTHORIZATION, format!("Bearer {key}"))
        .header(axum::http::header::CONTENT_TYPE, "text/csv")
        .body(axum::body::Body::from(format!(
            "bsn,geboortedatum,postcode\n123456782,{nine},3431 AB\n"
        )))
        .unwrap();
    let checked = crate::web::send(store, req).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    assert_eq!(json(&checked.body)["absoluutVerzuim"], 1);
    let tellingen = json(
        &api_get(store, "/api/v1/leerplicht/jaartellingen", Some(&key))
            .await
            .body,
    );
    assert!(
        tellingen["jaren"]
            .as_array()
            .unwrap()
            .iter()
            .any(|j| j["absoluutVerzuim"].as_i64().unwrap() >= 1)
    );
    let voortgang = json(&api_get(store, "/api/v1/voortgang", None).await.body);
    let y = voortgang["jaren"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["schooljaar"] == "2016-2017")
        .unwrap()
        .clone();
    assert_eq!(
        (y["gemeten"].as_i64(), y["traject"].as_i64()),
        (Some(4214), Some(3146))
    );
    db.finish().await;
}
