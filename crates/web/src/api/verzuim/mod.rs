//! Verzuim in the API: a school posts its absence as CSV (the same format and checks as
//! the upload page), and every role reads the reports and vrijstellingen in its scope.

mod inlezen;
mod meldingen;
mod status;
mod vrijstellingen;

pub use inlezen::*;
pub use meldingen::*;
pub use status::*;
pub use vrijstellingen::*;
