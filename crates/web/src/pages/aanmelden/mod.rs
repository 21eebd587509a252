//! Signing in with a local account (with lock-out after repeated failures), and out.

mod afmelden;
mod code;
mod inloggen;
mod oidc;

pub use afmelden::*;
pub use code::*;
pub use inloggen::*;
pub(crate) use oidc::oidc_begin;
pub use oidc::{oidc_start, oidc_terug};

use super::{Page, render};
use crate::AppState;
use crate::csrf::LOGIN_COOKIE;
use crate::layout::Layout;
use crate::session::{COOKIE, MaybeGebruiker, cookie_value};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "aanmelden.html")]
struct FormPage {
    layout: Layout,
    gebruikersnaam: String,
    fout: Option<String>,
    csrf: String,
    /// (id, label) of each OpenID provider, for its button.
    aanbieders: Vec<(String, String)>,
}

/// `Secure` is set when the request came through TLS (a proxy says so in
/// `X-Forwarded-Proto`); on plain localhost the cookie must work without it.
pub(crate) fn cookie(
    name: &str,
    value: &str,
    max_age: i64,
    same_site: &str,
    headers: &HeaderMap,
) -> HeaderValue {
    let secure = if headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        == Some("https")
    {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age={max_age}{secure}"
    ))
    .expect("cookie is ASCII")
}

/// The code step of a sign-in with a second factor.
pub const CODE_PAD: &str = "/aanmelden/code";
/// The code step's token: HttpOnly, SameSite=Strict, a few minutes.
const STAP_COOKIE: &str = "passend_aanmeldstap";

/// A new session: its cookie first, the sign-in's own cookies cleared; then `naar`.
fn met_sessie(headers: &HeaderMap, token: &str, naar: &str) -> Response {
    let max_age = passend_store::SESSION_HOURS * 3600;
    let mut response = Redirect::to(naar).into_response();
    let set = response.headers_mut();
    set.append(
        header::SET_COOKIE,
        cookie(COOKIE, token, max_age, "Lax", headers),
    );
    for name in [LOGIN_COOKIE, STAP_COOKIE] {
        set.append(header::SET_COOKIE, cookie(name, "", 0, "Strict", headers));
    }
    response
}

/// An instant (RFC 3339) as the clock time in the Netherlands.
fn kloktijd(tot: String) -> String {
    tot.parse::<jiff::Timestamp>()
        .ok()
        .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
        .map(|z| format!("{:02}:{:02}", z.hour(), z.minute()))
        .unwrap_or(tot)
}

/// The sign-in page, with a fresh double-submit value unless the browser has one.
fn form_page(
    state: &AppState,
    headers: &HeaderMap,
    gebruikersnaam: String,
    fout: Option<String>,
    status: StatusCode,
) -> Page {
    let (csrf, fresh) = match cookie_value(headers, LOGIN_COOKIE) {
        Some(v) => (v, false),
        None => (passend_store::random_token(), true),
    };
    let page = FormPage {
        layout: Layout::anonymous("Aanmelden"),
        gebruikersnaam,
        fout,
        csrf: csrf.clone(),
        aanbieders: state
            .oidc
            .alle()
            .iter()
            .map(|a| (a.id.clone(), a.label.clone()))
            .collect(),
    };
    let mut response = (status, render(&page)?).into_response();
    if fresh {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookie(LOGIN_COOKIE, &csrf, 3600, "Strict", headers),
        );
    }
    Ok(response)
}

pub async fn form(
    State(state): State<AppState>,
    MaybeGebruiker(gebruiker): MaybeGebruiker,
    headers: HeaderMap,
) -> Page {
    let mut response = form_page(&state, &headers, String::new(), None, StatusCode::OK)?;
    // A session cookie that no longer opens a session is cleared, not sent on and on.
    if gebruiker.is_none() && cookie_value(&headers, COOKIE).is_some() {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookie(COOKIE, "", 0, "Lax", &headers));
    }
    Ok(response)
}
