//! Disputes and referrals within the caller's pupil scope, and their anonymous counts.

mod bijwerken;
mod lijst;
mod nieuw;
mod telling;

pub use bijwerken::*;
pub use lijst::*;
pub use nieuw::*;
pub use telling::*;
