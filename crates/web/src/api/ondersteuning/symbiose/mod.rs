//! Symbiose: a (v)so pupil follows part of the programme at a regular school, under a written
//! agreement for at least two schooljaren of at least 180 minutes a week (ObWEC art. 11, 12).

mod lijst;
mod schema;
mod vastleggen;

pub use lijst::*;
pub use vastleggen::*;
