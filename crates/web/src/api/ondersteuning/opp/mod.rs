//! The ontwikkelingsperspectief: every version and evaluation readable, a change is a new
//! version, the parents' consent and the yearly evaluation; and the school's signals.

mod evalueer;
mod instemming;
mod invoer;
mod lijst;
mod onderdelen;
mod schema;
mod signalen;
mod vaststellen;

pub use evalueer::*;
pub use instemming::*;
pub use lijst::*;
pub use schema::*;
pub use signalen::*;
pub use vaststellen::*;

use crate::AppState;
use crate::api::problem::ApiError;
use passend_store::{LeerlingId, Verzoeker};

/// The OPP at the caller's own school, just written.
async fn eigen_opp(
    state: &AppState,
    wie: &Verzoeker,
    leerling: LeerlingId,
) -> Result<Ontwikkelingsperspectief, ApiError> {
    let scope = wie.kijker.scope.as_deref();
    state
        .store
        .opps()
        .opps_van(
            wie,
            leerling,
            crate::vandaag(),
            "/api/v1/leerlingen/{id}/opp",
        )
        .await?
        .into_iter()
        .find(|o| Some(o.vestiging_code.as_str()) == scope)
        .map(Into::into)
        .ok_or_else(ApiError::not_found)
}
