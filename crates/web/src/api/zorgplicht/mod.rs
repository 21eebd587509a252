//! Aanmeldingen, ondersteuningsprofielen and dekkend aanbod in the API.

mod aanmeldingen;
mod besluit;
mod dekkend_aanbod;
mod profiel;
mod profiel_vaststellen;

pub use aanmeldingen::*;
pub use besluit::*;
pub use dekkend_aanbod::*;
pub use profiel::*;
pub use profiel_vaststellen::*;
