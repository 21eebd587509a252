use super::*;
use proptest::prelude::*;

fn tabel(waarden: &[&[u64]]) -> Kruistabel {
    let mut t = Kruistabel::new(
        (0..waarden.len()).map(|i| format!("r{i}")).collect(),
        (0..waarden.first().map_or(0, |r| r.len()))
            .map(|j| format!("k{j}"))
            .collect(),
    );
    t.waarden = waarden.iter().map(|r| r.to_vec()).collect();
    t
}

/// One term of an equation as the reader sees it: the published value (`None` if hidden),
/// its sign, and its place (row, column; row == rows for column totals, column == columns
/// for row totals).
type Term = (Option<u64>, i64, (usize, usize));

/// The reader's side, written apart from the implementation: every equation the
/// published table states (cells add up to their totals), with `None` for a hidden value.
fn vergelijkingen_van(b: &Beschermd) -> Vec<Vec<Term>> {
    // Positions: (row, col) with row == r for the column totals, col == c for row totals.
    let r = b.rijen.len();
    let c = b.kolommen.len();
    let mut out = Vec::new();
    if let Some(rt) = &b.rijtotalen {
        for (i, totaal) in rt.iter().enumerate() {
            let mut v: Vec<_> = (0..c)
                .map(|j| (b.cellen[i][j].waarde(), 1, (i, j)))
                .collect();
            v.push((totaal.waarde(), -1, (i, c)));
            out.push(v);
        }
    }
    if let Some(kt) = &b.kolomtotalen {
        for (j, totaal) in kt.iter().enumerate() {
            let mut v: Vec<_> = (0..r)
                .map(|i| (b.cellen[i][j].waarde(), 1, (i, j)))
                .collect();
            v.push((totaal.waarde(), -1, (r, j)));
            out.push(v);
        }
    }
    if let (Some(rt), Some(kt), Some(tt)) = (&b.rijtotalen, &b.kolomtotalen, b.totaal) {
        let mut v: Vec<_> = (0..r).map(|i| (rt[i].waarde(), 1, (i, c))).collect();
        v.push((tt.waarde(), -1, (r, c)));
        out.push(v);
        let mut v: Vec<_> = (0..c).map(|j| (kt[j].waarde(), 1, (r, j))).collect();
        v.push((tt.waarde(), -1, (r, c)));
        out.push(v);
    }
    out
}

/// The cells a reader recovers by subtracting, over and over: an equation with a single
/// unknown gives it away, which may leave another equation with a single unknown.
fn door_aftrekken(b: &Beschermd) -> Vec<(usize, usize)> {
    let mut vgl = vergelijkingen_van(b);
    let mut gevonden = Vec::new();
    loop {
        let mut nieuw = None;
        for v in &vgl {
            let onbekend: Vec<_> = v.iter().filter(|(w, _, _)| w.is_none()).collect();
            if onbekend.len() == 1 {
                let (_, teken, pos) = *onbekend[0];
                let som: i64 = v
                    .iter()
                    .filter_map(|(w, t, _)| w.map(|w| w as i64 * t))
                    .sum();
                nieuw = Some((pos, (-som * teken) as u64));
                break;
            }
        }
        let Some((pos, waarde)) = nieuw else { break };
        gevonden.push(pos);
        for v in &mut vgl {
            for cel in v.iter_mut() {
                if cel.2 == pos {
                    cel.0 = Some(waarde);
                }
            }
        }
    }
    gevonden
}

fn labels(b: &Beschermd) -> Vec<Vec<String>> {
    b.cellen
        .iter()
        .map(|r| r.iter().map(|c| c.label(10)).collect())
        .collect()
}

#[test]
fn a_cell_of_three_is_hidden_with_a_complement() {
    // Two SWVs by three TLV categories; PO has 3 in category M.
    let t = tabel(&[&[40, 3, 25], &[60, 30, 45]]);
    let b = bescherm(&t, 10);
    assert_eq!(b.cellen[0][1], Cel::Klein);
    assert_eq!(b.cellen[0][1].label(10), "<10");
    // The row total would give the 3 back from 40 and 25: the smaller, 25, is hidden too;
    // the column total would give it from 30: hidden too; then 45 is the only other way
    // to get 25 back from its column total.
    assert!(door_aftrekken(&b).is_empty());
    assert_eq!(labels(&b), [["40", "<10", "×"], ["60", "×", "×"]]);
    assert_eq!(
        b.rijtotalen,
        Some(vec![Cel::Getoond(68), Cel::Getoond(135)])
    );
    assert_eq!(
        b.kolomtotalen,
        Some(vec![Cel::Getoond(100), Cel::Getoond(33), Cel::Getoond(70)])
    );
    assert_eq!(b.totaal, Some(Cel::Getoond(203)));
}

#[test]
fn table_driven_cases() {
    struct Geval {
        naam: &'static str,
        waarden: &'static [&'static [u64]],
        rijtotalen: bool,
        kolomtotalen: bool,
        verwacht: &'static [&'static [&'static str]],
        rt: Option<&'static [&'static str]>,
        kt: Option<&'static [&'static str]>,
    }
    let gevallen = [
        Geval {
            naam: "nothing small: all published",
            waarden: &[&[10, 20], &[30, 40]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["10", "20"], &["30", "40"]],
            rt: Some(&["30", "70"]),
            kt: Some(&["40", "60"]),
        },
        Geval {
            naam: "zero is published and never a primary",
            waarden: &[&[0, 20], &[30, 0]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["0", "20"], &["30", "0"]],
            rt: Some(&["20", "30"]),
            kt: Some(&["30", "20"]),
        },
        Geval {
            naam: "a list with a total: the smallest other count is the complement",
            waarden: &[&[3, 50, 12, 40]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["<10", "50", "×", "40"]],
            rt: Some(&["105"]),
            kt: None,
        },
        Geval {
            naam: "a list where the other count is zero: the total is hidden too",
            waarden: &[&[3, 0]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["<10", "0"]],
            rt: Some(&["<10"]),
            kt: None,
        },
        Geval {
            naam: "two small cells in one row protect each other",
            waarden: &[&[4, 5, 50]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["<10", "<10", "50"]],
            rt: Some(&["59"]),
            kt: None,
        },
        Geval {
            naam: "a column without row totals",
            waarden: &[&[7], &[100], &[30]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["<10"], &["100"], &["×"]],
            rt: None,
            kt: Some(&["137"]),
        },
        Geval {
            naam: "no totals: only the small cell is hidden",
            waarden: &[&[7, 100], &[30, 40]],
            rijtotalen: false,
            kolomtotalen: false,
            verwacht: &[&["<10", "100"], &["30", "40"]],
            rt: None,
            kt: None,
        },
        Geval {
            naam: "a small total hides its row",
            waarden: &[&[2, 3], &[40, 50]],
            rijtotalen: true,
            kolomtotalen: true,
            verwacht: &[&["<10", "<10"], &["×", "×"]],
            rt: Some(&["<10", "×"]),
            kt: Some(&["42", "53"]),
        },
    ];
    for g in gevallen {
        let mut t = tabel(g.waarden);
        t.rijtotalen = g.rijtotalen;
        t.kolomtotalen = g.kolomtotalen;
        let b = bescherm(&t, 10);
        assert_eq!(labels(&b), g.verwacht, "{}", g.naam);
        let lab = |v: &Option<Vec<Cel>>| {
            v.as_ref()
                .map(|v| v.iter().map(|c| c.label(10)).collect::<Vec<_>>())
        };
        assert_eq!(
            lab(&b.rijtotalen),
            g.rt.map(|v| v.iter().map(|s| s.to_string()).collect()),
            "{} (row totals)",
            g.naam
        );
        assert_eq!(
            lab(&b.kolomtotalen),
            g.kt.map(|v| v.iter().map(|s| s.to_string()).collect()),
            "{} (column totals)",
            g.naam
        );
        assert!(door_aftrekken(&b).is_empty(), "{}", g.naam);
    }
}

#[test]
fn the_threshold_is_a_setting() {
    let t = tabel(&[&[12, 40], &[30, 50]]);
    assert!(!bescherm(&t, 10).heeft_onderdrukking());
    let b = bescherm(&t, 15);
    assert_eq!(b.cellen[0][0], Cel::Klein);
    assert_eq!(b.cellen[0][0].label(15), "<15");
    assert!(door_aftrekken(&b).is_empty());
}

#[test]
fn unprotected_shows_everything() {
    let t = tabel(&[&[3, 40]]);
    let b = onbeschermd(&t);
    assert_eq!(b.cellen, [[Cel::Getoond(3), Cel::Getoond(40)]]);
    assert_eq!(b.rijtotalen, Some(vec![Cel::Getoond(43)]));
    assert!(!b.heeft_onderdrukking());
}

#[test]
fn a_bridge_between_two_hidden_blocks_is_fixed_by_combining_equations() {
    // Hidden cells on rows 0..4 / columns 0..4 of a 4x4 table without totals:
    // a 2x2 block {(0,0),(0,1),(1,0),(1,1)}, a 2x2 block {(2,2),(2,3),(3,2),(3,3)} and a
    // bridge (1,2). Every row and column has two or more hidden cells, yet the bridge is
    // the sum of rows 0 and 1 minus columns 0 and 1.
    let c = 4;
    let mut vgl: Vec<Vec<(usize, i8)>> = Vec::new();
    for i in 0..4 {
        vgl.push((0..c).map(|j| (i * c + j, 1)).collect());
    }
    for j in 0..c {
        vgl.push((0..4).map(|i| (i * c + j, 1)).collect());
    }
    let verborgen = [0, 1, 4, 5, 10, 11, 14, 15, 6];
    assert_eq!(vastgelegd(&vgl, &verborgen), [6]);
    // Without the bridge nothing is fixed.
    assert!(vastgelegd(&vgl, &verborgen[..8]).is_empty());
}

#[test]
fn shares_only_from_published_cells() {
    assert_eq!(
        aandeel(&[Cel::Getoond(12), Cel::Getoond(20)], Cel::Getoond(800)),
        Some(40)
    );
    assert_eq!(
        aandeel(&[Cel::Klein, Cel::Getoond(20)], Cel::Getoond(800)),
        None
    );
    assert_eq!(aandeel(&[Cel::Getoond(1)], Cel::Getoond(0)), None);
    assert_eq!(aandeel(&[Cel::Getoond(1)], Cel::Getoond(3)), Some(333));
}

fn waarde() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0u64), 1u64..10, 10u64..60]
}

fn kruistabel() -> impl Strategy<Value = Kruistabel> {
    (1usize..6, 1usize..6, any::<bool>(), any::<bool>()).prop_flat_map(|(r, c, rt, kt)| {
        proptest::collection::vec(proptest::collection::vec(waarde(), c), r).prop_map(
            move |waarden| {
                let mut t = Kruistabel::new(
                    (0..r).map(|i| i.to_string()).collect(),
                    (0..c).map(|j| j.to_string()).collect(),
                );
                t.waarden = waarden;
                t.rijtotalen = rt;
                t.kolomtotalen = kt;
                t
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// No hidden cell can be derived from the published cells and totals by subtracting,
    /// every count from 1 to 9 is hidden, and whatever is published is true.
    #[test]
    fn no_hidden_cell_can_be_computed_back(t in kruistabel(), drempel in 2u64..15) {
        let b = bescherm(&t, drempel);
        prop_assert!(door_aftrekken(&b).is_empty(), "recovered {:?} from {:?}", door_aftrekken(&b), b);
        for (i, rij) in t.waarden.iter().enumerate() {
            for (j, &v) in rij.iter().enumerate() {
                let cel = b.cellen[i][j];
                if v > 0 && v < drempel {
                    prop_assert_eq!(cel, Cel::Klein);
                }
                if let Some(w) = cel.waarde() {
                    prop_assert_eq!(w, v);
                }
                if v == 0 || v >= drempel {
                    prop_assert_ne!(cel, Cel::Klein);
                }
            }
        }
        let onb = onbeschermd(&t);
        for (a, o) in [(&b.rijtotalen, &onb.rijtotalen), (&b.kolomtotalen, &onb.kolomtotalen)] {
            if let (Some(a), Some(o)) = (a, o) {
                for (a, o) in a.iter().zip(o) {
                    let echt = o.waarde().unwrap_or_default();
                    if echt > 0 && echt < drempel {
                        prop_assert_eq!(*a, Cel::Klein);
                    }
                    if let Some(w) = a.waarde() {
                        prop_assert_eq!(w, echt);
                    }
                }
            }
        }
    }
}
