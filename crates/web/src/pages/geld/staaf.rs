//! Horizontal bar charts of amounts, laid out for inline SVG.

use super::eur;
use passend_domain::bekostiging::Decimal;

/// A horizontal bar of a chart, already laid out.
pub struct Staaf {
    pub label: String,
    pub tekst: String,
    pub y: i64,
    pub x: i64,
    pub breedte: i64,
    pub kleur: &'static str,
}

/// Lays out signed amounts as bars around a zero line at x = 200, 300 px each side.
pub(super) fn staven(waarden: &[(String, Decimal)]) -> Vec<Staaf> {
    let max = waarden
        .iter()
        .map(|(_, w)| w.abs())
        .max()
        .filter(|m| !m.is_zero())
        .unwrap_or(Decimal::ONE);
    waarden
        .iter()
        .enumerate()
        .map(|(i, (label, w))| {
            let breedte = (w.abs() * Decimal::from(300) / max)
                .round()
                .to_string()
                .parse::<i64>()
                .unwrap_or(0);
            let negatief = *w < Decimal::ZERO;
            Staaf {
                label: label.clone(),
                tekst: eur(*w),
                y: 8 + i as i64 * 26,
                x: if negatief { 200 - breedte } else { 200 },
                breedte,
                kleur: if negatief { "#a4000f" } else { "#1d6b2f" },
            }
        })
        .collect()
}
