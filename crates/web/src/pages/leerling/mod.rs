//! A pupil's basic dossier, and the list of an ouder's own children. Both go through the
//! store's scoped reads; the dossier read is audited there.

mod adres;
mod dossier;
mod inzage;
mod kinderen;
mod ouders;
mod schorsing;
mod verwijdering;

pub use adres::*;
pub use dossier::*;
pub use kinderen::*;
pub use ouders::*;
pub use schorsing::*;
pub use verwijdering::*;
