//! The JSON API: the OpenAPI document, version header, problem details, pagination, keys.

use crate::access::api_get;
use crate::support::demo_sqlite;
use crate::web::sign_in;
use axum::http::StatusCode;
use passend_web::routes::overzicht;

mod documentatie;
mod paginas;
mod protocol;
mod registratie;
mod schemas;
mod sleutels;
mod zaken;

pub(crate) use registratie::api_key;
pub use registratie::onderwijsnummer;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}
