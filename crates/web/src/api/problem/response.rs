//! An error as an `application/problem+json` response, also the errors axum makes itself.

use super::{ApiError, Probleem};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Makes a problem of an error response that axum made itself rather than a handler: a body
/// over the route's `limiet` (413) or a method the route does not take (405). The API
/// promises `application/problem+json` for every error, these too.
pub async fn als_probleem(response: Response, limiet: usize) -> Response {
    let status = response.status();
    let probleem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|c| c.as_bytes().starts_with(b"application/problem+json"));
    let fout = match status {
        // Also the JSON extractor's, which cannot know the limit.
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::te_groot(Some(limiet)),
        _ if probleem || !(status.is_client_error() || status.is_server_error()) => {
            return response;
        }
        // axum adds the Allow header after this layer, so the detail points to it.
        StatusCode::METHOD_NOT_ALLOWED => ApiError::new(
            status,
            "Methode niet toegestaan",
            "deze methode kan hier niet; de header Allow noemt de methoden die wel kunnen",
        ),
        _ if status.is_server_error() => {
            ApiError::new(status, "Serverfout", "er ging aan onze kant iets mis")
        }
        _ => ApiError::new(
            status,
            "Ongeldig verzoek",
            format!(
                "het verzoek kon niet worden verwerkt (HTTP {})",
                status.as_u16()
            ),
        ),
    };
    fout.into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Probleem {
            soort: "about:blank".into(),
            title: self.title.into(),
            status: self.status.as_u16(),
            detail: self.detail,
            problemen: self.problemen,
        };
        let json = serde_json::to_vec(&body).unwrap_or_default();
        let mut response = (self.status, json).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
