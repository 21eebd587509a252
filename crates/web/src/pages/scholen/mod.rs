//! Schools (vestigingen): the list, and one vestiging with — for users whose scope covers
//! it — its pupils.

mod detail;
mod lijst;

pub use detail::*;
pub use lijst::*;
