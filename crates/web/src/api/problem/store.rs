//! A store error as a problem: the user's mistakes told, server errors logged and never shown.

use super::ApiError;
use axum::http::StatusCode;
use passend_store::StoreError;

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match &e {
            StoreError::NietGevonden { .. } => ApiError::not_found(),
            StoreError::Conflict(m) => ApiError::new(StatusCode::CONFLICT, "Conflict", m.clone()),
            StoreError::Geweigerd(p) => ApiError::geweigerd("Bestand geweigerd", p.clone()),
            e if e.is_user_error() => ApiError::bad_request(e.to_string()),
            _ => {
                let mut cause = String::new();
                let mut source: Option<&dyn std::error::Error> = Some(&e);
                while let Some(s) = source {
                    cause.push_str(&format!(": {s}"));
                    source = s.source();
                }
                tracing::error!("serverfout in de API{cause}");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Serverfout",
                    "er ging aan onze kant iets mis",
                )
            }
        }
    }
}
