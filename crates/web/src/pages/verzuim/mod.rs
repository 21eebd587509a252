//! Verzuim in the web application: a school uploads its absence (CSV, the format of
//! `verzuim.csv` with passend's pupil numbers), the rules make the reports, and the
//! leerplicht of the pupil's gemeente handles them.

mod import;
mod lijst;
mod status;

pub use import::*;
pub use lijst::*;
pub use status::*;

/// Uploads larger than this are refused (a school's year of absence is far smaller).
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;
