//! Security odds and ends: the sign-in lock-out under parallel attempts, signing in with a
//! stale session cookie, and `Cache-Control: no-store` on everything with personal data.

use crate::support::{contract, demo_sqlite};
use crate::web::{csrf_of, get, sign_in};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_domain::Rol;
use passend_store::{AanmeldUitkomst, AccountRol, MAX_FAILED_SIGN_INS, NewAccount, Store};
use tower::ServiceExt;

contract!(
    parallel_wrong_passwords_get_no_more_checks_than_the_lock_out_allows,
    a_stale_session_cookie_does_not_block_signing_in,
);

const WACHTWOORD: &str = "een lang wachtwoord";

async fn account(store: &Store, naam: &str, weergavenaam: &str) {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: weergavenaam.into(),
            wachtwoord: WACHTWOORD.into(),
            rollen: vec![AccountRol {
                rol: Rol::Beheerder,
                scope: None,
            }],
        })
        .await
        .unwrap();
}

/// The status, every header and the body of one in-process request.
async fn raw(store: &Store, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let app = passend_web::app(passend_web::AppState::new(store.clone()));
    let res = app.oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        parts.status,
        parts.headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// The `name=value` of each `Set-Cookie` header.
fn set_cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(String::from))
        .collect()
}

async fn parallel_wrong_passwords_get_no_more_checks_than_the_lock_out_allows(store: &Store) {
    account(store, "ib", "IB").await;
    const POGINGEN: usize = 20;
    let attempts: Vec<_> = (0..POGINGEN)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.accounts().aanmelden("ib", "fout").await.unwrap() })
        })
        .collect();
    let (mut onjuist, mut geblokkeerd) = (0, 0);
    for attempt in attempts {
        match attempt.await.unwrap() {
            AanmeldUitkomst::Onjuist => onjuist += 1,
            AanmeldUitkomst::Geblokkeerd { .. } => geblokkeerd += 1,
            AanmeldUitkomst::Gelukt(_) => panic!("a wrong password signed in"),
        }
    }
    // Exactly the allowed number of passwords was checked; the rest met the lock.
    let max = MAX_FAILED_SIGN_INS as usize;
    assert_eq!((onjuist, geblokkeerd), (max, POGINGEN - max));
    let right = store.accounts().aanmelden("ib", WACHTWOORD).await.unwrap();
    assert!(
        matches!(right, AanmeldUitkomst::Geblokkeerd { .. }),
        "{right:?}"
    );
}

async fn a_stale_session_cookie_does_not_block_signing_in(store: &Store) {
    account(store, "mentor", "Mevrouw Verloren").await;
    // What a browser still sends after its session has ended on the server.
    let stale = "passend_sessie=verlopen0sessie0token";
    let form = Request::get("/aanmelden")
        .header(header::COOKIE, stale)
        .body(Body::empty())
        .unwrap();
    let (status, headers, page) = raw(store, form).await;
    assert_eq!(status, StatusCode::OK);
    let cookies = set_cookies(&headers);
    let login = cookies
        .iter()
        .find(|c| c.starts_with("passend_aanmelden="))
        .expect("the sign-in cookie");
    let submit = Request::post("/aanmelden")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("{stale}; {login}"))
        .body(Body::from(format!(
            "csrf={}&gebruikersnaam=mentor&wachtwoord={}",
            csrf_of(&page),
            WACHTWOORD.replace(' ', "+")
        )))
        .unwrap();
    let (status, headers, body) = raw(store, submit).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let session = set_cookies(&headers)
        .into_iter()
        .find(|c| c.starts_with("passend_sessie=") && c.len() > "passend_sessie=".len())
        .expect("a new session cookie");
    assert_ne!(session, stale);
    let start = get(store, "/", Some(&session)).await;
    assert!(start.body.contains("Mevrouw Verloren"), "signed in");
    // The sign-in page had already told the browser to drop the stale cookie.
    assert!(
        cookies.iter().any(|c| c == "passend_sessie="),
        "the stale cookie is cleared: {cookies:?}"
    );
}

fn no_store(headers: &HeaderMap) -> bool {
    headers
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        == Some("no-store")
}

async fn headers_of(
    store: &Store,
    path: &str,
    auth: Option<(header::HeaderName, String)>,
) -> HeaderMap {
    let mut req = Request::get(path);
    if let Some((name, value)) = auth {
        req = req.header(name, value);
    }
    let (status, headers, body) = raw(store, req.body(Body::empty()).unwrap()).await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{path}: {status} {body}"
    );
    headers
}

#[tokio::test]
async fn personal_data_is_never_cached() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ouder = sign_in(store, "ouder").await;
    let cookie = || Some((header::COOKIE, ouder.clone()));
    let list = get(store, "/mijn-kinderen", Some(&ouder)).await;
    let first = list.body.split("href=\"/leerlingen/").nth(1).unwrap();
    let id: i64 = first[..first.find('"').unwrap()].parse().unwrap();
    let key = crate::api::api_key(store, "ouder").await;
    let bearer = Some((header::AUTHORIZATION, format!("Bearer {key}")));
    for (path, auth) in [
        ("/mijn-kinderen".to_string(), cookie()),
        (format!("/leerlingen/{id}"), cookie()),
        (format!("/api/v1/leerlingen/{id}"), bearer),
        // Not signed in: the redirect to the sign-in page is not cached either.
        (format!("/leerlingen/{id}"), None),
    ] {
        let headers = headers_of(store, &path, auth.clone()).await;
        assert!(no_store(&headers), "{path} ({auth:?}): {headers:?}");
    }
    // A public static file keeps its own caching, also for a signed-in browser.
    assert!(!no_store(
        &headers_of(store, "/static/passend.css", cookie()).await
    ));
    db.finish().await;
}
