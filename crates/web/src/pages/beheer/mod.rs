//! The beheerder's pages: the audit log (with the found lines as a download) and the
//! region's set-up (organisations and school holidays), the accounts, and which roles need a
//! second factor.

mod audit;
mod audit_tabel;
mod gebruikers;
mod inrichting;
mod tweede_factor;

pub use audit::*;
pub use gebruikers::*;
pub use inrichting::*;
pub use tweede_factor::*;
