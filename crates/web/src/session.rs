//! The signed-in user, from the session cookie. Sign-in through an external identity
//! provider (OpenID Connect) would create the same session; nothing else changes.

use crate::AppState;
use crate::error::WebError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use passend_domain::Kijker;
use passend_store::{Account, Verzoeker};

pub const COOKIE: &str = "passend_sessie";

/// A signed-in user with the active one of the account's roles.
#[derive(Debug, Clone)]
pub struct Gebruiker {
    pub account: Account,
    pub verzoeker: Verzoeker,
    /// Position of the active role among the account's roles.
    pub rol_index: usize,
    /// The CSRF value for forms on pages shown to this user.
    pub csrf: String,
}

impl Gebruiker {
    pub fn new(account: Account, rol_index: usize, csrf: String) -> Option<Self> {
        let rol = account.rollen.get(rol_index).cloned()?;
        let kijker = Kijker {
            rol: rol.rol,
            scope: rol.scope,
        };
        let verzoeker = Verzoeker {
            account_id: account.id,
            kijker,
        };
        Some(Self {
            account,
            verzoeker,
            rol_index,
            csrf,
        })
    }
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_string())
}

/// `Option<Gebruiker>`: pages that anyone may see, with more for the signed-in.
pub struct MaybeGebruiker(pub Option<Gebruiker>);

/// The user of a request: by API key for the API (`api`), by session cookie for pages.
pub async fn gebruiker_van(
    state: &AppState,
    headers: &HeaderMap,
    api: bool,
) -> Result<Option<Gebruiker>, passend_store::StoreError> {
    if api {
        let Some(token) = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return Ok(None);
        };
        // API clients post no forms, so they need no CSRF value; a key acts in the
        // account's first role.
        return Ok(state
            .store
            .accounts()
            .api_account(token.trim())
            .await?
            .and_then(|account| Gebruiker::new(account, 0, String::new())));
    }
    let Some(token) = cookie_value(headers, COOKIE) else {
        return Ok(None);
    };
    let Some((account, index)) = state.store.accounts().session_account(&token).await? else {
        return Ok(None);
    };
    Ok(Gebruiker::new(
        account,
        index,
        crate::csrf::for_session(&token),
    ))
}

impl FromRequestParts<AppState> for MaybeGebruiker {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        // Found already by the router's access check (`crate::toegang`).
        if let Some(g) = parts.extensions.get::<Gebruiker>() {
            return Ok(Self(Some(g.clone())));
        }
        Ok(Self(gebruiker_van(state, &parts.headers, false).await?))
    }
}

impl FromRequestParts<AppState> for Gebruiker {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        MaybeGebruiker::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(WebError::AanmeldenVereist)
    }
}
