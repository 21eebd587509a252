//! Signing out: the session ends and its cookie is cleared.

use super::cookie;
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::session::{COOKIE, cookie_value};
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Leeg {}

pub async fn afmelden(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Leeg>,
) -> Result<Response, crate::WebError> {
    if let Some(token) = cookie_value(&headers, COOKIE) {
        state.store.accounts().end_session(&token).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(COOKIE, "", 0, "Lax", &headers));
    Ok(response)
}
