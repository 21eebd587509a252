//! Checking a sign-in: a new session, a wrong password, or a lock-out.

use super::{cookie, form_page};
use crate::AppState;
use crate::csrf::{AanmeldForm, LOGIN_COOKIE};
use crate::pages::Page;
use crate::session::{COOKIE, cookie_value};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use passend_store::AanmeldUitkomst;
use serde::Deserialize;

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
        .accounts()
        .aanmelden(&invoer.gebruikersnaam, &invoer.wachtwoord)
        .await?
    {
        AanmeldUitkomst::Gelukt(account) => {
            // Whatever session the browser held ends: a sign-in always starts a new one.
            if let Some(old) = cookie_value(&headers, COOKIE) {
                state.store.accounts().end_session(&old).await?;
            }
            let token = state.store.accounts().create_session(account.id).await?;
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
            &state,
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
                &state,
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
