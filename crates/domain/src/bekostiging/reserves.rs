//! The reserve of an SWV against the inspectie's signaleringswaarde for possibly excessive
//! reserves (RULES §3.8: 0,035 × total gross income, at least € 250 000). The formula comes
//! from a web page, not a regeling, so its figures are data (`data/richtlijnen.json`).

use crate::richtlijnen::ReserveRichtlijn;
use rust_decimal::{Decimal, RoundingStrategy};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservetoets {
    pub signaleringswaarde: Decimal,
    /// How far the reserve is above it (zero when not).
    pub boven: Decimal,
}

impl Reservetoets {
    pub fn bovenmatig(&self) -> bool {
        self.boven > Decimal::ZERO
    }
}

pub fn toets_reserve(baten: Decimal, reserve: Decimal, r: &ReserveRichtlijn) -> Reservetoets {
    // To cents half away from zero, as the engine does (`round_dp` is banker's rounding).
    let signaleringswaarde = (baten * r.fractie)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .max(r.minimum);
    Reservetoets {
        boven: (reserve - signaleringswaarde).max(Decimal::ZERO),
        signaleringswaarde,
    }
}

/// Whether a year's reserve follows from the year before: the previous reserve plus this
/// year's baten minus lasten. Returns the difference (recorded − expected); not zero means
/// the figures do not reconcile, for instance through a correction the SWV should explain.
pub fn aansluiting(
    vorige_reserve: Decimal,
    baten: Decimal,
    lasten: Decimal,
    reserve: Decimal,
) -> Decimal {
    reserve - (vorige_reserve + baten - lasten)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::richtlijnen::{ReserveRichtlijn, Richtlijnen};
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_reserve_reconciles_with_the_year_before() {
        assert_eq!(
            aansluiting(d("295000"), d("9100000"), d("8260000"), d("1135000")),
            Decimal::ZERO
        );
        assert_eq!(
            aansluiting(d("295000"), d("9100000"), d("8870000"), d("1135000")),
            d("610000")
        );
    }

    #[test]
    fn signaleringswaarde_with_its_floor() {
        let r = &Richtlijnen::ingebouwd().reserves;
        // 20 mln income: 3,5% = 700 000; a reserve of 1 mln is 300 000 above it.
        let t = toets_reserve(d("20000000"), d("1000000"), r);
        assert_eq!(t.signaleringswaarde, d("700000.00"));
        assert_eq!(t.boven, d("300000.00"));
        assert!(t.bovenmatig());
        // 5 mln income: 3,5% = 175 000, below the floor of 250 000.
        let t = toets_reserve(d("5000000"), d("240000"), r);
        assert_eq!(t.signaleringswaarde, d("250000"));
        assert!(!t.bovenmatig());
    }

    /// The signaleringswaarde is rounded to cents half away from zero, like the engine.
    #[test]
    fn half_a_cent_rounds_away_from_zero() {
        let r = ReserveRichtlijn {
            fractie: d("0.035"),
            minimum: Decimal::ZERO,
        };
        // The midpoint 0.035 × 3.00 = 0.105 → 0.11 (banker's rounding: 0.10);
        // 0.035 × 0.50 = 0.0175 → 0.02.
        assert_eq!(
            toets_reserve(d("3.00"), Decimal::ZERO, &r).signaleringswaarde,
            d("0.11")
        );
        assert_eq!(
            toets_reserve(d("0.50"), Decimal::ZERO, &r).signaleringswaarde,
            d("0.02")
        );
    }
}
