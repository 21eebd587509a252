//! The other school's willingness in the API: the school of aanmelding asks, the asked
//! school reads the request (name, age, shared support need) and answers itself.

mod antwoord;
mod vragen;

pub use antwoord::*;
pub use vragen::*;

use passend_store::Bereidheid;
use serde::Serialize;
use utoipa::ToSchema;

/// Een vraag aan een andere school of zij bereid is het kind toe te laten.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Bereidheidsvraag {
    pub id: i64,
    pub aanmelding: i64,
    /// Vestigingscode van de gevraagde school.
    pub vestiging: String,
    pub vestigingsnaam: String,
    pub school_van_aanmelding: String,
    pub naam: String,
    pub leeftijd: i16,
    /// De ondersteuningsbehoefte die de ouders laten delen.
    pub ondersteuningsbehoefte: String,
    #[schema(format = Date, value_type = String)]
    pub gevraagd_op: String,
    /// Het antwoord telt alleen als het uiterlijk op deze dag is gegeven.
    #[schema(format = Date, value_type = String)]
    pub uiterlijk: String,
    /// Leeg zolang er geen antwoord is.
    pub bereid: Option<bool>,
    #[schema(format = Date, value_type = Option<String>)]
    pub antwoord_datum: Option<String>,
}

impl From<Bereidheid> for Bereidheidsvraag {
    fn from(b: Bereidheid) -> Self {
        Self {
            id: b.id,
            aanmelding: b.aanmelding_id,
            vestiging: b.vestiging_code,
            vestigingsnaam: b.vestiging_naam,
            school_van_aanmelding: b.school_van_aanmelding,
            naam: b.naam,
            leeftijd: b.leeftijd,
            ondersteuningsbehoefte: b.ondersteuningsbehoefte,
            gevraagd_op: b.vraag.gevraagd_op.to_string(),
            uiterlijk: b.vraag.uiterlijk.to_string(),
            bereid: b.vraag.antwoord.map(|a| a.bereid),
            antwoord_datum: b.vraag.antwoord.map(|a| a.datum.to_string()),
        }
    }
}

fn nummer(id: &str) -> Result<i64, crate::api::problem::ApiError> {
    id.parse()
        .map_err(|_| crate::api::problem::ApiError::bad_request(format!("'{id}' is geen nummer")))
}
