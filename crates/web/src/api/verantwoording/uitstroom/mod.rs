//! Expected against actual vso outflow, and the leavers the caller records and follows up.

mod leerlingen;
mod na_jaar;
mod telling;
mod vastleggen;

pub use leerlingen::*;
pub use na_jaar::*;
pub use telling::*;
pub use vastleggen::*;
