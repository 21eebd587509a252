//! The JSON API under `/api/v1`, following the Dutch API Design Rules: Dutch lower
//! camelCase names, the `API-Version` header on every response, RFC 9457 problems, and
//! the OpenAPI document generated from the handlers at `/api/v1/openapi.json`.

pub mod aanmelding;
pub mod auth;
pub mod bereidheid;
pub mod bestanden;
mod document;
pub mod escalatie;
pub mod extract;
pub mod geld;
pub mod leerlingen;
pub mod leerplicht;
pub mod monitor;
pub mod ondersteuning;
pub mod organisatie;
pub mod overzicht;
mod paginaloos;
mod paginering;
pub mod problem;
pub mod schorsing;
pub mod taken;
pub mod thuiszitters;
pub mod verantwoording;
pub mod verzuim;
pub mod zorgplicht;

pub use document::*;
pub use paginaloos::weiger_zonder_paginas;
pub use paginering::*;

use axum::http::{HeaderName, HeaderValue};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

pub fn version_value() -> HeaderValue {
    HeaderValue::from_static(VERSION)
}
