//! The national thuiszitters series against the trajectory of the goal, as two lines.

use super::grafiek::{Lijn, lijn};
use passend_domain::voortgang::{BASISJAAR, nationale_reeks, traject};

/// (measured, trajectory).
pub(super) fn nationaal() -> (Lijn, Lijn) {
    let reeks = nationale_reeks();
    let (eerste, laatste) = (2013, reeks.iter().map(|r| r.jaar).max().unwrap_or(2021));
    let thuis = lijn(
        &reeks
            .iter()
            .map(|r| (r.jaar, Some(r.aantal), crate::format::aantal(r.aantal)))
            .collect::<Vec<_>>(),
        eerste,
        laatste,
        5_000,
    );
    let traject_lijn = lijn(
        &(BASISJAAR..=BASISJAAR + 4)
            .map(|j| (j, Some(traject(j)), crate::format::aantal(traject(j))))
            .collect::<Vec<_>>(),
        eerste,
        laatste,
        5_000,
    );
    (thuis, traject_lijn)
}
