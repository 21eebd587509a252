//! RFC 9457 problem details: every API error is `application/problem+json`.

mod response;
mod store;

pub use response::*;

use axum::http::StatusCode;
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

/// A refused field of a request body: 400, the detail starting with the field's JSON name.
impl From<crate::formulier::Veldfout> for ApiError {
    fn from(f: crate::formulier::Veldfout) -> Self {
        Self::bad_request(format!("{}: {}", f.json_naam(), f.melding))
    }
}
