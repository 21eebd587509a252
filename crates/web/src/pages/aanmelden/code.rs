//! The code step of a sign-in with a second factor: a current code from the app, or one of
//! the recovery codes. Only this step makes the session.

use super::{STAP_COOKIE, cookie, form_page, kloktijd, met_sessie};
use crate::AppState;
use crate::csrf::{AanmeldForm, LOGIN_COOKIE};
use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::{COOKIE, cookie_value};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use passend_store::CodeUitkomst;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "aanmelden_code.html")]
struct CodePage {
    layout: Layout,
    csrf: String,
    code: String,
    fout: Option<String>,
}

fn code_page(headers: &HeaderMap, code: String, fout: Option<String>) -> Page {
    // The password step left the double-submit cookie; without it the form cannot be sent.
    let Some(csrf) = cookie_value(headers, LOGIN_COOKIE) else {
        return opnieuw(headers);
    };
    let status = if fout.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = CodePage {
        layout: Layout::anonymous("Aanmelden: code"),
        csrf,
        code,
        fout,
    };
    Ok((status, render(&page)?).into_response())
}

/// Back to the password: the step has ended (or never began).
fn opnieuw(headers: &HeaderMap) -> Page {
    let mut response = Redirect::to("/aanmelden").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        cookie(STAP_COOKIE, "", 0, "Strict", headers),
    );
    Ok(response)
}

pub async fn code_form(State(state): State<AppState>, headers: HeaderMap) -> Page {
    match cookie_value(&headers, STAP_COOKIE) {
        Some(stap) if state.store.accounts().aanmeld_stap_open(&stap).await? => {
            code_page(&headers, String::new(), None)
        }
        _ => opnieuw(&headers),
    }
}

#[derive(Deserialize)]
pub struct CodeInvoer {
    code: String,
}

pub async fn code_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    AanmeldForm(invoer): AanmeldForm<CodeInvoer>,
) -> Page {
    let Some(stap) = cookie_value(&headers, STAP_COOKIE) else {
        return opnieuw(&headers);
    };
    match state
        .store
        .accounts()
        .aanmelden_met_code(&stap, &invoer.code)
        .await?
    {
        CodeUitkomst::Gelukt { sessie, .. } => {
            if let Some(old) = cookie_value(&headers, COOKIE) {
                state.store.accounts().end_session(&old).await?;
            }
            Ok(met_sessie(&headers, &sessie, "/"))
        }
        CodeUitkomst::Onjuist(fout) => code_page(&headers, invoer.code, Some(fout)),
        CodeUitkomst::Verlopen => opnieuw(&headers),
        CodeUitkomst::Geblokkeerd { tot } => {
            let mut response = form_page(
                &state,
                &headers,
                String::new(),
                Some(format!(
                    "Er is te vaak een verkeerde code gebruikt. Aanmelden met deze naam kan weer na {}.",
                    kloktijd(tot)
                )),
                StatusCode::TOO_MANY_REQUESTS,
            )?;
            response.headers_mut().append(
                header::SET_COOKIE,
                cookie(STAP_COOKIE, "", 0, "Strict", &headers),
            );
            Ok(response)
        }
    }
}
