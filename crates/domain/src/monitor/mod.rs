//! Monitor figures and the small-cell protection of aggregates that leave a scope.
//!
//! A figure that leaves the scope of the SWV it is about (to the OPR, the inspectie, the
//! ministerie, a download or the API) is protected by [`bescherm`]: counts from 1 up to the
//! threshold are hidden, and further cells are hidden where a total would let a reader
//! compute a hidden one back. See [`onderdrukking`] for the rule and its limits.

pub mod onderdrukking;

pub use onderdrukking::{
    Beschermd, Cel, Kruistabel, STANDAARD_DREMPEL, aandeel, bescherm, bescherm_stelsel, onbeschermd,
};
