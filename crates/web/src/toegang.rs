//! The web's adapter to the access policy: the one place where a signed-in user becomes a
//! question to [`passend_domain::Kijker::mag_functie`]. Pages and API handlers ask it what to
//! show and which functions exist for the user; none compares roles itself. Which pupils a
//! function then shows is the store's scoped read.

use crate::api::problem::ApiError;
use crate::error::WebError;
use crate::session::Gebruiker;
use passend_domain::{Functie, Rol};

impl Gebruiker {
    /// Is the function there for this user?
    pub fn mag(&self, f: Functie) -> bool {
        self.verzoeker.kijker.mag_functie(&f)
    }

    /// A page of a function the user does not have: as if it did not exist.
    pub fn vereist(&self, f: Functie) -> Result<(), WebError> {
        if self.mag(f) {
            Ok(())
        } else {
            Err(WebError::NietGevonden)
        }
    }

    /// An API call of a function the user does not have: 404, as for a wrong address.
    pub fn api_vereist(&self, f: Functie) -> Result<(), ApiError> {
        self.vereist(f).map_err(|_| ApiError::not_found())
    }

    /// The own vestiging, SWV or gemeente in which the user may use the function.
    pub fn scope_voor(&self, f: Functie) -> Option<&str> {
        self.verzoeker.kijker.scope_voor(&f)
    }

    /// Is the function there for this user, for exactly this vestiging, SWV or gemeente?
    pub fn mag_voor(&self, f: Functie, scope: &str) -> bool {
        self.scope_voor(f) == Some(scope)
    }
}

/// How a role stored by name (in the audit log) is named in the UI; the name itself when it
/// is not a role.
pub fn rol_omschrijving(naam: String) -> String {
    Rol::parse(&naam)
        .map(|r| r.omschrijving().to_string())
        .unwrap_or(naam)
}
