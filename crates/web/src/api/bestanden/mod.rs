//! The uploads and downloads that had only a page: a school's registrations (CSV) and roster
//! (EDEXML), the beheerder's bekostiging rule sets, and the ministerie's research file. The
//! same readers, store calls, role checks and audit entries as the pages; a refused file is
//! a 422 problem that lists every reason with its line, and nothing of it is stored.

mod aanmeldingen;
mod edexml;
mod edexml_antwoord;
mod inrichting;
mod onderzoeksbestand;
mod regelset_toevoegen;
mod regelsets;

pub use aanmeldingen::*;
pub use edexml::*;
pub use edexml_antwoord::*;
pub use inrichting::*;
pub use onderzoeksbestand::*;
pub use regelset_toevoegen::*;
pub use regelsets::*;

use super::problem::ApiError;
use passend_domain::{Functie, VestigingCode};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(
        aanmeldingen_inlezen,
        edexml_inlezen,
        regelsets,
        regelset_toevoegen,
        onderzoeksbestand,
        organisaties_inlezen,
        schoolvakanties_inlezen
    ),
    components(schemas(
        AanmeldingenIngelezen,
        EdexmlIngelezen,
        EdexmlTelling,
        RegelsetInvoer,
        RegelsetBewaard,
        Regelsets,
        MeegeleverdeRegelset,
        ToegevoegdeRegelset,
        OrganisatiesIngelezen,
        SchoolvakantiesIngelezen
    ))
)]
pub struct BestandenApi;

/// The caller's own vestiging, for the school uploads of that function; everyone else gets "not found", as
/// on the pages.
fn eigen_vestiging(g: &crate::session::Gebruiker, f: Functie) -> Result<VestigingCode, ApiError> {
    let scope = g.scope_voor(f).ok_or_else(ApiError::not_found)?;
    VestigingCode::parse(scope).map_err(|_| ApiError::not_found())
}
