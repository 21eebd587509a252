//! The parents' own steps, each done by the parent signed in as themselves: instemming with
//! the OPP, their view and the child's voice, the signature on a TLV request, and the
//! digital registration with its receipt. The store asks the one policy; these only read
//! the form.

mod aanmelden;
mod stappen;

pub use aanmelden::*;
pub use stappen::*;
