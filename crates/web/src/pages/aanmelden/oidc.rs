//! Signing in through an OpenID provider: `/aanmelden/oidc/{id}` sends the browser there,
//! `/aanmelden/oidc/{id}/terug` checks what comes back and starts a session for the account
//! bound to the provider's subject (or binds it, when the sign-in began at an invitation).
//! A refusal is a Dutch page and a log line without tokens, codes, state or nonce.

use super::cookie;
use crate::AppState;
use crate::layout::Layout;
use crate::oidc::{Aanbieder, Weigering};
use crate::pages::{Page, render};
use crate::session::{COOKIE, cookie_value};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use passend_store::{OIDC_POGING_MINUTEN, OidcPoging, OidcUitkomst, StoreError};
use serde::Deserialize;

/// Holds the `state` while the browser is at the provider: the answer must come back to
/// the browser that left (no sign-in planted through someone else's link).
const STATE_COOKIE: &str = "passend_oidc";

#[derive(Template)]
#[template(path = "oidc_fout.html")]
struct FoutPage {
    layout: Layout,
    melding: String,
}

fn weiger(status: StatusCode, aanbieder: &str, reden: &str, melding: String) -> Page {
    tracing::warn!(aanbieder, reden, "aanmelden via OpenID Connect geweigerd");
    let page = FoutPage {
        layout: Layout::anonymous("Aanmelden niet gelukt"),
        melding,
    };
    Ok((status, render(&page)?).into_response())
}

fn weigering(a: &Aanbieder, w: Weigering) -> Page {
    let status = match w {
        Weigering::State | Weigering::Afgebroken(_) => StatusCode::BAD_REQUEST,
        Weigering::Onbereikbaar(_) => StatusCode::BAD_GATEWAY,
        Weigering::Ongeldig(_) => StatusCode::UNAUTHORIZED,
        Weigering::Niveau(_) => StatusCode::FORBIDDEN,
    };
    weiger(status, &a.id, &w.reden(), w.melding(&a.label))
}

pub async fn oidc_start(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Page {
    oidc_begin(&state, &id, None, &headers).await
}

/// Sends the browser to the provider; `uitnodiging` is the invitation token when the
/// subject is to be bound to that invitation's account.
pub(crate) async fn oidc_begin(
    state: &AppState,
    id: &str,
    uitnodiging: Option<String>,
    headers: &HeaderMap,
) -> Page {
    let Some(a) = state.oidc.get(id) else {
        return Err(crate::WebError::NietGevonden);
    };
    let start = match state.oidc.begin(a).await {
        Ok(s) => s,
        Err(w) => return weigering(a, w),
    };
    let poging = OidcPoging {
        nonce: start.nonce,
        pkce_verifier: start.pkce_verifier,
        uitnodiging,
    };
    state
        .store
        .accounts()
        .oidc_begin(&a.id, &start.state, &poging)
        .await?;
    let mut response = Redirect::to(&start.url).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        cookie(
            STATE_COOKIE,
            &start.state,
            OIDC_POGING_MINUTEN * 60,
            "Lax",
            headers,
        ),
    );
    Ok(response)
}

/// The provider's answer (RFC 6749 §4.1.2, with RFC 9207's `iss` when it sends one).
#[derive(Deserialize)]
pub struct Terug {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    iss: Option<String>,
}

pub async fn oidc_terug(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(t): Query<Terug>,
    headers: HeaderMap,
) -> Page {
    let Some(a) = state.oidc.get(&id) else {
        return Err(crate::WebError::NietGevonden);
    };
    // Taken before anything else is looked at: whatever follows, this state is used up.
    let poging = match &t.state {
        Some(s) => state.store.accounts().oidc_neem(&a.id, s).await?,
        None => None,
    };
    let eigen = t.state.is_some() && cookie_value(&headers, STATE_COOKIE) == t.state;
    let Some(poging) = poging.filter(|_| eigen) else {
        return weigering(a, Weigering::State);
    };
    if let Some(e) = t.error {
        // The error code only: its description is the provider's free text.
        let code: String = e
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(40)
            .collect();
        return weigering(a, Weigering::Afgebroken(code));
    }
    if t.iss.as_ref().is_some_and(|i| *i != a.issuer()) {
        return weigering(a, Weigering::Ongeldig("iss van het antwoord".into()));
    }
    let Some(code) = t.code else {
        return weigering(a, Weigering::Ongeldig("geen code".into()));
    };
    let subject = match state
        .oidc
        .afronden(a, &code, &poging.pkce_verifier, &poging.nonce)
        .await
    {
        Ok(s) => s,
        Err(w) => return weigering(a, w),
    };
    let accounts = state.store.accounts();
    let account = match poging.uitnodiging {
        Some(uitnodiging) => match accounts.oidc_koppel(&uitnodiging, &a.id, &subject).await {
            Ok(account) => {
                tracing::info!(aanbieder = %a.id, account = account.id, "account gekoppeld via uitnodiging");
                account
            }
            Err(StoreError::Ongeldig(m) | StoreError::Conflict(m)) => {
                return weiger(StatusCode::CONFLICT, &a.id, "koppeling", hoofdletter(&m));
            }
            Err(e) => return Err(e.into()),
        },
        None => match accounts.oidc_account(&a.id, &subject).await? {
            OidcUitkomst::Gelukt(account) => account,
            OidcUitkomst::Onbekend => {
                return weiger(
                    StatusCode::FORBIDDEN,
                    &a.id,
                    "subject niet gekoppeld",
                    "Dit account is nog niet gekoppeld; gebruik de uitnodigingslink die u van de beheerder kreeg.".into(),
                );
            }
            OidcUitkomst::Gedeactiveerd => {
                return weiger(
                    StatusCode::FORBIDDEN,
                    &a.id,
                    "account gedeactiveerd",
                    "Dit account is beëindigd; neem contact op met de beheerder.".into(),
                );
            }
        },
    };
    // As with a password: whatever session the browser held ends, a new one starts.
    if let Some(old) = cookie_value(&headers, COOKIE) {
        accounts.end_session(&old).await?;
    }
    let token = accounts.create_session(account.id).await?;
    tracing::info!(aanbieder = %a.id, account = account.id, "aangemeld via OpenID Connect");
    let max_age = passend_store::SESSION_HOURS * 3600;
    let mut response = Redirect::to("/").into_response();
    let set = response.headers_mut();
    set.append(
        header::SET_COOKIE,
        cookie(COOKIE, &token, max_age, "Lax", &headers),
    );
    set.append(
        header::SET_COOKIE,
        cookie(STATE_COOKIE, "", 0, "Lax", &headers),
    );
    Ok(response)
}

fn hoofdletter(m: &str) -> String {
    let mut c = m.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>() + ".")
        .unwrap_or_default()
}
