//! Toelaatbaarheidsverklaringen: the request goes to the SWV the law names, that SWV asks two
//! deskundigen from its register, each writes an advice, the decision gets a gapless
//! beschikkingsnummer, and a bezwaar is tracked with its terms. Also the register itself.

mod aanvraag;
mod adviezen;
mod besluit;
mod bezwaar;
mod deskundige;
mod lezen;
mod lijst;
mod register;
mod schema;
mod van_leerling;

pub use aanvraag::*;
pub use adviezen::*;
pub use besluit::*;
pub use bezwaar::*;
pub use deskundige::*;
pub use lezen::*;
pub use lijst::*;
pub use register::*;
pub use schema::*;
pub use van_leerling::*;

use crate::AppState;
use crate::api::problem::ApiError;

async fn opnieuw(
    state: &AppState,
    g: &crate::session::Gebruiker,
    id: i64,
    route: &str,
) -> Result<Toelaatbaarheidsverklaring, ApiError> {
    let t = state
        .store
        .tlvs()
        .tlv_voor(&g.verzoeker, id, crate::vandaag(), route)
        .await?;
    Ok(Toelaatbaarheidsverklaring::voor(t))
}
