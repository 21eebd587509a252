//! A bezwaar against a decision, tracked with its terms.

mod bijwerken;
mod indienen;
mod lezen;

pub use bijwerken::*;
pub use indienen::*;
pub use lezen::*;

use crate::AppState;
use crate::api::ondersteuning::{dag, opt_dag};
use crate::api::problem::ApiError;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TlvBezwaar {
    pub id: i64,
    #[schema(format = Date, value_type = String)]
    pub ingediend_op: String,
    pub gronden: String,
    /// De beslistermijn is één keer verdaagd.
    pub verdaagd: bool,
    /// Advies van de bezwaaradviescommissie.
    #[schema(format = Date, value_type = Option<String>)]
    pub advies_datum: Option<String>,
    pub advies: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub besluit_datum: Option<String>,
    /// gegrond, deels gegrond, ongegrond of niet-ontvankelijk.
    pub uitkomst: Option<String>,
    /// Laatste dag om bezwaar te maken (zes weken na de bekendmaking).
    #[schema(format = Date, value_type = Option<String>)]
    pub indienen_uiterlijk: Option<String>,
    /// Laatste dag voor de beslissing op bezwaar, met de verdaging als die er is.
    #[schema(format = Date, value_type = Option<String>)]
    pub beslissen_uiterlijk: Option<String>,
}

impl From<passend_store::Bezwaar> for TlvBezwaar {
    fn from(b: passend_store::Bezwaar) -> Self {
        Self {
            id: b.id,
            ingediend_op: dag(b.ingediend_op),
            gronden: b.gronden,
            verdaagd: b.verdaagd,
            advies_datum: opt_dag(b.advies_datum),
            advies: b.advies,
            besluit_datum: opt_dag(b.besluit_datum),
            uitkomst: b.uitkomst,
            indienen_uiterlijk: b.klok.as_ref().map(|k| dag(k.indienen_uiterlijk)),
            beslissen_uiterlijk: b.klok.as_ref().map(|k| dag(k.beslissen_uiterlijk)),
        }
    }
}

async fn gezocht_bezwaar(
    state: &AppState,
    g: &crate::session::Gebruiker,
    tlv: i64,
    bezwaar: i64,
    route: &str,
) -> Result<TlvBezwaar, ApiError> {
    state
        .store
        .tlvs()
        .tlv_voor(&g.verzoeker, tlv, crate::vandaag(), route)
        .await?
        .bezwaren
        .into_iter()
        .find(|b| b.id == bezwaar)
        .map(Into::into)
        .ok_or_else(ApiError::not_found)
}
