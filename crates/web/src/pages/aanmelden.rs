//! Signing in with a local account (with lock-out after repeated failures), and out.

use super::{Page, render};
use crate::AppState;
use crate::csrf::{AanmeldForm, CsrfForm, LOGIN_COOKIE};
use crate::layout::Layout;
use crate::session::{COOKIE, MaybeGebruiker, cookie_value};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use passend_store::AanmeldUitkomst;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "aanmelden.html")]
struct FormPage {
    layout: Layout,
    gebruikersnaam: String,
    fout: Option<String>,
    csrf: String,
}

/// `Secure` is set when the request came through TLS (a proxy says so in
/// `X-Forwarded-Proto`); on plain localhost the cookie must work without it.
fn cookie(
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

/// The sign-in page, with a fresh double-submit value unless the browser has one.
fn form_page(
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

pub async fn form(MaybeGebruiker(gebruiker): MaybeGebruiker, headers: HeaderMap) -> Page {
    let mut response = form_page(&headers, String::new(), None, StatusCode::OK)?;
    // A session cookie that no longer opens a session is cleared, not sent on and on.
    if gebruiker.is_none() && cookie_value(&headers, COOKIE).is_some() {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookie(COOKIE, "", 0, "Lax", &headers));
    }
    Ok(response)
}

#[derive(Deserialize)]
pub struct Invoer {
    gebruikersnaam: String,
    wachtwoord: String,
}

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    AanmeldForm(invoer): AanmeldForm<Invoer>,
) -> Page {
    match state
        .store
        .aanmelden(&invoer.gebruikersnaam, &invoer.wachtwoord)
        .await?
    {
        AanmeldUitkomst::Gelukt(account) => {
            // Whatever session the browser held ends: a sign-in always starts a new one.
            if let Some(old) = cookie_value(&headers, COOKIE) {
                state.store.end_session(&old).await?;
            }
            let token = state.store.create_session(account.id).await?;
            let max_age = passend_store::SESSION_HOURS * 3600;
            let mut response = Redirect::to("/").into_response();
            let set = response.headers_mut();
            set.append(
                header::SET_COOKIE,
                cookie(COOKIE, &token, max_age, "Lax", &headers),
            );
            set.append(
                header::SET_COOKIE,
                cookie(LOGIN_COOKIE, "", 0, "Strict", &headers),
            );
            Ok(response)
        }
        AanmeldUitkomst::Onjuist => form_page(
            &headers,
            invoer.gebruikersnaam,
            Some("De combinatie van gebruikersnaam en wachtwoord is onbekend.".into()),
            StatusCode::UNAUTHORIZED,
        ),
        AanmeldUitkomst::Geblokkeerd { tot } => {
            let tijd = tot
                .parse::<jiff::Timestamp>()
                .ok()
                .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
                .map(|z| format!("{:02}:{:02}", z.hour(), z.minute()))
                .unwrap_or(tot);
            form_page(
                &headers,
                invoer.gebruikersnaam,
                Some(format!(
                    "Er is te vaak een verkeerd wachtwoord gebruikt. Aanmelden met deze naam kan weer na {tijd}."
                )),
                StatusCode::TOO_MANY_REQUESTS,
            )
        }
    }
}

#[derive(Deserialize)]
pub struct Leeg {}

pub async fn afmelden(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Leeg>,
) -> Result<Response, crate::WebError> {
    if let Some(token) = cookie_value(&headers, COOKIE) {
        state.store.end_session(&token).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(COOKIE, "", 0, "Lax", &headers));
    Ok(response)
}
