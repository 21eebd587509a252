//! CSRF protection for every form. Signed in: the form carries a value derived from the
//! session token (which lives in an HttpOnly cookie a foreign site cannot read). Not yet
//! signed in (the sign-in form itself): a random value in a SameSite=Strict cookie that
//! the form must repeat (double submit).

use crate::AppState;
use crate::error::WebError;
use crate::session::{COOKIE, cookie_value};
use axum::extract::{FromRequest, Request};
use axum::http::HeaderMap;
use serde::Deserialize;
use serde::de::DeserializeOwned;

pub const LOGIN_COOKIE: &str = "passend_aanmelden";

/// The value a form must carry, if the request has a basis for one.
pub fn expected(headers: &HeaderMap) -> Option<String> {
    if let Some(session) = cookie_value(headers, COOKIE) {
        return Some(passend_store::derive_token(&session, "csrf"));
    }
    cookie_value(headers, LOGIN_COOKIE)
}

/// The value for forms on a page shown to a signed-in user.
pub fn for_session(session_token: &str) -> String {
    passend_store::derive_token(session_token, "csrf")
}

/// Whether a submitted value is the one this request's cookies call for.
pub fn matches(headers: &HeaderMap, given: &str) -> bool {
    expected(headers).is_some_and(|want| constant_time_eq(want.as_bytes(), given.as_bytes()))
}

#[derive(Deserialize)]
struct Field {
    csrf: Option<String>,
}

/// A url-encoded form whose `csrf` field was checked.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let expected = expected(req.headers());
        checked(req, state, expected).await.map(CsrfForm)
    }
}

/// The sign-in form, checked against the double-submit cookie only: a session cookie left
/// from a session that has ended must not stand in the way of signing in again.
pub struct AanmeldForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for AanmeldForm<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let expected = cookie_value(req.headers(), LOGIN_COOKIE);
        checked(req, state, expected).await.map(AanmeldForm)
    }
}

/// Reads a url-encoded form whose `csrf` field must be `expected`.
async fn checked<T: DeserializeOwned>(
    req: Request,
    state: &AppState,
    expected: Option<String>,
) -> Result<T, WebError> {
    let bytes = checked_bytes(req, state, expected).await?;
    lees(&bytes)
}

/// The body of a signed-in user's url-encoded form, its `csrf` field checked.
pub async fn form_bytes(req: Request, state: &AppState) -> Result<axum::body::Bytes, WebError> {
    let expected = expected(req.headers());
    checked_bytes(req, state, expected).await
}

/// A checked form body read as `T`.
pub fn lees<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, WebError> {
    serde_urlencoded::from_bytes(bytes)
        .map_err(|e| WebError::Ongeldig(format!("het formulier is niet volledig ingevuld ({e})")))
}

async fn checked_bytes(
    req: Request,
    state: &AppState,
    expected: Option<String>,
) -> Result<axum::body::Bytes, WebError> {
    let bytes = axum::body::Bytes::from_request(req, state)
        .await
        .map_err(|_| WebError::Ongeldig("het formulier kon niet worden gelezen".into()))?;
    let field: Field =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::FormulierVerlopen)?;
    match (expected, field.csrf) {
        (Some(want), Some(got)) if constant_time_eq(want.as_bytes(), got.as_bytes()) => {}
        _ => return Err(WebError::FormulierVerlopen),
    }
    Ok(bytes)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
