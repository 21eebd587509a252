//! The terms of a bezwaar against a TLV decision (Awb art. 6:7, 7:10).

use crate::richtlijnen::BezwaarTermijnen;
use jiff::ToSpan;
use jiff::civil::Date;

/// The terms of a bezwaar against a TLV decision (an Awb besluit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BezwaarKlok {
    /// Last day to lodge the objection.
    pub indienen_uiterlijk: Date,
    /// Last day for the decision on the objection (with the adviescommissie), and with the
    /// one postponement if it was used.
    pub beslissen_uiterlijk: Date,
}

pub fn bezwaar_klok(bekendgemaakt: Date, verdaagd: bool, t: &BezwaarTermijnen) -> BezwaarKlok {
    let indienen_uiterlijk = bekendgemaakt
        .checked_add((7 * i64::from(t.indienen_weken)).days())
        .unwrap_or(bekendgemaakt);
    let weken = t.beslissen_met_commissie_weken + if verdaagd { t.verdagen_weken } else { 0 };
    let beslissen_uiterlijk = indienen_uiterlijk
        .checked_add((7 * i64::from(weken)).days())
        .unwrap_or(indienen_uiterlijk);
    BezwaarKlok {
        indienen_uiterlijk,
        beslissen_uiterlijk,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn bezwaar_terms_run_from_the_announcement() {
        let t = BezwaarTermijnen::ingebouwd();
        let k = bezwaar_klok(date(2026, 9, 1), false, t);
        assert_eq!(k.indienen_uiterlijk, date(2026, 10, 13));
        assert_eq!(k.beslissen_uiterlijk, date(2027, 1, 5));
        let v = bezwaar_klok(date(2026, 9, 1), true, t);
        assert_eq!(v.beslissen_uiterlijk, date(2027, 2, 16));
    }
}
