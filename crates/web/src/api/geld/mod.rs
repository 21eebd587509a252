//! Budgets, verdeelmodel, reserves and annual-report tables in the API (tag `geld`).
//! Amounts are decimal strings (`"3188300.00"`), never floats; scoping is the store's.

mod begroting;
mod begroting_antwoord;
mod betalingen;
mod jaarcijfers;
mod jaarcijfers_toevoegen;
mod landelijk;
mod ontvangen;
mod params;
mod verdeelmodel;
mod verdeelmodel_zetten;

pub use begroting::*;
pub use betalingen::*;
pub use jaarcijfers::*;
pub use jaarcijfers_toevoegen::*;
pub use landelijk::*;
pub use ontvangen::*;
pub use verdeelmodel::*;
pub use verdeelmodel_zetten::*;

use super::problem::ApiError;
use passend_domain::bekostiging::Decimal;
use passend_domain::{Schooljaar, SwvCode};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(
        begroting,
        verdeelmodel,
        verdeelmodel_zetten,
        betalingen,
        jaarcijfers,
        jaarcijfers_toevoegen,
        landelijk,
        ontvangen
    ),
    tags((name = "geld", description = "Ondersteuningsmiddelen: begroting per samenwerkingsverband, verdeelmodel, betalingen, jaarcijfers en reserve, landelijke vergelijking. Bedragen als decimale tekst."))
)]
pub struct GeldApi;

fn bedrag(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

fn swv(code: &str) -> Result<SwvCode, ApiError> {
    SwvCode::parse(code).map_err(|e| ApiError::bad_request(format!("code: {e}")))
}

fn schooljaar(s: &str, veld: &str) -> Result<Schooljaar, ApiError> {
    Schooljaar::parse(s.trim()).map_err(|e| ApiError::bad_request(format!("{veld}: {e}")))
}
