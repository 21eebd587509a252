//! Signing in with a local account, and signing out.

use super::{Page, render};
use crate::AppState;
use crate::layout::Layout;
use crate::session::{COOKIE, token_from};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "aanmelden.html")]
struct FormPage {
    layout: Layout,
    gebruikersnaam: String,
    fout: Option<&'static str>,
}

pub async fn form() -> Page {
    render(&FormPage {
        layout: Layout::anonymous("Aanmelden"),
        gebruikersnaam: String::new(),
        fout: None,
    })
}

#[derive(Deserialize)]
pub struct Invoer {
    gebruikersnaam: String,
    wachtwoord: String,
}

/// `Secure` is set when the request came through TLS (a proxy says so in
/// `X-Forwarded-Proto`); on plain localhost the cookie must work without it.
fn cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .expect("cookie is ASCII")
}

fn behind_tls(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        == Some("https")
}

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(invoer): Form<Invoer>,
) -> Page {
    let account = state
        .store
        .verify_password(&invoer.gebruikersnaam, &invoer.wachtwoord)
        .await?;
    let Some(account) = account else {
        let page = FormPage {
            layout: Layout::anonymous("Aanmelden"),
            gebruikersnaam: invoer.gebruikersnaam,
            fout: Some("De combinatie van gebruikersnaam en wachtwoord is onbekend."),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)?).into_response());
    };
    let token = state.store.create_session(account.id).await?;
    let max_age = passend_store::SESSION_HOURS * 3600;
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookie(&token, max_age, behind_tls(&headers)),
    );
    Ok(response)
}

pub async fn afmelden(State(state): State<AppState>, headers: HeaderMap) -> Page {
    if let Some(token) = token_from(&headers) {
        state.store.end_session(&token).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie("", 0, behind_tls(&headers)));
    Ok(response)
}
