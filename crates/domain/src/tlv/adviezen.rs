//! The two deskundigen whose advices a TLV decision needs (WPO art. 18a lid 11, WVO art. 17a
//! lid 12; Besluit bekostiging WPO art. 34.8).

use super::TlvError;

/// The professions of the deskundigen (Besluit bekostiging WPO art. 34.8 and its VO twin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discipline {
    Orthopedagoog,
    Psycholoog,
    KinderJeugdpsycholoog,
    Pedagoog,
    Kinderpsychiater,
    MaatschappelijkWerker,
    Arts,
}

impl Discipline {
    pub const ALL: [Discipline; 7] = [
        Self::Orthopedagoog,
        Self::Psycholoog,
        Self::KinderJeugdpsycholoog,
        Self::Pedagoog,
        Self::Kinderpsychiater,
        Self::MaatschappelijkWerker,
        Self::Arts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Orthopedagoog => "orthopedagoog",
            Self::Psycholoog => "psycholoog",
            Self::KinderJeugdpsycholoog => "kinder- of jeugdpsycholoog",
            Self::Pedagoog => "pedagoog",
            Self::Kinderpsychiater => "kinderpsychiater",
            Self::MaatschappelijkWerker => "maatschappelijk werker",
            Self::Arts => "arts",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str().eq_ignore_ascii_case(s.trim()))
    }

    fn eerste(self) -> bool {
        matches!(self, Self::Orthopedagoog | Self::Psycholoog)
    }

    fn tweede(self) -> bool {
        !self.eerste()
    }
}

/// One deskundige's advice, as far as the rules look at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advies {
    pub deskundige: String,
    pub discipline: Discipline,
    /// BRINs of the schools the deskundige works for or at.
    pub verbonden_aan: Vec<String>,
}

/// Two separate advices are needed: the first from an orthopedagoog or psycholoog, the second
/// from the list of the Besluit, each by a different, named person not attached to the
/// requesting or receiving school (`scholen`: their BRINs).
pub fn toets_adviezen(eerste: &Advies, tweede: &Advies, scholen: &[&str]) -> Result<(), TlvError> {
    if !eerste.discipline.eerste() {
        return Err(TlvError::EersteDeskundige);
    }
    if !tweede.discipline.tweede() {
        return Err(TlvError::TweedeDeskundige);
    }
    if eerste
        .deskundige
        .trim()
        .eq_ignore_ascii_case(tweede.deskundige.trim())
    {
        return Err(TlvError::ZelfdeDeskundige);
    }
    for a in [eerste, tweede] {
        if a.verbonden_aan
            .iter()
            .any(|b| scholen.contains(&b.as_str()))
        {
            return Err(TlvError::NietOnafhankelijk(a.deskundige.clone()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_independent_advices_from_the_right_professions() {
        let a = |naam: &str, d: Discipline, brin: &[&str]| Advies {
            deskundige: naam.into(),
            discipline: d,
            verbonden_aan: brin.iter().map(|s| s.to_string()).collect(),
        };
        let scholen = ["90AA", "91XY"];
        let ok1 = a("J. de Vries", Discipline::Orthopedagoog, &[]);
        let ok2 = a("M. Bakker", Discipline::Arts, &["12AB"]);
        assert_eq!(toets_adviezen(&ok1, &ok2, &scholen), Ok(()));
        assert_eq!(
            toets_adviezen(&a("X", Discipline::Arts, &[]), &ok2, &scholen),
            Err(TlvError::EersteDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("Y", Discipline::Psycholoog, &[]), &scholen),
            Err(TlvError::TweedeDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("j. de vries", Discipline::Arts, &[]), &scholen),
            Err(TlvError::ZelfdeDeskundige)
        );
        assert_eq!(
            toets_adviezen(&ok1, &a("Z", Discipline::Pedagoog, &["91XY"]), &scholen),
            Err(TlvError::NietOnafhankelijk("Z".into()))
        );
    }
}
