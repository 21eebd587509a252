//! The share of special education: per SWV, and its trend as a line.

use super::grafiek::{Lijn, lijn};
use super::procent;
use passend_domain::Schooljaar;
use passend_store::monitor::{EERSTE_JAAR, Monitor};

/// Per SWV the share of pupils in special education, or why it is not shown.
pub(super) fn aandelen(m: &Monitor) -> Vec<(String, String)> {
    m.indicatoren
        .iter()
        .find(|i| i.sleutel == "leerlingen")
        .map(|i| passend_store::monitor::aandeel_speciaal(&i.tabel))
        .unwrap_or_default()
        .into_iter()
        .map(|(swv, a)| {
            (
                swv,
                a.map(procent)
                    .unwrap_or_else(|| "niet te tonen (kleine aantallen)".into()),
            )
        })
        .collect()
}

/// The trend line, and the top of its axis in per mille.
pub(super) fn speciaal(m: &Monitor, huidig: Schooljaar) -> (Lijn, u64) {
    // The axis runs to the next whole 2 % above the top.
    let top = m
        .trend_speciaal
        .iter()
        .filter_map(|(_, a)| *a)
        .max()
        .unwrap_or(0);
    let max = ((top / 20) + 1) * 20;
    let speciaal = lijn(
        &m.trend_speciaal
            .iter()
            .map(|(sj, a)| {
                (
                    sj.start().year(),
                    a.map(|a| a as i64),
                    a.map(procent).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
        EERSTE_JAAR,
        huidig.start().year(),
        max as i64,
    );
    (speciaal, max)
}
