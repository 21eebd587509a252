//! The thuiszitter register and doorzettingsmacht: every child out of school (langdurig
//! relatief verzuim or absoluut verzuim) is a case with an owner and a deadline. Each SWV
//! sets an escalation ladder; a case whose step passes its deadline without a recorded
//! solution moves up by itself, and the last step's decision is binding.
//!
//! The definitions follow the Kamerbrief of 3 February 2016 (26 695 nr. 108): langdurig
//! relatief verzuim is more than four weeks out of school while enrolled, absoluut verzuim
//! is not being enrolled; the goal is that no child is out longer than three months.
//! Doorzettingsmacht has no statutory form (RULES §5.6): the ladder is configuration.

pub use crate::verzuim::drie_maanden_later;
mod besluit;
mod terugkeer;
pub use besluit::{BesluitError, Zaakfeiten, beslis};
pub use terugkeer::{Schooldag, opgelost_door};

use crate::{Kijker, Rol};
use jiff::ToSpan;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LadderError {
    #[error("een escalatieladder heeft minstens één stap")]
    Leeg,
    #[error("een escalatieladder heeft hoogstens {0} stappen")]
    TeLang(usize),
    #[error("stap {stap}: de naam ontbreekt")]
    NaamLeeg { stap: usize },
    #[error("stap {stap}: de eigenaar ontbreekt")]
    EigenaarLeeg { stap: usize },
    #[error("stap {stap}: de termijn moet 1 tot 26 weken zijn, niet {weken}")]
    Termijn { stap: usize, weken: i64 },
}

/// What kind of absence a case is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    /// Enrolled, but more than four weeks out of school without a valid reason.
    LangdurigRelatiefVerzuim,
    /// Of leerplichtige age and not enrolled at any school.
    AbsoluutVerzuim,
}

impl Soort {
    pub fn as_str(self) -> &'static str {
        match self {
            Soort::LangdurigRelatiefVerzuim => "langdurig_relatief_verzuim",
            Soort::AbsoluutVerzuim => "absoluut_verzuim",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "langdurig_relatief_verzuim" => Some(Soort::LangdurigRelatiefVerzuim),
            "absoluut_verzuim" => Some(Soort::AbsoluutVerzuim),
            _ => None,
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Soort::LangdurigRelatiefVerzuim => {
                "langdurig relatief verzuim (ingeschreven, meer dan 4 weken niet op school)"
            }
            Soort::AbsoluutVerzuim => "absoluut verzuim (niet ingeschreven op een school)",
        }
    }
}

/// One step: who owns the case and for how long before it moves up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stap {
    pub naam: String,
    pub eigenaar: String,
    pub weken: i64,
}

/// An SWV's escalation ladder, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalatieladder(Vec<Stap>);

pub const MAX_STAPPEN: usize = 8;

impl Escalatieladder {
    pub fn new(stappen: Vec<Stap>) -> Result<Self, LadderError> {
        if stappen.is_empty() {
            return Err(LadderError::Leeg);
        }
        if stappen.len() > MAX_STAPPEN {
            return Err(LadderError::TeLang(MAX_STAPPEN));
        }
        for (i, s) in stappen.iter().enumerate() {
            let stap = i + 1;
            if s.naam.trim().is_empty() {
                return Err(LadderError::NaamLeeg { stap });
            }
            if s.eigenaar.trim().is_empty() {
                return Err(LadderError::EigenaarLeeg { stap });
            }
            if !(1..=26).contains(&s.weken) {
                return Err(LadderError::Termijn {
                    stap,
                    weken: s.weken,
                });
            }
        }
        Ok(Self(stappen))
    }

    /// The example of the issue and of Dullaert's advice: support team 4 weeks, SWV
    /// director 2 weeks, a committee with the wethouder 2 weeks (whose decision binds).
    pub fn voorbeeld() -> Self {
        let stap = |naam: &str, eigenaar: &str, weken| Stap {
            naam: naam.into(),
            eigenaar: eigenaar.into(),
            weken,
        };
        Self(vec![
            stap("Ondersteuningsteam", "ondersteuningsteam van de school", 4),
            stap(
                "Directeur samenwerkingsverband",
                "directeur van het samenwerkingsverband",
                2,
            ),
            stap(
                "Commissie met de wethouder",
                "commissie doorzettingsmacht met de wethouder",
                2,
            ),
        ])
    }

    pub fn stappen(&self) -> &[Stap] {
        &self.0
    }

    pub fn laatste(&self) -> usize {
        self.0.len() - 1
    }

    /// Deadline of step `stap` when it began on `begin`.
    pub fn deadline(&self, stap: usize, begin: Date) -> Date {
        begin.saturating_add((self.0[stap].weken * 7).days())
    }
}

/// Where a case stands after the clock has run until `today`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Positie {
    pub stap: usize,
    pub deadline: Date,
    /// Steps entered by escalation on this call, in order (for notices and the audit log).
    pub nieuwe_stappen: Vec<usize>,
    /// The last step's deadline has passed without a decision.
    pub besluit_te_laat: bool,
}

/// Moves a case that passed its deadline up the ladder, as many steps as have expired:
/// a step that ends on day D moves up on D + 1 (the owner has the whole last day).
pub fn escaleer(ladder: &Escalatieladder, stap: usize, deadline: Date, today: Date) -> Positie {
    let mut positie = Positie {
        stap,
        deadline,
        nieuwe_stappen: Vec::new(),
        besluit_te_laat: false,
    };
    while today > positie.deadline {
        if positie.stap >= ladder.laatste() {
            positie.besluit_te_laat = true;
            break;
        }
        positie.stap += 1;
        positie.deadline = ladder.deadline(positie.stap, positie.deadline);
        positie.nieuwe_stappen.push(positie.stap);
    }
    positie
}

/// Out of school longer than three months on `today`: the goal of the Thuiszitterspact.
pub fn langer_dan_drie_maanden(start: Date, today: Date) -> bool {
    today > drie_maanden_later(start)
}

/// Calendar days out of school, counting the first day.
pub fn dagen_thuis(start: Date, today: Date) -> i64 {
    if today < start {
        return 0;
    }
    start
        .until(today)
        .map(|s| i64::from(s.get_days()) + 1)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn moves_up_the_day_after_a_deadline_and_catches_up() {
        let ladder = Escalatieladder::voorbeeld();
        let begin = date(2026, 9, 1);
        let d0 = ladder.deadline(0, begin);
        assert_eq!(d0, date(2026, 9, 29), "4 weeks");
        // On the deadline itself nothing happens.
        assert_eq!(escaleer(&ladder, 0, d0, d0).stap, 0);
        let next = escaleer(&ladder, 0, d0, date(2026, 9, 30));
        assert_eq!(
            (next.stap, next.deadline, next.nieuwe_stappen.clone()),
            (1, date(2026, 10, 13), vec![1])
        );
        // Nobody looked for a month: two steps at once, the deadlines chained.
        let late = escaleer(&ladder, 0, d0, date(2026, 10, 28));
        assert_eq!(
            (late.stap, late.deadline, late.nieuwe_stappen.clone()),
            (2, date(2026, 10, 27), vec![1, 2])
        );
        assert!(late.besluit_te_laat, "the last step's deadline passed too");
        let on_time = escaleer(&ladder, 2, date(2026, 10, 27), date(2026, 10, 27));
        assert!(!on_time.besluit_te_laat && on_time.nieuwe_stappen.is_empty());
    }

    #[test]
    fn ladder_is_validated() {
        let stap = |weken| Stap {
            naam: "x".into(),
            eigenaar: "y".into(),
            weken,
        };
        assert_eq!(Escalatieladder::new(vec![]), Err(LadderError::Leeg));
        assert_eq!(
            Escalatieladder::new(vec![stap(4), stap(0)]),
            Err(LadderError::Termijn { stap: 2, weken: 0 })
        );
        assert!(Escalatieladder::new(vec![stap(1); 9]).is_err());
        let err = Escalatieladder::new(vec![Stap {
            naam: " ".into(),
            eigenaar: "y".into(),
            weken: 2,
        }])
        .unwrap_err();
        assert_eq!(err.to_string(), "stap 1: de naam ontbreekt");
    }

    #[test]
    fn three_months_with_the_end_of_month_clamp() {
        assert_eq!(drie_maanden_later(date(2025, 11, 30)), date(2026, 2, 28));
        assert_eq!(
            drie_maanden_later(date(2027, 11, 30)),
            date(2028, 2, 29),
            "leap year"
        );
        assert_eq!(drie_maanden_later(date(2026, 1, 15)), date(2026, 4, 15));
        assert!(!langer_dan_drie_maanden(
            date(2026, 1, 15),
            date(2026, 4, 15)
        ));
        assert!(langer_dan_drie_maanden(
            date(2026, 1, 15),
            date(2026, 4, 16)
        ));
        assert_eq!(dagen_thuis(date(2026, 1, 15), date(2026, 1, 15)), 1);
        assert_eq!(dagen_thuis(date(2026, 1, 15), date(2026, 2, 14)), 31);
    }
}

/// The SWV that holds a case: for langdurig relatief verzuim the SWV of the school where
/// the child is enrolled; for absoluut verzuim the SWV where the child lives, PO below 12
/// and VO from 12 (the age at which children usually move to voortgezet onderwijs).
pub fn verantwoordelijk_swv<'a>(
    soort: Soort,
    swv_van_school: Option<&'a str>,
    woon_po: &'a str,
    woon_vo: &'a str,
    leeftijd: i16,
) -> &'a str {
    match (soort, swv_van_school) {
        (Soort::LangdurigRelatiefVerzuim, Some(swv)) => swv,
        _ if leeftijd < 12 => woon_po,
        _ => woon_vo,
    }
}

/// Whether this user may open a case for a child it may see, given the vestiging where the
/// child is enrolled today and that vestiging's bestuur (none: enrolled nowhere). A school
/// only for a child enrolled at its own vestiging, a bestuur at one of its own: the school
/// reports its own pupils' verzuim (Leerplichtwet art. 21/21a). A child only registered
/// there is another school's, and absoluut verzuim (enrolled nowhere) is for leerplicht
/// to take up (Leerplichtwet art. 16, 19 and 22). Not the ouder: a case is about them.
/// Other roles: their scope, which the dossier read already applied.
pub fn mag_zaak_openen(kijker: &Kijker, ingeschreven: Option<(&str, &str)>) -> bool {
    let eigen = kijker.scope.as_deref();
    match kijker.rol {
        Rol::School => ingeschreven.is_some_and(|(vestiging, _)| eigen == Some(vestiging)),
        Rol::Bestuur => ingeschreven.is_some_and(|(_, bestuur)| eigen == Some(bestuur)),
        Rol::Ouder => false,
        _ => true,
    }
}

#[cfg(test)]
mod swv_tests {
    use super::*;

    #[test]
    fn a_school_opens_cases_for_its_own_enrolled_pupils_only() {
        let school = Kijker {
            rol: Rol::School,
            scope: Some("12AB00".into()),
        };
        assert!(mag_zaak_openen(&school, Some(("12AB00", "41000"))));
        assert!(!mag_zaak_openen(&school, Some(("12AC00", "41000"))));
        assert!(!mag_zaak_openen(&school, None), "absoluut verzuim");
        let bestuur = Kijker {
            rol: Rol::Bestuur,
            scope: Some("41000".into()),
        };
        assert!(mag_zaak_openen(&bestuur, Some(("12AC00", "41000"))));
        assert!(!mag_zaak_openen(&bestuur, Some(("12AC00", "42000"))));
        let leerplicht = Kijker {
            rol: Rol::Leerplicht,
            scope: Some("0356".into()),
        };
        assert!(mag_zaak_openen(&leerplicht, None));
        let ouder = Kijker {
            rol: Rol::Ouder,
            scope: Some("7".into()),
        };
        assert!(!mag_zaak_openen(&ouder, Some(("12AB00", "41000"))));
    }

    #[test]
    fn the_school_swv_or_the_woon_swv_by_age() {
        let lrv = Soort::LangdurigRelatiefVerzuim;
        assert_eq!(
            verantwoordelijk_swv(lrv, Some("PO2605"), "PO2601", "VO2601", 9),
            "PO2605"
        );
        assert_eq!(
            verantwoordelijk_swv(Soort::AbsoluutVerzuim, None, "PO2601", "VO2601", 11),
            "PO2601"
        );
        assert_eq!(
            verantwoordelijk_swv(Soort::AbsoluutVerzuim, None, "PO2601", "VO2601", 12),
            "VO2601"
        );
    }
}
