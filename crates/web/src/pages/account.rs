//! A signed-in user's own API keys: create (shown once), list and revoke.

use super::{Page, render};
use crate::AppState;
use crate::csrf::CsrfForm;
use crate::layout::Layout;
use crate::session::Gebruiker;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use passend_store::ApiSleutel;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "api_sleutels.html")]
struct SleutelsPage {
    layout: Layout,
    csrf: String,
    sleutels: Vec<ApiSleutel>,
    nieuw: Option<String>,
}

async fn page(state: &AppState, g: &Gebruiker, nieuw: Option<String>) -> Page {
    let sleutels = state.store.accounts().api_sleutels(g.account.id).await?;
    render(&SleutelsPage {
        layout: Layout::new("API-sleutels", Some(g)),
        csrf: g.csrf.clone(),
        sleutels,
        nieuw,
    })
}

pub async fn sleutels(State(state): State<AppState>, g: Gebruiker) -> Page {
    page(&state, &g, None).await
}

#[derive(Deserialize)]
pub struct Nieuw {
    naam: String,
}

pub async fn maak_sleutel(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Nieuw>,
) -> Page {
    let token = state
        .store
        .accounts()
        .create_api_sleutel(g.account.id, &f.naam)
        .await?;
    page(&state, &g, Some(token)).await
}

#[derive(Deserialize)]
pub struct Intrekken {
    id: i64,
}

pub async fn trek_in(
    State(state): State<AppState>,
    g: Gebruiker,
    CsrfForm(f): CsrfForm<Intrekken>,
) -> Page {
    state
        .store
        .accounts()
        .revoke_api_sleutel(g.account.id, f.id)
        .await?;
    Ok(Redirect::to("/account/api-sleutels").into_response())
}

#[derive(Deserialize)]
pub struct RolKeuze {
    rol: usize,
}

/// Makes another of the account's roles the active one; scoping follows at once.
pub async fn wissel_rol(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    _g: Gebruiker,
    CsrfForm(f): CsrfForm<RolKeuze>,
) -> Page {
    let token = crate::session::cookie_value(&headers, crate::session::COOKIE)
        .ok_or(crate::WebError::AanmeldenVereist)?;
    state
        .store
        .accounts()
        .set_session_role(&token, f.rol)
        .await?;
    Ok(Redirect::to("/").into_response())
}
