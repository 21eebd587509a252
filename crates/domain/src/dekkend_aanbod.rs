//! Dekkend aanbod: can the schools of an SWV together give every child who needs extra
//! support a place (WPO art. 18a lid 2: "een zo passend mogelijke plaats")? Per domain and
//! level the open demand — children whose need is not met where they are — is set against
//! the free places of the schools whose profile reaches that level.

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
