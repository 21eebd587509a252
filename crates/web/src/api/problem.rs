//! RFC 9457 problem details: every API error is `application/problem+json`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use passend_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// An error as RFC 9457 describes it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Probleem {
    /// A URI that identifies the kind of problem; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub soort: String,
    /// Short, the same for every occurrence of this kind.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, in Dutch.
    pub detail: String,
    /// For a refused file (422): every reason, each naming its line where that is known;
    /// `detail` holds them too, joined. Nothing of the file was stored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["regel 3: geboortedatum: '2021-02-30' is geen datum (JJJJ-MM-DD)"]))]
    pub problemen: Vec<String>,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub title: &'static str,
    pub detail: String,
    /// The reasons a file was refused, for [`Probleem::problemen`].
    pub problemen: Vec<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, title: &'static str, detail: impl Into<String>) -> Self {
        Self {
            status,
            title,
            detail: detail.into(),
            problemen: Vec::new(),
        }
    }

    /// A file refused as a whole (422), with every reason; nothing of it was stored.
    pub fn geweigerd(title: &'static str, problemen: Vec<String>) -> Self {
        let detail = problemen.join("; ");
        Self {
            problemen,
            ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, title, detail)
        }
    }

    /// A file the XML reader refused: every problem with its line.
    pub fn afgewezen(title: &'static str, afwijzing: &passend_uitwisseling::Afwijzing) -> Self {
        let problemen = afwijzing
            .problemen()
            .iter()
            .map(|p| p.to_string())
            .collect();
        Self::geweigerd(title, problemen)
    }

    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "Niet gevonden",
            "deze resource bestaat niet, of u heeft er geen toegang toe",
        )
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "Niet geauthenticeerd",
            "geef een geldige API-sleutel mee in de header Authorization: Bearer <sleutel>",
        )
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "Ongeldige invoer", detail)
    }

    /// A body over the route's limit (in bytes, when the caller knows it).
    pub fn te_groot(limiet: Option<usize>) -> Self {
        const MB: usize = 1024 * 1024;
        let detail = match limiet {
            Some(l) if l % MB == 0 => format!("de body is groter dan {} MB", l / MB),
            Some(l) => format!(
                "de body is groter dan {} kB",
                crate::format::aantal(i64::try_from(l / 1024).unwrap_or(i64::MAX))
            ),
            None => "de body is groter dan deze route aanneemt".into(),
        };
        Self::new(StatusCode::PAYLOAD_TOO_LARGE, "Te groot", detail)
    }
}

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
