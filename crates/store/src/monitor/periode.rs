//! The peildatum and period of a schooljaar's figures.

use super::*;

pub(super) fn nl(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

/// The peildatum of stock figures: 1 oktober of the schooljaar (DUO's teldatum), or today
/// while that is still to come.
pub fn peildatum(sj: Schooljaar, today: Date) -> Date {
    jiff::civil::date(sj.start().year(), 10, 1).min(today.max(sj.start()))
}

/// The period of flow figures: the schooljaar, up to today while it runs.
pub fn periode(sj: Schooljaar, today: Date) -> (Date, Date) {
    (sj.start(), sj.end().min(today.max(sj.start())))
}

pub(super) fn periode_tekst(sj: Schooljaar, today: Date) -> String {
    let (van, tot) = periode(sj, today);
    format!("periode {} t/m {}", nl(van), nl(tot))
}
