//! The "one table" integral education-care arrangement: ouders, school, SWV, jeugdhulp and
//! gemeente at one table, every agreement with an owner and a date. The SWV records it.

mod lijst;
mod schema;
mod vastleggen;

pub use lijst::*;
pub use vastleggen::*;
