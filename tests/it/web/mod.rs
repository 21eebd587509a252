//! HTTP tests, in-process through the router: pages, Dutch messages, sign-in, and the
//! role × pupil-route matrix.

use crate::support::{TestDb, demo_sqlite};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_store::{LeerlingId, Store};
use tower::ServiceExt;

mod audit;
mod bevestigen;
mod eerste_start;
mod eigen_beheer;
mod gebruikers;
mod herstel;
mod inrichting;
mod ouders;
mod paginas;
mod rollen;
mod tweede_factor;
mod tweede_factor_rol;
mod uitnodiging;

pub use rollen::account_in_role;

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub cookie: Option<String>,
    pub content_type: Option<String>,
    pub api_version: Option<String>,
    pub body: String,
}

tokio::task_local! {
    /// The router of `with_router`, for every request sent within it.
    static ROUTER: axum::Router;
}

/// Runs `f` with one router for all its requests: building the app (every route with its
/// layers) costs more than most requests, and the access matrix sends tens of thousands.
/// Every request in `f` must go to `store`.
pub async fn with_router<F: Future>(store: &Store, f: F) -> F::Output {
    with_state(passend_web::AppState::new(store.clone()), f).await
}

/// As [`with_router`], with the application's state given (e.g. its mail settings).
pub async fn with_state<F: Future>(state: passend_web::AppState, f: F) -> F::Output {
    ROUTER.scope(passend_web::app(state), f).await
}

pub async fn send(store: &Store, req: Request<Body>) -> Reply {
    let app = ROUTER
        .try_with(Clone::clone)
        .unwrap_or_else(|_| passend_web::app(passend_web::AppState::new(store.clone())));
    let res = app.oneshot(req).await.unwrap();
    let header = |name| {
        res.headers()
            .get(name)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let location = header(header::LOCATION);
    let content_type = header(header::CONTENT_TYPE);
    let api_version = header(header::HeaderName::from_static("api-version"));
    let cookie = header(header::SET_COOKIE).and_then(|c| c.split(';').next().map(String::from));
    let status = res.status();
    // Binary bodies (PDF, attachments) are read lossily; tests of those check bytes elsewhere.
    let body =
        String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Reply {
        status,
        location,
        cookie,
        content_type,
        api_version,
        body,
    }
}

pub async fn get(store: &Store, path: &str, cookie: Option<&str>) -> Reply {
    let mut req = Request::get(path);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(store, req.body(Body::empty()).unwrap()).await
}

/// The hidden CSRF value of the first form on a page.
pub fn csrf_of(body: &str) -> String {
    const FIELD: &str = "name=\"csrf\" value=\"";
    let at = body.find(FIELD).expect("a form with a csrf field");
    let rest = &body[at + FIELD.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// Posts a url-encoded form.
pub async fn post_form(store: &Store, path: &str, cookie: Option<&str>, body: &str) -> Reply {
    let mut req =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(store, req.body(Body::from(body.to_string())).unwrap()).await
}

/// Opens the sign-in page and submits it with a password; returns the reply.
pub async fn try_sign_in(store: &Store, user: &str, password: &str) -> Reply {
    let page = get(store, "/aanmelden", None).await;
    let login_cookie = page.cookie.expect("sign-in cookie");
    let body = format!(
        "csrf={}&gebruikersnaam={user}&wachtwoord={password}",
        csrf_of(&page.body)
    );
    post_form(store, "/aanmelden", Some(&login_cookie), &body).await
}

/// Signs in a demo account; returns the session cookie.
pub async fn sign_in(store: &Store, user: &str) -> String {
    let reply = try_sign_in(store, user, &format!("demo-{user}-2026")).await;
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "{user}: {}",
        reply.body
    );
    reply.cookie.expect("session cookie")
}
