//! Dekkend aanbod: can the schools of an SWV together give every child who needs extra
//! support a place (WPO art. 18a lid 2: "een zo passend mogelijke plaats")? Per domain and
//! level the open demand — children whose need is not met where they are — is set against
//! the free places of the schools whose profile reaches that level.

use crate::monitor::{self, bescherm_stelsel};
use crate::ondersteuning::{Aanbod, Domein, Niveau};

/// One cell of the overview: from this level up, in this domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cel {
    pub domein: Domein,
    pub niveau: u8,
    /// Children needing at least this level who are not served where they are.
    pub vraag: u32,
    /// Free places at schools that offer at least this level.
    pub aanbod: u32,
}

impl Cel {
    pub fn tekort(&self) -> bool {
        self.vraag > self.aanbod
    }
}

/// Builds the overview from the open needs (domain, level) and the schools' offers. A
/// level counts all needs and places at that level or higher, so that a place for level 6
/// also serves a child needing level 4.
pub fn overzicht(vraag: &[(Domein, Niveau)], scholen: &[Vec<Aanbod>]) -> Vec<Cel> {
    let mut out = Vec::new();
    for domein in Domein::ALL {
        for niveau in 1..=7u8 {
            let v = vraag
                .iter()
                .filter(|(d, n)| *d == domein && n.value() >= niveau)
                .count() as u32;
            let a = scholen
                .iter()
                .flatten()
                .filter(|a| a.domein == domein && a.tot_niveau.value() >= niveau)
                .map(|a| a.plaatsen)
                .sum();
            out.push(Cel {
                domein,
                niveau,
                vraag: v,
                aanbod: a,
            });
        }
    }
    out
}

/// A cell as a viewer may see it. The open demand counts children, so outside the SWV's
/// own scope it is protected like the monitor's figures; the free places are the schools'
/// published offer (the schoolondersteuningsprofiel, WPO art. 8 lid 1), not people, and are
/// shown as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zichtbaar {
    pub domein: Domein,
    pub niveau: u8,
    pub vraag: monitor::Cel,
    pub aanbod: u32,
    /// Whether demand exceeds the places, where the shown figures tell; `None` where that
    /// would give a hidden count away (a "<10" against 8 places with a gap is 9).
    pub tekort: Option<bool>,
}

/// Every cell as it is: for the SWV's own staff, who see the children behind it.
pub fn onbeschermd(cellen: &[Cel]) -> Vec<Zichtbaar> {
    cellen
        .iter()
        .map(|c| Zichtbaar {
            domein: c.domein,
            niveau: c.niveau,
            vraag: monitor::Cel::Getoond(u64::from(c.vraag)),
            aanbod: c.aanbod,
            tekort: Some(c.tekort()),
        })
        .collect()
}

/// The cells protected against small counts (see [`monitor::onderdrukking`]) for viewers
/// who may never see a single child (OPR, inspectie, ministerie). The demand columns are
/// cumulative, so the difference of two cells of a domain counts the children needing a
/// level in between: each such difference is protected as well, as an unpublished count
/// bound to the two cells. What a reader can still tell: bounds, as demand does not rise
/// with the level (the monitor's limit too).
pub fn bescherm(cellen: &[Cel], drempel: u64) -> Vec<Zichtbaar> {
    // Counts: the published cells in their order, then the unpublished differences.
    let mut waarden: Vec<u64> = cellen.iter().map(|c| u64::from(c.vraag)).collect();
    let mut vergelijkingen = Vec::new();
    for (i, laag) in cellen.iter().enumerate() {
        for (j, hoog) in cellen.iter().enumerate() {
            if hoog.domein == laag.domein && hoog.niveau > laag.niveau {
                vergelijkingen.push(vec![(i, 1i8), (j, -1), (waarden.len(), -1)]);
                waarden.push(u64::from(laag.vraag).saturating_sub(u64::from(hoog.vraag)));
            }
        }
    }
    let gepubliceerd: Vec<bool> = (0..waarden.len()).map(|k| k < cellen.len()).collect();
    let status = bescherm_stelsel(
        &waarden,
        &gepubliceerd,
        &vec![false; waarden.len()],
        &vergelijkingen,
        drempel,
    );
    cellen
        .iter()
        .zip(status)
        .map(|(c, s)| {
            let vraag = s.unwrap_or(monitor::Cel::Getoond(u64::from(c.vraag)));
            let tekort = match vraag {
                monitor::Cel::Getoond(_) => Some(c.tekort()),
                // A small count is below the threshold: no gap where the places reach it.
                monitor::Cel::Klein => (u64::from(c.aanbod) + 1 >= drempel).then_some(false),
                monitor::Cel::Aanvullend => None,
            };
            Zichtbaar {
                domein: c.domein,
                niveau: c.niveau,
                vraag,
                aanbod: c.aanbod,
                tekort,
            }
        })
        .collect()
}

/// Whether a child's need is met at its school: the school's profile reaches the level in
/// that domain (a child already there takes no free place).
pub fn gedekt_op_school(aanbod: &[Aanbod], domein: Domein, niveau: Niveau) -> bool {
    aanbod
        .iter()
        .any(|a| a.domein == domein && a.tot_niveau >= niveau)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: i64) -> Niveau {
        Niveau::new(x).unwrap()
    }

    #[test]
    fn demand_against_places_from_each_level_up() {
        let vraag = [
            (Domein::Communicatie, n(5)),
            (Domein::Communicatie, n(5)),
            (Domein::Communicatie, n(2)),
        ];
        let scholen = vec![
            vec![Aanbod {
                domein: Domein::Communicatie,
                tot_niveau: n(3),
                plaatsen: 4,
            }],
            vec![Aanbod {
                domein: Domein::Communicatie,
                tot_niveau: n(6),
                plaatsen: 1,
            }],
        ];
        let cellen = overzicht(&vraag, &scholen);
        let cel = |niveau| {
            *cellen
                .iter()
                .find(|c| c.domein == Domein::Communicatie && c.niveau == niveau)
                .unwrap()
        };
        assert_eq!((cel(2).vraag, cel(2).aanbod), (3, 5));
        assert!(!cel(2).tekort());
        assert_eq!((cel(5).vraag, cel(5).aanbod), (2, 1));
        assert!(
            cel(5).tekort(),
            "two children need level 5, one place reaches it"
        );
        assert_eq!((cel(7).vraag, cel(7).aanbod), (0, 0));
        assert_eq!(cellen.len(), 35);
    }

    /// Cells of one domain from the demand at each exact level 1..=7, with `plaatsen` free
    /// places at every level.
    fn kolommen(exact: [u32; 7], plaatsen: u32) -> Vec<Cel> {
        (1..=7u8)
            .map(|niveau| Cel {
                domein: Domein::Communicatie,
                niveau,
                vraag: exact[usize::from(niveau) - 1..].iter().sum(),
                aanbod: plaatsen,
            })
            .collect()
    }

    /// The reader's side: no shown count is small, and no difference of two shown cells
    /// of a domain (children needing a level in between) is small.
    fn niets_kleins_af_te_leiden(zichtbaar: &[Zichtbaar], drempel: u64) -> Result<(), String> {
        for a in zichtbaar {
            let Some(x) = a.vraag.waarde() else { continue };
            if x > 0 && x < drempel {
                return Err(format!("niveau {} toont {x}", a.niveau));
            }
            for b in zichtbaar.iter().filter(|b| b.domein == a.domein) {
                let Some(y) = b.vraag.waarde() else { continue };
                if x > y && x - y < drempel {
                    return Err(format!(
                        "niveau {} min {} geeft {}",
                        a.niveau,
                        b.niveau,
                        x - y
                    ));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn small_demand_and_small_differences_are_hidden_for_outsiders() {
        // 20 children at level 1, 3 at level 4, 2 at level 6: from-level 25, 5, 5, 5, 2, 2, 0.
        let cellen = kolommen([20, 0, 0, 3, 0, 2, 0], 4);
        let open = onbeschermd(&cellen);
        assert_eq!(open[1].vraag, monitor::Cel::Getoond(5), "own staff see it");
        assert_eq!(open[4].tekort, Some(false));
        let b = bescherm(&cellen, 10);
        assert_eq!(b[0].vraag, monitor::Cel::Getoond(25));
        assert!(b[1..6].iter().all(|c| c.vraag == monitor::Cel::Klein));
        assert_eq!(b[6].vraag, monitor::Cel::Getoond(0));
        niets_kleins_af_te_leiden(&b, 10).unwrap();
        // Three children between level 1 and 2: one of the two must go.
        let b = bescherm(&kolommen([3, 0, 15, 0, 12, 0, 0], 40), 10);
        niets_kleins_af_te_leiden(&b, 10).unwrap();
        assert!(b[0].vraag.onderdrukt() || b[1].vraag.onderdrukt());
        assert_eq!(b[4].vraag, monitor::Cel::Getoond(12));
    }

    #[test]
    fn a_gap_is_only_told_where_the_shown_figures_tell_it() {
        // Demand 9 from level 1 up: hidden. Against 8 places a gap would say "9".
        let b = bescherm(&kolommen([9, 0, 0, 0, 0, 0, 0], 8), 10);
        assert_eq!((b[0].vraag, b[0].tekort), (monitor::Cel::Klein, None));
        // Against 9 or more places there is no gap whatever the hidden count is.
        let b = bescherm(&kolommen([9, 0, 0, 0, 0, 0, 0], 9), 10);
        assert_eq!(b[0].tekort, Some(false));
        let b = bescherm(&kolommen([30, 0, 0, 0, 0, 0, 0], 9), 10);
        assert_eq!(b[0].tekort, Some(true));
    }

    proptest::proptest! {
        #[test]
        fn no_small_count_follows_from_the_shown_cells(
            exact in proptest::array::uniform7(0u32..25),
            plaatsen in 0u32..30,
        ) {
            let cellen = kolommen(exact, plaatsen);
            let b = bescherm(&cellen, 10);
            if let Err(e) = niets_kleins_af_te_leiden(&b, 10) {
                return Err(proptest::test_runner::TestCaseError::fail(e));
            }
            for (c, z) in cellen.iter().zip(&b) {
                proptest::prop_assert!(z.vraag.waarde().is_none_or(|v| v == u64::from(c.vraag)));
                proptest::prop_assert!(z.tekort.is_none_or(|t| t == c.tekort()));
            }
        }
    }

    #[test]
    fn a_child_is_served_where_the_profile_reaches_its_level() {
        let school = [Aanbod {
            domein: Domein::LerenEnOntwikkelen,
            tot_niveau: n(3),
            plaatsen: 0,
        }];
        assert!(gedekt_op_school(&school, Domein::LerenEnOntwikkelen, n(3)));
        assert!(!gedekt_op_school(&school, Domein::LerenEnOntwikkelen, n(4)));
        assert!(!gedekt_op_school(&school, Domein::Communicatie, n(1)));
    }
}
