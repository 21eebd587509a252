//! Schorsing, verwijdering and a pupil's postcode through the API: the same store calls as
//! the school's forms on the dossier, with every refusal of the input naming its field.

mod lijst;
mod postcode;
mod schors;
mod verwijder;

pub use lijst::*;
pub use postcode::*;
pub use schors::*;
pub use verwijder::*;
