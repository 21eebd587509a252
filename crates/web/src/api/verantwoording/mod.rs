//! Ondersteuningsplan, disputes and vso outflow: the plan with its versions, OOGO, the
//! ondersteuningsplanraad's vote, vaststelling and submission; disputes within the caller's
//! pupil scope and their anonymous counts; expected against actual vso outflow.

mod geschillen;
mod plan;
mod uitstroom;

pub use geschillen::*;
pub use plan::*;
pub use uitstroom::*;

use super::ondersteuning::veld;
use crate::api::problem::ApiError;
use passend_domain::Schooljaar;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(
        plannen,
        nieuw_plan,
        plan,
        oogo,
        overleg_swv,
        instemming,
        vaststelling,
        indiening,
        geschillen,
        nieuw_geschil,
        geschil_bijwerken,
        geschillen_telling,
        uitstroom,
        uitstroom_vastleggen,
        uitstroom_leerlingen,
        uitstroom_na_jaar
    ),
    tags((name = "verantwoording", description = "Ondersteuningsplan met op overeenstemming gericht overleg en instemming van de ondersteuningsplanraad, geschillen en verwijzingen, uitstroom uit het vso"))
)]
pub struct VerantwoordingApi;

fn schooljaar(s: &str, naam: &str) -> Result<Schooljaar, ApiError> {
    Schooljaar::parse(s).map_err(|e| veld(naam, e))
}
