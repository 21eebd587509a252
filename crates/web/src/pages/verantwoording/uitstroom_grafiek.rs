//! The outflow chart: expected against actual destination per profile.

use passend_store::verantwoording::UitstroomGroep;

/// One bar of the outflow chart; a hidden count has no bar and is named as hidden.
pub struct Staaf {
    pub(super) label: String,
    pub(super) y: i64,
    pub(super) verwacht_h: i64,
    pub(super) feitelijk_h: i64,
    pub(super) verwacht: String,
    pub(super) feitelijk: String,
}

/// The chart of some groups: per profile, the leavers expected to go there against those
/// who went there. A sum that would include a hidden count is hidden too.
pub(super) fn staven<'a>(groepen: impl IntoIterator<Item = &'a UitstroomGroep>) -> Vec<Staaf> {
    use passend_domain::opp::Uitstroom;
    let profielen = [
        Uitstroom::Vervolgonderwijs,
        Uitstroom::Arbeidsmarkt,
        Uitstroom::Dagbesteding,
    ];
    let mut verwacht = [Some(0u64); 3];
    let mut feitelijk = [Some(0u64); 3];
    for groep in groepen {
        for rij in &groep.rijen {
            if let Some(i) = profielen.iter().position(|u| Some(*u) == rij.verwacht) {
                verwacht[i] = verwacht[i].zip(rij.totaal.waarde()).map(|(a, b)| a + b);
            }
        }
        for (i, n) in feitelijk.iter_mut().enumerate() {
            *n = n.zip(groep.per_bestemming[i].waarde()).map(|(a, b)| a + b);
        }
    }
    let max = verwacht
        .iter()
        .chain(&feitelijk)
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let hoogte = |n: Option<u64>| n.map_or(0, |n| i64::try_from(n * 400 / max).unwrap_or(400));
    let tekst = |n: Option<u64>| n.map_or("niet te tonen (klein aantal)".into(), |n| n.to_string());
    profielen
        .iter()
        .enumerate()
        .map(|(i, p)| Staaf {
            label: p.as_str().to_string(),
            y: 30 + i as i64 * 60,
            verwacht_h: hoogte(verwacht[i]),
            feitelijk_h: hoogte(feitelijk[i]),
            verwacht: tekst(verwacht[i]),
            feitelijk: tekst(feitelijk[i]),
        })
        .collect()
}
