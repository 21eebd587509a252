//! `/uitnodiging/{token}`: the invitee sets a password. The token in the link is the
//! secret (random, single use, 7 days); an expired or used link says so.

use super::{Page, render};
use crate::AppState;
use crate::layout::Layout;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use passend_store::{MIN_PASSWORD_LEN, StoreError};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "uitnodiging.html")]
struct UitnodigingPage {
    layout: Layout,
    gebruikersnaam: String,
    open: bool,
    klaar: bool,
    minimum: usize,
    fout: Option<String>,
    /// Whether to offer a new link (the link existed but no longer works).
    verlopen_of_gebruikt: bool,
    fout_wachtwoord: Option<String>,
    token: String,
    /// (id, label) of each OpenID provider the account may be bound to instead.
    aanbieders: Vec<(String, String)>,
}

/// The page for a link; a link that no longer works is 410 Gone (404 when unknown).
async fn pagina(
    state: &AppState,
    token: &str,
) -> Result<(StatusCode, UitnodigingPage), crate::WebError> {
    let mut p = UitnodigingPage {
        layout: Layout::new("Uitnodiging", None),
        gebruikersnaam: String::new(),
        open: false,
        klaar: false,
        minimum: MIN_PASSWORD_LEN,
        fout: None,
        verlopen_of_gebruikt: false,
        fout_wachtwoord: None,
        token: token.to_string(),
        aanbieders: state
            .oidc
            .alle()
            .iter()
            .map(|a| (a.id.clone(), a.label.clone()))
            .collect(),
    };
    let status = match state.store.accounts().uitnodiging(token).await? {
        Ok(naam) => {
            p.gebruikersnaam = naam;
            p.open = true;
            StatusCode::OK
        }
        Err(f) => {
            let status = match f {
                passend_store::Uitnodigingsfout::Onbekend => StatusCode::NOT_FOUND,
                _ => StatusCode::GONE,
            };
            p.fout = Some(f.to_string());
            p.verlopen_of_gebruikt = status == StatusCode::GONE;
            status
        }
    };
    Ok((status, p))
}

fn antwoord(status: StatusCode, p: &UitnodigingPage) -> Page {
    let body = render(p)?;
    Ok((status, body).into_response())
}

pub async fn form(State(state): State<AppState>, Path(token): Path<String>) -> Page {
    let (status, p) = pagina(&state, &token).await?;
    antwoord(status, &p)
}

#[derive(Deserialize)]
pub struct Instellen {
    wachtwoord: String,
    herhaling: String,
}

pub async fn stel_in(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(f): Form<Instellen>,
) -> Page {
    let (status, mut p) = pagina(&state, &token).await?;
    if !p.open {
        return antwoord(status, &p);
    }
    if f.wachtwoord != f.herhaling {
        p.fout_wachtwoord = Some("de twee wachtwoorden zijn niet gelijk".into());
        return antwoord(StatusCode::BAD_REQUEST, &p);
    }
    match state
        .store
        .accounts()
        .accepteer_uitnodiging(&token, &f.wachtwoord)
        .await
    {
        Ok(()) => {
            p.open = false;
            p.klaar = true;
            antwoord(StatusCode::OK, &p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_wachtwoord = Some(m);
            antwoord(StatusCode::BAD_REQUEST, &p)
        }
        Err(e) => Err(e.into()),
    }
}

/// "Koppel met …": signs in at the provider and binds its subject to this invitation's
/// account (the invitation is used up then, not now). A link that no longer works says so.
pub async fn koppel(
    State(state): State<AppState>,
    Path((token, aanbieder)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
) -> Page {
    let (status, p) = pagina(&state, &token).await?;
    if !p.open {
        return antwoord(status, &p);
    }
    super::aanmelden::oidc_begin(&state, &aanbieder, Some(token), &headers).await
}
