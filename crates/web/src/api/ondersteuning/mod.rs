//! Support beyond the basis in the API (issue 5): the ontwikkelingsperspectief, arrangementen
//! and the one-table arrangement, symbiose, and the toelaatbaarheidsverklaring with its
//! deskundigen and bezwaar. The store checks scope and roles and applies the rules; these
//! handlers translate JSON, and a refusal of the input names the field it is about.

pub mod arrangementen;
pub mod integraal;
pub mod opp;
pub mod oso;
pub mod symbiose;
pub mod tlv;

use super::extract::datum;
use super::problem::ApiError;
use axum::Json;
use axum::http::{HeaderName, StatusCode, header};
use jiff::civil::Date;

/// A number from the path.
pub(crate) fn nummer(id: &str) -> Result<i64, ApiError> {
    id.parse()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))
}

/// A refusal of one field: the detail starts with the field's name as the client sent it.
pub(crate) fn veld(naam: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request(format!("{naam}: {e}"))
}

pub(crate) fn opt_datum(text: Option<&str>, veld: &str) -> Result<Option<Date>, ApiError> {
    text.map(|t| datum(t, veld)).transpose()
}

/// 201 with the new resource's address.
pub(crate) type Aangemaakt<T> = (StatusCode, [(HeaderName, String); 1], Json<T>);

pub(crate) fn aangemaakt<T>(location: String, body: T) -> Aangemaakt<T> {
    (
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(body),
    )
}

pub(crate) fn dag(d: Date) -> String {
    d.to_string()
}

pub(crate) fn opt_dag(d: Option<Date>) -> Option<String> {
    d.map(dag)
}

/// Amounts leave as strings with two decimals, however they were typed ("4500" → "4500.00").
pub fn twee_decimalen(s: &str) -> String {
    let (heel, deel) = s.split_once('.').unwrap_or((s, ""));
    format!("{heel}.{:0<2}", &deel[..deel.len().min(2)])
}
