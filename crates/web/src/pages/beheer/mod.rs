//! The beheerder's search through the audit log, and the found lines as a download.

mod audit;
mod audit_tabel;

pub use audit::*;
