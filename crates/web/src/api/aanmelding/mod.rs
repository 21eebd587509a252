//! Registering and extending an aanmelding through the API: the same store calls as the
//! school's form, with every refusal of the input naming the field it is about.

mod intrekken;
mod invoer;
mod lezen;
mod opschorten;
mod registreer;
mod verleng;

pub use intrekken::*;
pub use lezen::*;
pub use opschorten::*;
pub use registreer::*;
pub use verleng::*;

use super::problem::ApiError;

/// A refusal of one field: the detail starts with the field's name as the client sent it.
fn veld(naam: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request(format!("{naam}: {e}"))
}

fn nummer(id: &str) -> Result<i64, ApiError> {
    id.parse()
        .map_err(|_| ApiError::bad_request(format!("'{id}' is geen nummer")))
}
