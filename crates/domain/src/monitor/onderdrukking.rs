//! Small-cell protection (*onderdrukking van kleine aantallen*) of a table of counts with
//! its totals.
//!
//! The rule, for a table whose cells and totals leave the scope they are about:
//!
//! 1. **Primary**: every count from 1 up to the threshold (exclusive; default 10) is hidden and
//!    shown as "<10". This holds for inner cells and for totals alike: a total of 4 is as
//!    small as a cell of 4.
//! 2. **Zero** is published as 0 and is never a primary cell: it says that nobody is in the
//!    group, which identifies no one, and hiding zeros would make every other "<10" weaker
//!    (a reader could tell them apart). A zero is only taken as a complementary cell when no
//!    other cell can do the job.
//! 3. **Complementary**: a table row or column with its total is one equation (cells add up
//!    to the total). No equation may contain exactly one hidden cell, or that cell is the
//!    total minus the published rest. Where one does, the smallest published non-zero cell
//!    of that equation is hidden too (shown as "×"), and so on until no equation has a
//!    single hidden cell.
//! 4. **Combinations**: equations can also be combined (rows minus columns); after step 3
//!    no hidden cell may be fixed by any combination of the equations. That is checked by
//!    exact elimination over the equations, and a further cell is hidden next to each
//!    hidden cell that is still fixed.
//!
//! What this does not do: it does not widen the intervals a reader can derive for a hidden
//! cell from the fact that counts are not negative (a "<10" next to one "×" in a row with
//! total 12 is 1 or 2); and it protects one table at a time, so a figure must not be
//! published in two tables with different totals around it. The monitor publishes each
//! count in one table only.

use serde::Serialize;
use std::fmt;

/// The threshold when the server is not told otherwise.
pub const STANDAARD_DREMPEL: u64 = 10;

/// One published cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "soort", content = "waarde")]
pub enum Cel {
    /// The true count.
    Getoond(u64),
    /// Hidden because it is from 1 up to the threshold.
    Klein,
    /// Hidden so that a small cell cannot be computed back from a total.
    Aanvullend,
}

impl Cel {
    pub fn waarde(self) -> Option<u64> {
        match self {
            Cel::Getoond(n) => Some(n),
            Cel::Klein | Cel::Aanvullend => None,
        }
    }

    pub fn onderdrukt(self) -> bool {
        self.waarde().is_none()
    }

    /// How the cell is shown: the count, "<10" (with the threshold in force) or "×".
    pub fn label(self, drempel: u64) -> String {
        match self {
            Cel::Getoond(n) => n.to_string(),
            Cel::Klein => format!("<{drempel}"),
            Cel::Aanvullend => "×".to_string(),
        }
    }
}

impl fmt::Display for Cel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label(STANDAARD_DREMPEL))
    }
}

/// A table of counts: rows (for the monitor: SWVs) by columns (categories), with the
/// totals the reader is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kruistabel {
    pub rijen: Vec<String>,
    pub kolommen: Vec<String>,
    /// `waarden[rij][kolom]`.
    pub waarden: Vec<Vec<u64>>,
    /// A total per row (the sum of its columns). Ignored for a single column, which is its
    /// own total.
    pub rijtotalen: bool,
    /// A total per column (the sum of its rows; for the monitor: national). Ignored for a
    /// single row, which is its own total.
    pub kolomtotalen: bool,
}

impl Kruistabel {
    pub fn new(rijen: Vec<String>, kolommen: Vec<String>) -> Self {
        let waarden = vec![vec![0; kolommen.len()]; rijen.len()];
        Kruistabel {
            rijen,
            kolommen,
            waarden,
            rijtotalen: true,
            kolomtotalen: true,
        }
    }

    fn heeft_rijtotalen(&self) -> bool {
        self.rijtotalen && self.kolommen.len() > 1
    }

    fn heeft_kolomtotalen(&self) -> bool {
        self.kolomtotalen && self.rijen.len() > 1
    }
}

/// A table as it may be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Beschermd {
    pub rijen: Vec<String>,
    pub kolommen: Vec<String>,
    pub cellen: Vec<Vec<Cel>>,
    pub rijtotalen: Option<Vec<Cel>>,
    pub kolomtotalen: Option<Vec<Cel>>,
    /// The grand total, when there are both row and column totals.
    pub totaal: Option<Cel>,
}

impl Beschermd {
    /// Whether any cell or total is hidden.
    pub fn heeft_onderdrukking(&self) -> bool {
        self.cellen.iter().flatten().any(|c| c.onderdrukt())
            || self.rijtotalen.iter().flatten().any(|c| c.onderdrukt())
            || self.kolomtotalen.iter().flatten().any(|c| c.onderdrukt())
            || self.totaal.is_some_and(Cel::onderdrukt)
    }
}

/// The table's cells in one vector: inner cells row by row, then the row totals, then the
/// column totals, then the grand total; and the equations between them.
struct Layout {
    waarden: Vec<u64>,
    /// Marks totals, which are taken as complements only after inner cells.
    is_totaal: Vec<bool>,
    /// Each equation as (cell, sign): the signed cells add up to zero.
    vergelijkingen: Vec<Vec<(usize, i8)>>,
    rt: Option<usize>,
    kt: Option<usize>,
    tt: Option<usize>,
}

fn layout(t: &Kruistabel) -> Layout {
    let r = t.rijen.len();
    let c = t.kolommen.len();
    let cel = |i: usize, j: usize| t.waarden.get(i).and_then(|rij| rij.get(j)).copied();
    let mut waarden: Vec<u64> = (0..r)
        .flat_map(|i| (0..c).map(move |j| (i, j)))
        .map(|(i, j)| cel(i, j).unwrap_or(0))
        .collect();
    let mut is_totaal = vec![false; waarden.len()];
    let mut vergelijkingen = Vec::new();
    let rt = t.heeft_rijtotalen().then(|| {
        let start = waarden.len();
        for i in 0..r {
            let som = (0..c).map(|j| cel(i, j).unwrap_or(0)).sum();
            waarden.push(som);
            is_totaal.push(true);
            let mut v: Vec<(usize, i8)> = (0..c).map(|j| (i * c + j, 1)).collect();
            v.push((start + i, -1));
            vergelijkingen.push(v);
        }
        start
    });
    let kt = t.heeft_kolomtotalen().then(|| {
        let start = waarden.len();
        for j in 0..c {
            let som = (0..r).map(|i| cel(i, j).unwrap_or(0)).sum();
            waarden.push(som);
            is_totaal.push(true);
            let mut v: Vec<(usize, i8)> = (0..r).map(|i| (i * c + j, 1)).collect();
            v.push((start + j, -1));
            vergelijkingen.push(v);
        }
        start
    });
    let tt = match (rt, kt) {
        (Some(rt), Some(kt)) => {
            let idx = waarden.len();
            waarden.push((0..r).map(|i| waarden[rt + i]).sum());
            is_totaal.push(true);
            let mut langs_rijen: Vec<(usize, i8)> = (0..r).map(|i| (rt + i, 1)).collect();
            langs_rijen.push((idx, -1));
            let mut langs_kolommen: Vec<(usize, i8)> = (0..c).map(|j| (kt + j, 1)).collect();
            langs_kolommen.push((idx, -1));
            vergelijkingen.push(langs_rijen);
            vergelijkingen.push(langs_kolommen);
            Some(idx)
        }
        _ => None,
    };
    Layout {
        waarden,
        is_totaal,
        vergelijkingen,
        rt,
        kt,
        tt,
    }
}

/// The table with every cell and total published as it is: for readers inside the scope.
pub fn onbeschermd(t: &Kruistabel) -> Beschermd {
    let l = layout(t);
    let status = vec![None; l.waarden.len()];
    publiceer(t, &l, &status)
}

/// The table protected with the threshold `drempel` (see the module documentation).
pub fn bescherm(t: &Kruistabel, drempel: u64) -> Beschermd {
    let l = layout(t);
    let gepubliceerd = vec![true; l.waarden.len()];
    let status = bescherm_stelsel(
        &l.waarden,
        &gepubliceerd,
        &l.is_totaal,
        &l.vergelijkingen,
        drempel,
    );
    publiceer(t, &l, &status)
}

/// The general form of [`bescherm`]: counts bound by equations (each equation's signed counts
/// add up to zero), of which only those marked `gepubliceerd` are shown. An unpublished count
/// (such as the count at one level behind two cumulative columns) is never shown, but may
/// not follow from the shown ones when it is small. `is_totaal` marks counts taken as
/// complements only after the others. Returns per count whether it is hidden and why (`None`:
/// shown); for an unpublished count the answer means nothing.
pub fn bescherm_stelsel(
    waarden: &[u64],
    gepubliceerd: &[bool],
    is_totaal: &[bool],
    vergelijkingen: &[Vec<(usize, i8)>],
    drempel: u64,
) -> Vec<Option<Cel>> {
    let n = waarden.len();
    let mut status: Vec<Option<Cel>> = waarden
        .iter()
        .map(|&v| (v > 0 && v < drempel).then_some(Cel::Klein))
        .collect();
    // What the reader does not know: the hidden counts and the unpublished ones. Only the
    // hidden (small or complementary) ones must stay unknown; an unpublished count of 0 or
    // from the threshold up may be computed back.
    let onbekend = |status: &[Option<Cel>], k: usize| status[k].is_some() || !gepubliceerd[k];
    let aanvul = |status: &[Option<Cel>], kandidaten: &[usize]| {
        kandidaten
            .iter()
            .copied()
            .filter(|&k| !onbekend(status, k))
            .min_by_key(|&k| (waarden[k] == 0, is_totaal[k], waarden[k], k))
    };
    let alle: Vec<usize> = (0..n).collect();
    loop {
        // Step 3: an equation with exactly one unknown count, which is hidden.
        let enkel = vergelijkingen.iter().find(|v| {
            let mut onbekende = v.iter().filter(|(k, _)| onbekend(&status, *k));
            matches!((onbekende.next(), onbekende.next()), (Some((k, _)), None) if status[*k].is_some())
        });
        if let Some(v) = enkel {
            let kandidaten: Vec<usize> = v.iter().map(|(k, _)| *k).collect();
            match aanvul(&status, &kandidaten).or_else(|| aanvul(&status, &alle)) {
                Some(k) => status[k] = Some(Cel::Aanvullend),
                // An equation of one count fixes it at 0, which is not protected.
                None => break,
            }
            continue;
        }
        // Step 4: a hidden count fixed by a combination of equations.
        let verborgen: Vec<usize> = (0..n).filter(|&k| onbekend(&status, k)).collect();
        let vast = vastgelegd(vergelijkingen, &verborgen);
        let Some(&k) = vast.iter().find(|&&k| status[k].is_some()) else {
            break;
        };
        let kandidaten: Vec<usize> = vergelijkingen
            .iter()
            .filter(|v| v.iter().any(|(x, _)| *x == k))
            .flat_map(|v| v.iter().map(|(x, _)| *x))
            .collect();
        match aanvul(&status, &kandidaten).or_else(|| aanvul(&status, &alle)) {
            Some(extra) => status[extra] = Some(Cel::Aanvullend),
            // Everything is hidden: nothing can be fixed any more.
            None => break,
        }
    }
    status
}

/// The hidden cells (`verborgen`) whose value follows from the equations and the published
/// cells: exact Gauss-Jordan elimination over the hidden cells' coefficients; a hidden cell
/// is fixed when a reduced row holds it alone.
pub(crate) fn vastgelegd(vergelijkingen: &[Vec<(usize, i8)>], verborgen: &[usize]) -> Vec<usize> {
    let kolom = |k: usize| verborgen.iter().position(|&h| h == k);
    let m = verborgen.len();
    let mut rijen: Vec<Vec<i128>> = vergelijkingen
        .iter()
        .map(|v| {
            let mut rij = vec![0i128; m];
            for &(k, teken) in v {
                if let Some(j) = kolom(k) {
                    rij[j] += i128::from(teken);
                }
            }
            rij
        })
        .filter(|rij| rij.iter().any(|&x| x != 0))
        .collect();
    let mut pivot_rij = 0;
    let mut pivots = Vec::new();
    for j in 0..m {
        let Some(p) = (pivot_rij..rijen.len()).find(|&i| rijen[i][j] != 0) else {
            continue;
        };
        rijen.swap(pivot_rij, p);
        let pivot = rijen[pivot_rij].clone();
        for (i, rij) in rijen.iter_mut().enumerate() {
            if i == pivot_rij || rij[j] == 0 {
                continue;
            }
            let (a, b) = (pivot[j], rij[j]);
            for (x, p) in rij.iter_mut().zip(&pivot) {
                *x = a * *x - b * p;
            }
            normaliseer(rij);
        }
        pivots.push((pivot_rij, j));
        pivot_rij += 1;
        if pivot_rij == rijen.len() {
            break;
        }
    }
    pivots
        .into_iter()
        .filter(|&(i, j)| rijen[i].iter().enumerate().all(|(x, &v)| x == j || v == 0))
        .map(|(_, j)| verborgen[j])
        .collect()
}

fn normaliseer(rij: &mut [i128]) {
    let g = rij.iter().fold(0i128, |g, &x| ggd(g, x.abs()));
    if g > 1 {
        for x in rij.iter_mut() {
            *x /= g;
        }
    }
}

fn ggd(a: i128, b: i128) -> i128 {
    if b == 0 { a } else { ggd(b, a % b) }
}

fn publiceer(t: &Kruistabel, l: &Layout, status: &[Option<Cel>]) -> Beschermd {
    let cel = |k: usize| status[k].unwrap_or(Cel::Getoond(l.waarden[k]));
    let r = t.rijen.len();
    let c = t.kolommen.len();
    Beschermd {
        rijen: t.rijen.clone(),
        kolommen: t.kolommen.clone(),
        cellen: (0..r)
            .map(|i| (0..c).map(|j| cel(i * c + j)).collect())
            .collect(),
        rijtotalen: l.rt.map(|s| (0..r).map(|i| cel(s + i)).collect()),
        kolomtotalen: l.kt.map(|s| (0..c).map(|j| cel(s + j)).collect()),
        totaal: l.tt.map(cel),
    }
}

/// A share in per mille (teller / noemer × 1000, rounded half up), only when every part is
/// published: a share computed from a hidden cell would give the cell away.
pub fn aandeel(teller: &[Cel], noemer: Cel) -> Option<u64> {
    let t: u64 = teller.iter().map(|c| c.waarde()).sum::<Option<u64>>()?;
    let n = noemer.waarde().filter(|&n| n > 0)?;
    Some((t * 2000 + n) / (2 * n))
}

#[cfg(test)]
mod tests;
