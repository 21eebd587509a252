//! The beheerder's pages: the audit log (with the found lines as a download) and the
//! region's set-up (organisations and school holidays), and the accounts.

mod audit;
mod audit_tabel;
mod gebruikers;
mod inrichting;

pub use audit::*;
pub use gebruikers::*;
pub use inrichting::*;
