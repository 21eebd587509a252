//! The thuiszitter register in the API: the cases of the pupils in the key's scope.

mod lijst;
mod open_zaak;
mod werk_bij;
mod zaak;

pub use lijst::*;
pub use open_zaak::*;
pub use werk_bij::*;
