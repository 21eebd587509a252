//! Leerlingen, only within the scope of the API key's account; every dossier read is
//! audited by the store.

mod leerling;
mod lijst;

pub use leerling::*;
pub use lijst::*;
