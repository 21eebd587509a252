//! The leerplicht view: residents of the officer's gemeente only — the yearly counts for
//! the art. 25 report, vrijstellingen with their checks, and the residents check that
//! finds absoluut verzuim.

mod advies;
mod besluit;
mod ingezetenen;
mod overzicht;
mod vrijstelling;

pub use advies::*;
pub use besluit::*;
pub use ingezetenen::*;
pub use overzicht::*;
pub use vrijstelling::*;

use crate::WebError;
use crate::session::Gebruiker;
use passend_domain::Functie;

pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

fn leerplicht_only(g: &Gebruiker) -> Result<String, WebError> {
    g.scope_voor(Functie::Leerplichtoverzicht)
        .map(String::from)
        .ok_or(WebError::NietGevonden)
}
