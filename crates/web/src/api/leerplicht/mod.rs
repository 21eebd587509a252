//! The leerplicht's work in the API: vrijstellingen (record, decide, yearly notice), the
//! residents check for absoluut verzuim, the art. 25 counts, and the progress figures.

mod aanvragen;
mod advies;
mod beslissen;
mod ingezetenen;
mod jaartellingen;
mod voortgang;

pub use aanvragen::*;
pub use advies::*;
pub use beslissen::*;
pub use ingezetenen::*;
pub use jaartellingen::*;
pub use voortgang::*;
