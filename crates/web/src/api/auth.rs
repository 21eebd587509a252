//! Bearer API keys: the client acts as the account the key belongs to.

use super::problem::ApiError;
use crate::AppState;
use crate::session::Gebruiker;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

/// The account behind the request's API key.
pub struct ApiGebruiker(pub Gebruiker);

impl FromRequestParts<AppState> for ApiGebruiker {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        // Found already by the router's access check (`crate::toegang`).
        if let Some(g) = parts.extensions.get::<Gebruiker>() {
            return Ok(ApiGebruiker(g.clone()));
        }
        crate::session::gebruiker_van(state, &parts.headers, true)
            .await?
            .map(ApiGebruiker)
            .ok_or_else(ApiError::unauthorized)
    }
}
