//! Bearer API keys: the client acts as the account the key belongs to.

use super::problem::ApiError;
use crate::AppState;
use crate::session::Gebruiker;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

/// The account behind the request's API key.
pub struct ApiGebruiker(pub Gebruiker);

impl FromRequestParts<AppState> for ApiGebruiker {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(ApiError::unauthorized)?;
        let account = state
            .store
            .api_account(token.trim())
            .await?
            .ok_or_else(ApiError::unauthorized)?;
        // API clients post no forms, so they need no CSRF value; a key acts in the
        // account's first role.
        Gebruiker::new(account, 0, String::new())
            .map(ApiGebruiker)
            .ok_or_else(ApiError::unauthorized)
    }
}
