//! "Wachtwoord vergeten": `/wachtwoord-vergeten` asks for an address and always answers the
//! same, whether or not it belongs to an account; `/wachtwoord-herstel/{token}` is the
//! mailed link (the token is the secret: one hour, single use) where a new password is set.

use super::aanmelden::cookie;
use super::{Page, render};
use crate::AppState;
use crate::csrf::{AanmeldForm, LOGIN_COOKIE};
use crate::layout::Layout;
use crate::session::cookie_value;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use passend_domain::EmailAdres;
use passend_store::{HERSTEL_MINUTEN, Herstelfout, MIN_PASSWORD_LEN, StoreError};
use serde::Deserialize;

/// The one answer to every well-formed request.
pub const ANTWOORD: &str = "Als dit adres bij een account hoort, is er een mail verstuurd.";

#[derive(Template)]
#[template(path = "wachtwoord_vergeten.html")]
struct VergetenPage {
    layout: Layout,
    csrf: String,
    email: String,
    fout_email: Option<String>,
    antwoord: Option<&'static str>,
    minuten: i64,
}

/// The form (with a fresh double-submit value unless the browser has one).
fn vergeten(headers: &HeaderMap, email: String, fout: Option<String>, status: StatusCode) -> Page {
    let (csrf, nieuw) = match cookie_value(headers, LOGIN_COOKIE) {
        Some(v) => (v, false),
        None => (passend_store::random_token(), true),
    };
    let p = VergetenPage {
        layout: Layout::anonymous("Wachtwoord vergeten"),
        csrf: csrf.clone(),
        email,
        fout_email: fout,
        antwoord: None,
        minuten: HERSTEL_MINUTEN,
    };
    let mut resp = (status, render(&p)?).into_response();
    if nieuw {
        resp.headers_mut().append(
            header::SET_COOKIE,
            cookie(LOGIN_COOKIE, &csrf, 3600, "Strict", headers),
        );
    }
    Ok(resp)
}

pub async fn vergeten_form(headers: HeaderMap) -> Page {
    vergeten(&headers, String::new(), None, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct Aanvraag {
    email: String,
}

pub async fn vraag_aan(
    State(state): State<AppState>,
    headers: HeaderMap,
    AanmeldForm(f): AanmeldForm<Aanvraag>,
) -> Page {
    let email = match EmailAdres::parse(&f.email) {
        Ok(e) => e,
        Err(e) => {
            return vergeten(
                &headers,
                f.email,
                Some(e.to_string()),
                StatusCode::BAD_REQUEST,
            );
        }
    };
    state
        .store
        .accounts()
        .vraag_herstel(&email, &state.mail.adres)
        .await?;
    crate::mail::bezorg_nu(&state.store, &state.mail);
    // Nothing on this page depends on the address: the same bytes for every address.
    render(&VergetenPage {
        layout: Layout::anonymous("Wachtwoord vergeten"),
        csrf: String::new(),
        email: String::new(),
        fout_email: None,
        antwoord: Some(ANTWOORD),
        minuten: HERSTEL_MINUTEN,
    })
}

#[derive(Template)]
#[template(path = "wachtwoord_herstel.html")]
struct HerstelPage {
    layout: Layout,
    gebruikersnaam: String,
    open: bool,
    klaar: bool,
    minimum: usize,
    fout: Option<String>,
    fout_wachtwoord: Option<String>,
}

/// The page for a link; one that no longer works is 410 Gone (404 when unknown).
async fn pagina(
    state: &AppState,
    token: &str,
) -> Result<(StatusCode, HerstelPage), crate::WebError> {
    let mut p = HerstelPage {
        layout: Layout::anonymous("Nieuw wachtwoord"),
        gebruikersnaam: String::new(),
        open: false,
        klaar: false,
        minimum: MIN_PASSWORD_LEN,
        fout: None,
        fout_wachtwoord: None,
    };
    let status = match state.store.accounts().herstel(token).await? {
        Ok(naam) => {
            p.gebruikersnaam = naam;
            p.open = true;
            StatusCode::OK
        }
        Err(f) => {
            p.fout = Some(f.to_string());
            match f {
                Herstelfout::Onbekend => StatusCode::NOT_FOUND,
                _ => StatusCode::GONE,
            }
        }
    };
    Ok((status, p))
}

fn antwoord(status: StatusCode, p: &HerstelPage) -> Page {
    Ok((status, render(p)?).into_response())
}

pub async fn herstel_form(State(state): State<AppState>, Path(token): Path<String>) -> Page {
    let (status, p) = pagina(&state, &token).await?;
    antwoord(status, &p)
}

#[derive(Deserialize)]
pub struct Nieuw {
    wachtwoord: String,
    herhaling: String,
}

pub async fn herstel(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(f): Form<Nieuw>,
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
        .herstel_wachtwoord(&token, &f.wachtwoord)
        .await
    {
        Ok(()) => {
            p.open = false;
            p.klaar = true;
            antwoord(StatusCode::OK, &p)
        }
        // Used up by a request in between: the link's own message, not the field's.
        Err(StoreError::Ongeldig(m)) if m == Herstelfout::Gebruikt.to_string() => {
            p.open = false;
            p.fout = Some(m);
            antwoord(StatusCode::GONE, &p)
        }
        Err(StoreError::Ongeldig(m)) => {
            p.fout_wachtwoord = Some(m);
            antwoord(StatusCode::BAD_REQUEST, &p)
        }
        Err(e) => Err(e.into()),
    }
}
