//! Query and path extractors whose rejections are problem+json like every other API error.

use super::problem::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e| {
                ApiError::bad_request(format!("ongeldige queryparameter: {}", e.body_text()))
            })
    }
}

/// A JSON body whose rejection (wrong type, unknown field, bad JSON) is a problem too.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, ApiError> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|j| ApiJson(j.0))
            .map_err(|e| match e.status() {
                // Not "ongeldige JSON": nothing is wrong with what was read.
                axum::http::StatusCode::PAYLOAD_TOO_LARGE => ApiError::te_groot(None),
                _ => ApiError::bad_request(format!("ongeldige JSON: {}", e.body_text())),
            })
    }
}

/// Answers every unknown path under `/api/v1` with a problem, not an HTML page.
pub async fn onbekend() -> ApiError {
    ApiError::not_found()
}

/// A `YYYY-MM-DD` field of a request body; the error names the field.
pub fn datum(text: &str, veld: &str) -> Result<jiff::civil::Date, ApiError> {
    text.parse()
        .map_err(|_| ApiError::bad_request(format!("{veld}: '{text}' is geen datum (JJJJ-MM-DD)")))
}
