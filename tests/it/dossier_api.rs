//! The dossier page's last parts in the API: a pupil's OSO dossiers (with the restricted data
//! for the roles that may see it), an attachment's bytes, and a TLV's decision letter as
//! PDF. Scoped and audited by the store as the pages are: a role outside the pupil's scope
//! gets the 404 of a pupil that does not exist.

use crate::access::api_get;
use crate::api::api_key as key;
use crate::support::{TestDb, demo_sqlite};
use crate::web::account_in_role;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_domain::Rol;
use passend_store::Store;
use sqlx::{Connection, Row};
use tower::ServiceExt;

/// Status, headers and the exact bytes of a GET, with an API key or a session cookie.
pub(crate) async fn download(
    store: &Store,
    path: &str,
    auth: (header::HeaderName, String),
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let app = passend_web::app(passend_web::AppState::new(store.clone()));
    let req = Request::get(path)
        .header(auth.0, auth.1)
        .body(Body::empty())
        .unwrap();
    let res = app.oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

fn bearer(key: &str) -> (header::HeaderName, String) {
    (header::AUTHORIZATION, format!("Bearer {key}"))
}

async fn rows(db: &TestDb, sql: &str) -> Vec<sqlx::any::AnyRow> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let out = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_all(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    out
}

/// The reads logged for a route (refused attempts are logged apart, as `geweigerd`).
async fn audit(db: &TestDb, route: &str) -> i64 {
    rows(
        db,
        &format!("SELECT COUNT(*) FROM audit_log WHERE route = '{route}' AND actie <> 'geweigerd'"),
    )
    .await[0]
        .get(0)
}

const DOSSIERS: &str = "/api/v1/leerlingen/{id}/oso-dossiers";
const BIJLAGE: &str = "/api/v1/bijlagen/{id}";
const BRIEF: &str = "/api/v1/tlvs/{id}/besluitbrief";

#[tokio::test]
async fn oso_dossiers_and_attachments_follow_the_pupils_scope_and_are_logged() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // The demo has no OSO dossiers: the SWV reads in the official full example.
    let u = crate::oso::importeer(store, crate::oso::FULL, "123456782").await;
    let leerling = u.leerling.0;
    let url = DOSSIERS.replace("{id}", &leerling.to_string());
    let bijlagen = rows(
        &db,
        &format!(
            "SELECT id, beperkt, mime, inhoud_base64 FROM bijlage WHERE oso_dossier_id = {} ORDER BY id",
            u.dossier
        ),
    )
    .await;
    let open: Vec<i64> = bijlagen
        .iter()
        .filter(|r| r.get::<i64, _>(1) == 0)
        .map(|r| r.get(0))
        .collect();
    let beperkt: Vec<i64> = bijlagen
        .iter()
        .filter(|r| r.get::<i64, _>(1) != 0)
        .map(|r| r.get(0))
        .collect();
    assert!(
        !open.is_empty() && !beperkt.is_empty(),
        "the full example has both"
    );
    let gemeente: String = rows(
        &db,
        &format!(
            "SELECT p.gemeentecode FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE l.id = {leerling}"
        ),
    )
    .await[0]
        .get(0);
    let swv = key(store, "swv-po").await;
    let (lp_id, _) = account_in_role(store, "lp-dossier", Rol::Leerplicht, Some(&gemeente)).await;
    let lp = store
        .accounts()
        .create_api_sleutel(lp_id, "dossier")
        .await
        .unwrap();
    let (dossiers_voor, bijlage_voor) = (audit(&db, DOSSIERS).await, audit(&db, BIJLAGE).await);

    // The SWV: every dossier and attachment, and the restricted data.
    let reply = api_get(store, &url, Some(&swv)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.api_version.is_some());
    let v: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    let dossiers = v["osoDossiers"].as_array().unwrap();
    assert_eq!(dossiers.len(), 1);
    let d = &dossiers[0];
    assert_eq!(d["id"], u.dossier);
    assert_eq!(d["samenwerkingsverband"], "PO2605");
    assert!(!d["historie"].as_array().unwrap().is_empty());
    let ids = |d: &serde_json::Value| -> Vec<i64> {
        d["bijlagen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(d).len(), bijlagen.len());
    assert_eq!(
        d["bijlagen"][0]["href"],
        format!("/api/v1/bijlagen/{}", bijlagen[0].get::<i64, _>(0))
    );
    assert!(
        !v["beperkteGegevens"].as_array().unwrap().is_empty(),
        "the SWV sees the diagnoses: {}",
        reply.body
    );

    // Leerplicht of the pupil's gemeente sees the dossier, not the restricted data.
    let reply = api_get(store, &url, Some(&lp)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let v: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert!(v.get("beperkteGegevens").is_none(), "{}", reply.body);
    assert_eq!(ids(&v["osoDossiers"][0]), open);
    assert_eq!(audit(&db, DOSSIERS).await, dossiers_voor + 2);

    // An attachment: the same bytes, type and file name as the page's download.
    let id = open[0];
    let row = bijlagen.iter().find(|r| r.get::<i64, _>(0) == id).unwrap();
    let api_url = BIJLAGE.replace("{id}", &id.to_string());
    let (status, headers, bytes) = download(store, &api_url, bearer(&swv)).await;
    assert_eq!(status, StatusCode::OK);
    use base64::Engine;
    let stored = base64::engine::general_purpose::STANDARD
        .decode(row.get::<String, _>(3))
        .unwrap();
    assert!(!stored.is_empty());
    assert_eq!(bytes, stored);
    assert_eq!(
        headers[header::CONTENT_TYPE].to_str().unwrap(),
        row.get::<String, _>(2)
    );
    assert!(headers.contains_key("api-version"));
    let cookie = crate::web::sign_in(store, "swv-po").await;
    let (status, page_headers, page_bytes) =
        download(store, &format!("/bijlagen/{id}"), (header::COOKIE, cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page_bytes, bytes);
    let disposition = &headers[header::CONTENT_DISPOSITION];
    assert_eq!(disposition, &page_headers[header::CONTENT_DISPOSITION]);
    assert!(
        disposition
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"")
    );
    // Leerplicht has the open attachment, not a restricted one.
    let (status, _, lp_bytes) = download(store, &api_url, bearer(&lp)).await;
    assert_eq!((status, lp_bytes), (StatusCode::OK, stored));
    let restricted = BIJLAGE.replace("{id}", &beperkt[0].to_string());
    assert_eq!(
        api_get(store, &restricted, Some(&swv)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        api_get(store, &restricted, Some(&lp)).await.status,
        StatusCode::NOT_FOUND
    );
    // Every read that reached the pupil's dossier is logged: the SWV twice, leerplicht twice.
    assert_eq!(audit(&db, BIJLAGE).await, bijlage_voor + 4);

    // Roles outside the pupil's scope: the 404 of a pupil or attachment that does not
    // exist, and nothing logged.
    for user in ["swv-vo", "ib"] {
        let k = key(store, user).await;
        for path in [url.clone(), api_url.clone(), restricted.clone()] {
            let reply = api_get(store, &path, Some(&k)).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{user} on {path}");
            assert_eq!(
                reply.content_type.as_deref(),
                Some("application/problem+json")
            );
        }
    }
    assert_eq!(
        api_get(
            store,
            "/api/v1/leerlingen/99999999/oso-dossiers",
            Some(&swv)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(audit(&db, DOSSIERS).await, dossiers_voor + 2);
    assert_eq!(audit(&db, BIJLAGE).await, bijlage_voor + 4);
    // No number, no key.
    assert_eq!(
        api_get(store, "/api/v1/bijlagen/een", Some(&swv))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        api_get(store, &api_url, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    db.finish().await;
}

#[tokio::test]
async fn the_decision_letter_is_a_pdf_once_decided_and_within_scope() {
    let db = demo_sqlite().await;
    let store = &db.store;
    // The demo's two TLVs of the demo school: one decided (with its letter), one waiting.
    let tlvs = rows(
        &db,
        "SELECT id, brief FROM tlv WHERE swv_code = 'PO2605' ORDER BY id",
    )
    .await;
    let decided: i64 = tlvs
        .iter()
        .find(|r| r.get::<Option<String>, _>(1).is_some())
        .unwrap()
        .get(0);
    let waiting: i64 = tlvs
        .iter()
        .find(|r| r.get::<Option<String>, _>(1).is_none())
        .unwrap()
        .get(0);
    let voor = audit(&db, BRIEF).await;
    for user in ["swv-po", "ib"] {
        let k = key(store, user).await;
        let url = BRIEF.replace("{id}", &decided.to_string());
        let (status, headers, bytes) = download(store, &url, bearer(&k)).await;
        assert_eq!(status, StatusCode::OK, "{user}");
        assert!(bytes.starts_with(b"%PDF"), "{user}");
        assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
        assert!(headers.contains_key("api-version"));
        // The page's letter is the same document.
        let cookie = crate::web::sign_in(store, user).await;
        let page = format!("/tlv/{decided}/besluit.pdf");
        let (_, _, page_bytes) = download(store, &page, (header::COOKIE, cookie)).await;
        assert_eq!(page_bytes, bytes);
        let reply = api_get(
            store,
            &BRIEF.replace("{id}", &waiting.to_string()),
            Some(&k),
        )
        .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{user}: no letter yet");
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json")
        );
    }
    // Both reads of each role are logged (the one without a letter too: the TLV was read).
    assert_eq!(audit(&db, BRIEF).await, voor + 4);
    let vo = key(store, "swv-vo").await;
    for id in [decided, waiting, 99999999] {
        let url = BRIEF.replace("{id}", &id.to_string());
        assert_eq!(
            api_get(store, &url, Some(&vo)).await.status,
            StatusCode::NOT_FOUND,
            "swv-vo on {url}"
        );
    }
    assert_eq!(audit(&db, BRIEF).await, voor + 4);
    let geweigerd = rows(
        &db,
        &format!("SELECT COUNT(*) FROM audit_log WHERE route = '{BRIEF}' AND actie = 'geweigerd' AND rol = 'swv'"),
    )
    .await[0]
        .get::<i64, _>(0);
    assert_eq!(
        geweigerd, 2,
        "swv-vo's refused reads of the two existing TLVs are logged"
    );
    db.finish().await;
}

#[tokio::test]
async fn the_three_reads_are_documented() {
    let db = demo_sqlite().await;
    let reply = api_get(&db.store, "/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    for (pad, soort) in [
        ("/leerlingen/{id}/oso-dossiers", "application/json"),
        ("/bijlagen/{id}", "application/octet-stream"),
        ("/tlvs/{id}/besluitbrief", "application/pdf"),
    ] {
        let op = &doc["paths"][pad]["get"];
        assert_eq!(op["tags"][0], "ondersteuning", "{pad}");
        let ok = &op["responses"]["200"];
        assert!(ok["headers"]["API-Version"].is_object(), "{pad}");
        assert!(ok["content"][soort].is_object(), "{pad}: {ok}");
        for status in ["400", "401", "404"] {
            assert!(
                op["responses"][status]["content"]["application/problem+json"].is_object(),
                "{pad} {status}"
            );
        }
        if soort != "application/json" {
            assert_eq!(ok["content"][soort]["schema"]["format"], "binary", "{pad}");
            assert!(ok["headers"]["Content-Disposition"].is_object(), "{pad}");
        }
    }
    let example = &doc["components"]["schemas"]["OsoDossiersVanLeerling"]["example"];
    assert!(example["osoDossiers"][0]["bijlagen"][0]["href"].is_string());
    assert!(example["beperkteGegevens"].is_array());
    db.finish().await;
}
