//! The school of Edustandaard's EDEXML 2.1 example file, added through the store's own steps.

use crate::regio::Regio;
use passend_domain::{Postcode, Schoolsoort, VestigingCode};
use passend_store::{NewVestiging, Store, StoreError};

/// The school of Edustandaard's EDEXML 2.1 example file (BRIN 99ZZ, dependance 00), without
/// pupils, so that the official example imports into the demo as it stands:
/// `passend import edexml EDEXML.Voorbeeld.2.1.xml`. EDEXML carries no school name, sort or
/// address; these are the demo's own.
pub const VOORBEELDSCHOOL: &str = "99ZZ00";

/// Adds it to the first bestuur.
pub(crate) async fn insert(store: &Store, regio: &Regio) -> Result<(), StoreError> {
    let code = VestigingCode::parse(VOORBEELDSCHOOL)?;
    store
        .organisaties()
        .create_school(&code.brin(), "Basisschool Het Voorbeeld", regio.besturen[0])
        .await?;
    store
        .organisaties()
        .create_vestiging(&NewVestiging {
            code,
            naam: "Basisschool Het Voorbeeld (EDEXML-voorbeeld)".into(),
            schoolsoort: Schoolsoort::Bao,
            postcode: Postcode::parse("3431AB")?,
            plaats: "Nieuwegein".into(),
            swv: None,
        })
        .await?;
    Ok(())
}
