//! Verantwoording: the ondersteuningsplan and its overleg, disputes, vso outflow.

mod geschil;
mod plan;
mod uitstroom;

pub use geschil::*;
pub use plan::*;
pub use uitstroom::*;
