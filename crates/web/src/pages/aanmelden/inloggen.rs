//! Checking a sign-in: a new session, a wrong password, or a lock-out.

use super::{CODE_PAD, STAP_COOKIE, cookie, form_page, kloktijd, met_sessie};
use crate::AppState;
use crate::csrf::AanmeldForm;
use crate::pages::Page;
use crate::session::{COOKIE, Gebruiker, cookie_value};
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
            // A one-time password is changed first (the start page is public, so the
            // router's check would not send the user there by itself); then straight to
            // setting up a second factor where the first role requires one.
            let wijzigen = account.wachtwoord_wijzigen;
            let verplicht = match Gebruiker::new(account, 0, String::new()) {
                Some(g) => {
                    state
                        .store
                        .accounts()
                        .moet_tweede_factor_instellen(&g.verzoeker)
                        .await?
                }
                None => false,
            };
            let naar = if wijzigen {
                "/account/wachtwoord"
            } else if verplicht {
                "/account/tweede-factor"
            } else {
                "/"
            };
            Ok(met_sessie(&headers, &token, naar))
        }
        AanmeldUitkomst::CodeNodig { stap } => {
            // No session yet: only the code step's token, for a few minutes.
            let mut response = Redirect::to(CODE_PAD).into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                cookie(
                    STAP_COOKIE,
                    &stap,
                    passend_store::AANMELD_STAP_MINUTEN * 60,
                    "Strict",
                    &headers,
                ),
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
            let tijd = kloktijd(tot);
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
