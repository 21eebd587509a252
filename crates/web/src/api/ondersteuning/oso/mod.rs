//! An OSO dossier through the API: the XML (base64, as OSO itself carries documents) and the
//! pupil's person number in a JSON body — never in the URL. Checked against the official
//! schema and rules off the async workers; refused with every problem and its line, or stored
//! in one transaction. Read back as the dossier page shows it: the received dossiers with
//! their attachments, and the restricted data for the roles that may see it.

mod bijlage;
mod dossier;
mod inlezen;
mod van_leerling;

pub use bijlage::*;
pub use inlezen::*;
pub use van_leerling::*;
