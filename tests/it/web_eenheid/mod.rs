//! The web crate's unit tests, kept here so that CI compiles `passend-web` once (issue 18):
//! its library has `test = false`. They reach its modules through `passend_web::…`; the ones
//! that are no API of the crate are `#[doc(hidden)]` there.

mod api_ondersteuning;
mod download;
mod export;
mod format;
mod formulier;
mod invoer_vijandig;
mod monitor_register;
mod oidc_controle;
mod oidc_sleutel;
mod pdf;
