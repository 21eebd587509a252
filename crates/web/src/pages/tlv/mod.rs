//! One TLV: the request, the deskundigen and their advices, the decision with its letter
//! (also as PDF), and bezwaar. Plus the SWV's register of deskundigen.

mod advies;
mod besluit;
mod bezwaar;
mod deskundigen;
mod detail;
mod register;

pub use advies::*;
pub use besluit::*;
pub use bezwaar::*;
pub use deskundigen::*;
pub use detail::*;
pub use register::*;

use super::Page;
use crate::WebError;
use axum::response::{IntoResponse, Redirect};

fn tlv_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| WebError::NietGevonden)
}

fn terug(id: i64) -> Page {
    Ok(Redirect::to(&format!("/tlv/{id}")).into_response())
}
