//! The verdeelmodel: how an SWV passes its budget on to its schools and boards — a share it
//! keeps for its own tasks, the rest partly per pupil and partly in proportion to the
//! arrangements granted to each school. Exact to the cent: amounts are rounded down per
//! school and the cents left over go to the largest remainders, so the payments add up to
//! the amount distributed.

use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerdeelError {
    #[error("het deel '{0}' ligt tussen 0 en 1 (0% en 100%)")]
    Deel(&'static str),
    #[error("het budget is negatief")]
    Budget,
    #[error("er is geld per leerling te verdelen, maar de scholen hebben samen geen leerlingen")]
    GeenLeerlingen,
    #[error(
        "er is geld naar arrangementen te verdelen, maar er zijn geen toegekende arrangementen"
    )]
    GeenArrangementen,
}

/// The SWV's choice, as shares between 0 and 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdeelmodel {
    /// Kept for the SWV's own tasks (loket, deskundigen, organisation).
    pub eigen_taken: Decimal,
    /// Of the rest: the share paid per pupil; the remainder follows the arrangements.
    pub per_leerling: Decimal,
}

/// One school's basis for the distribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontvanger {
    pub vestiging: String,
    pub bestuur: String,
    pub leerlingen: u64,
    /// Cost of the arrangements the SWV granted to this school's pupils.
    pub arrangementen: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Betaling {
    pub vestiging: String,
    pub bestuur: String,
    pub per_leerling: Decimal,
    pub arrangementen: Decimal,
    pub totaal: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdeling {
    pub eigen_taken: Decimal,
    pub scholen: Vec<Betaling>,
    pub per_bestuur: BTreeMap<String, Decimal>,
}

fn deel(d: Decimal, naam: &'static str) -> Result<Decimal, VerdeelError> {
    if d < Decimal::ZERO || d > Decimal::ONE {
        Err(VerdeelError::Deel(naam))
    } else {
        Ok(d)
    }
}

/// Splits `bedrag` over weights, in whole cents, largest remainders first; the parts add up
/// to `bedrag` rounded down to a cent.
pub(super) fn naar_gewicht(bedrag: Decimal, gewichten: &[Decimal]) -> Vec<Decimal> {
    let totaal: Decimal = gewichten.iter().sum();
    if totaal.is_zero() {
        return vec![Decimal::ZERO; gewichten.len()];
    }
    let centen = (bedrag * Decimal::ONE_HUNDRED).floor();
    let exact: Vec<Decimal> = gewichten.iter().map(|g| centen * g / totaal).collect();
    let mut delen: Vec<Decimal> = exact.iter().map(|e| e.floor()).collect();
    let over = centen - delen.iter().sum::<Decimal>();
    let mut volgorde: Vec<usize> = (0..gewichten.len()).collect();
    volgorde.sort_by(|&a, &b| {
        (exact[b] - delen[b])
            .cmp(&(exact[a] - delen[a]))
            .then(a.cmp(&b))
    });
    let over = over.trunc().to_string().parse::<usize>().unwrap_or(0);
    for &i in volgorde.iter().take(over) {
        delen[i] += Decimal::ONE;
    }
    delen
        .into_iter()
        .map(|c| c / Decimal::ONE_HUNDRED)
        .collect()
}

pub fn verdeel(
    budget: Decimal,
    model: &Verdeelmodel,
    scholen: &[Ontvanger],
) -> Result<Verdeling, VerdeelError> {
    if budget < Decimal::ZERO {
        return Err(VerdeelError::Budget);
    }
    let eigen = deel(model.eigen_taken, "eigen taken")?;
    let per_leerling = deel(model.per_leerling, "per leerling")?;
    // To cents half away from zero, as the engine does (`round_dp` is banker's rounding).
    let eigen_taken =
        (budget * eigen).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let rest = budget - eigen_taken;
    let leerling_pot =
        (rest * per_leerling).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let arrangement_pot = rest - leerling_pot;
    let leerlingen: Vec<Decimal> = scholen
        .iter()
        .map(|s| Decimal::from(s.leerlingen))
        .collect();
    let arrangementen: Vec<Decimal> = scholen.iter().map(|s| s.arrangementen).collect();
    if leerling_pot > Decimal::ZERO && leerlingen.iter().all(|l| l.is_zero()) {
        return Err(VerdeelError::GeenLeerlingen);
    }
    if arrangement_pot > Decimal::ZERO && arrangementen.iter().all(|a| a.is_zero()) {
        return Err(VerdeelError::GeenArrangementen);
    }
    let a = naar_gewicht(leerling_pot, &leerlingen);
    let b = naar_gewicht(arrangement_pot, &arrangementen);
    let mut per_bestuur = BTreeMap::new();
    let betalingen = scholen
        .iter()
        .zip(a.into_iter().zip(b))
        .map(|(s, (l, r))| {
            *per_bestuur
                .entry(s.bestuur.clone())
                .or_insert(Decimal::ZERO) += l + r;
            Betaling {
                vestiging: s.vestiging.clone(),
                bestuur: s.bestuur.clone(),
                per_leerling: l,
                arrangementen: r,
                totaal: l + r,
            }
        })
        .collect();
    Ok(Verdeling {
        eigen_taken,
        scholen: betalingen,
        per_bestuur,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn school(v: &str, b: &str, n: u64, arr: &str) -> Ontvanger {
        Ontvanger {
            vestiging: v.into(),
            bestuur: b.into(),
            leerlingen: n,
            arrangementen: d(arr),
        }
    }

    /// Half a cent goes up, as in the engine: 0.25 × 0.50 = 0.125 → 0.13 kept (banker's
    /// rounding would keep 0.12); rest 0.12 × 0.50 = 0.06 per pupil, 0.06 by arrangements.
    #[test]
    fn half_a_cent_rounds_away_from_zero() {
        let model = Verdeelmodel {
            eigen_taken: d("0.50"),
            per_leerling: d("0.50"),
        };
        let v = verdeel(d("0.25"), &model, &[school("90AA00", "B1", 1, "1")]).unwrap();
        assert_eq!(v.eigen_taken, d("0.13"));
        assert_eq!(v.scholen[0].per_leerling, d("0.06"));
        // 0.25 × 0.10 = 0.025 kept → 0.03; rest 0.22 × 0.75 = 0.165 per pupil → 0.17.
        let model = Verdeelmodel {
            eigen_taken: d("0.10"),
            per_leerling: d("0.75"),
        };
        let v = verdeel(d("0.25"), &model, &[school("90AA00", "B1", 1, "1")]).unwrap();
        assert_eq!(v.eigen_taken, d("0.03"));
        assert_eq!(v.scholen[0].per_leerling, d("0.17"));
    }

    #[test]
    fn a_hand_computed_case_to_the_cent() {
        // 1 000 000,00: 10% kept = 100 000,00; of 900 000,00, 70% per pupil = 630 000,00
        // over 300 + 600 + 100 pupils = 630,00 each; 270 000,00 over arrangements 1:2 (+0).
        let model = Verdeelmodel {
            eigen_taken: d("0.10"),
            per_leerling: d("0.70"),
        };
        let v = verdeel(
            d("1000000.00"),
            &model,
            &[
                school("90AA00", "B1", 300, "10000"),
                school("90AB00", "B1", 600, "20000"),
                school("90AC00", "B2", 100, "0"),
            ],
        )
        .unwrap();
        assert_eq!(v.eigen_taken, d("100000.00"));
        let totalen: Vec<Decimal> = v.scholen.iter().map(|b| b.totaal).collect();
        assert_eq!(totalen, vec![d("279000.00"), d("558000.00"), d("63000.00")]);
        assert_eq!(v.per_bestuur["B1"], d("837000.00"));
        assert_eq!(v.per_bestuur["B2"], d("63000.00"));
    }

    #[test]
    fn cents_left_over_go_to_the_largest_remainders_and_nothing_is_lost() {
        let model = Verdeelmodel {
            eigen_taken: Decimal::ZERO,
            per_leerling: Decimal::ONE,
        };
        let v = verdeel(
            d("100.00"),
            &model,
            &[
                school("A", "X", 1, "0"),
                school("B", "X", 1, "0"),
                school("C", "Y", 1, "0"),
            ],
        )
        .unwrap();
        let totalen: Vec<Decimal> = v.scholen.iter().map(|b| b.totaal).collect();
        assert_eq!(totalen, vec![d("33.34"), d("33.33"), d("33.33")]);
        assert_eq!(totalen.iter().sum::<Decimal>() + v.eigen_taken, d("100.00"));
    }

    #[test]
    fn bad_models_are_refused() {
        let scholen = [school("A", "X", 10, "0")];
        let bad = Verdeelmodel {
            eigen_taken: d("1.2"),
            per_leerling: d("0.5"),
        };
        assert_eq!(
            verdeel(d("10"), &bad, &scholen),
            Err(VerdeelError::Deel("eigen taken"))
        );
        let arr = Verdeelmodel {
            eigen_taken: Decimal::ZERO,
            per_leerling: d("0.5"),
        };
        assert_eq!(
            verdeel(d("10"), &arr, &scholen),
            Err(VerdeelError::GeenArrangementen)
        );
        assert_eq!(verdeel(d("-1"), &arr, &scholen), Err(VerdeelError::Budget));
    }
}
