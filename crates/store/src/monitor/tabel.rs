//! Protected tables: building them, narrowing to one SWV, share in special education.

use super::*;

/// The table for the viewer's scope: own SWV (unprotected for its staff, protected for the
/// OPR), or every SWV with the national totals, protected.
pub(super) fn maak_tabel(
    bereik: &Bereik,
    basis: &BTreeSet<String>,
    tellingen: &Tellingen,
    kolommen: &[(String, String)],
    rijtotalen: bool,
    drempel: u64,
) -> Beschermd {
    let rijen: Vec<String> = match bereik {
        Bereik::EigenSwv(s) | Bereik::Opr(s) => vec![s.clone()],
        Bereik::Landelijk => basis
            .iter()
            .cloned()
            .chain(tellingen.keys().map(|(s, _)| s.clone()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    let mut t = Kruistabel::new(
        rijen.clone(),
        kolommen.iter().map(|(_, l)| l.clone()).collect(),
    );
    t.rijtotalen = rijtotalen;
    for (i, swv) in rijen.iter().enumerate() {
        for (j, (sleutel, _)) in kolommen.iter().enumerate() {
            t.waarden[i][j] = tellingen
                .get(&(swv.clone(), sleutel.clone()))
                .copied()
                .unwrap_or(0);
        }
    }
    if bereik.beschermd() {
        bescherm(&t, drempel)
    } else {
        onbeschermd(&t)
    }
}

/// One SWV's row of a (national) table, with its row total, without the column totals.
pub(super) fn versmal(t: Beschermd, swv: Option<&str>) -> Beschermd {
    let Some(swv) = swv else { return t };
    if t.rijen.len() == 1 {
        return t;
    }
    let i = t.rijen.iter().position(|r| r == swv);
    Beschermd {
        rijen: vec![swv.to_string()],
        kolommen: t.kolommen.clone(),
        cellen: vec![
            i.map(|i| t.cellen[i].clone()).unwrap_or_else(|| {
                vec![passend_domain::monitor::Cel::Getoond(0); t.kolommen.len()]
            }),
        ],
        rijtotalen: t
            .rijtotalen
            .as_ref()
            .map(|rt| vec![i.map_or(passend_domain::monitor::Cel::Getoond(0), |i| rt[i])]),
        kolomtotalen: None,
        totaal: None,
    }
}

/// The share of sbo + so + vso per row of the per-soort table, and nationally as the last
/// entry when there are column totals (per mille; `None` where a part is hidden).
pub fn aandeel_speciaal(t: &Beschermd) -> Vec<(String, Option<u64>)> {
    use passend_domain::monitor::aandeel;
    let idx: Vec<usize> = ["sbo", "so", "vso"]
        .iter()
        .filter_map(|s| t.kolommen.iter().position(|k| *k == soort_label(s)))
        .collect();
    let mut out = Vec::new();
    if let Some(rt) = &t.rijtotalen {
        for (i, rij) in t.cellen.iter().enumerate() {
            let teller: Vec<_> = idx.iter().map(|&j| rij[j]).collect();
            out.push((t.rijen[i].clone(), aandeel(&teller, rt[i])));
        }
    }
    if let (Some(kt), Some(tt)) = (&t.kolomtotalen, t.totaal) {
        let teller: Vec<_> = idx.iter().map(|&j| kt[j]).collect();
        out.push(("landelijk".to_string(), aandeel(&teller, tt)));
    }
    out
}
