//! Arrangementen: a school asks its SWV for support beyond the basis, a loket/MDO meeting
//! discusses it, the SWV decides (what, how long, what it costs) and it is evaluated.
//! Also the "one table" integral education-care arrangement. RULES §2, PEERS.md.

mod procedure;
pub use procedure::{Aanvraagfeiten, StapError, toets_besluitstap, toets_overlegstap};

use jiff::ToSpan;
use jiff::civil::Date;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArrangementError {
    #[error("een toekenning zegt wat er wordt ingezet")]
    GeenInhoud,
    #[error("de einddatum ligt vóór de begindatum")]
    Omgekeerd,
    #[error("de kosten zijn een bedrag van nul of meer euro")]
    Kosten,
    #[error("een afwijzing noemt de redenen")]
    GeenReden,
    #[error("het overleg noemt ten minste de school en het samenwerkingsverband als deelnemers")]
    Deelnemers,
    #[error("leg vast dat het kind is gehoord (en wat het zei) of waarom niet")]
    StemKind,
    #[error(
        "aan tafel zitten ouders, school, samenwerkingsverband, jeugdhulp en gemeente; {0} ontbreekt"
    )]
    PartijOntbreekt(&'static str),
    #[error("afspraak '{0}' heeft een eigenaar en een datum nodig")]
    AfspraakOnvolledig(&'static str),
    #[error("het arrangement legt ten minste één afspraak vast")]
    GeenAfspraken,
    #[error(
        "'{0}' is geen onderdeel: kies uit schoolplek, ondersteuning, zorg, leerplicht, vervoer"
    )]
    Onderdeel(String),
    #[error("deze stap past niet bij de status '{0}'")]
    Status(String),
}

/// Who took part in a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Partij {
    Ouders,
    School,
    Swv,
    Jeugdhulp,
    Gemeente,
}

impl Partij {
    pub const ALL: [Partij; 5] = [
        Self::Ouders,
        Self::School,
        Self::Swv,
        Self::Jeugdhulp,
        Self::Gemeente,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ouders => "ouders",
            Self::School => "school",
            Self::Swv => "samenwerkingsverband",
            Self::Jeugdhulp => "jeugdhulp",
            Self::Gemeente => "gemeente",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }
}

/// Checks the loket/MDO meeting record: school and SWV at the table, the child's voice.
pub fn toets_overleg(partijen: &[Partij], stem_kind: &str) -> Result<(), ArrangementError> {
    if !partijen.contains(&Partij::School) || !partijen.contains(&Partij::Swv) {
        return Err(ArrangementError::Deelnemers);
    }
    if stem_kind.trim().is_empty() {
        return Err(ArrangementError::StemKind);
    }
    Ok(())
}

/// What the SWV decided on a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Beslissing {
    Toegekend {
        inhoud: String,
        van: Date,
        tot: Date,
        kosten: Decimal,
    },
    Afgewezen {
        reden: String,
    },
}

pub fn toets_beslissing(b: &Beslissing) -> Result<(), ArrangementError> {
    match b {
        Beslissing::Toegekend {
            inhoud,
            van,
            tot,
            kosten,
        } => {
            if inhoud.trim().is_empty() {
                return Err(ArrangementError::GeenInhoud);
            }
            if tot < van {
                return Err(ArrangementError::Omgekeerd);
            }
            if kosten.is_sign_negative() {
                return Err(ArrangementError::Kosten);
            }
            Ok(())
        }
        Beslissing::Afgewezen { reden } if reden.trim().is_empty() => {
            Err(ArrangementError::GeenReden)
        }
        Beslissing::Afgewezen { .. } => Ok(()),
    }
}

/// An arrangement that ends within eight weeks: time to evaluate and decide on what follows.
pub fn verloopt_binnenkort(tot: Date, today: Date) -> bool {
    tot >= today && tot <= today.checked_add(8.weeks()).unwrap_or(today)
}

/// The parts of an integral education-care arrangement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Onderdeel {
    Schoolplek,
    Ondersteuning,
    Zorg,
    Leerplicht,
    Vervoer,
}

impl Onderdeel {
    pub const ALL: [Onderdeel; 5] = [
        Self::Schoolplek,
        Self::Ondersteuning,
        Self::Zorg,
        Self::Leerplicht,
        Self::Vervoer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Schoolplek => "schoolplek",
            Self::Ondersteuning => "ondersteuning",
            Self::Zorg => "zorg",
            Self::Leerplicht => "leerplicht",
            Self::Vervoer => "vervoer",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ArrangementError> {
        Self::ALL
            .into_iter()
            .find(|o| o.as_str() == s.trim())
            .ok_or_else(|| ArrangementError::Onderdeel(s.to_string()))
    }
}

/// One agreement at the table: a part, with its owner and date.
pub struct Afspraak<'a> {
    pub onderdeel: Onderdeel,
    pub eigenaar: &'a str,
    pub datum: Option<Date>,
}

/// Checks the "one table" record: all five parties took part, every agreement has an owner
/// and a date.
pub fn toets_integraal(
    partijen: &[Partij],
    afspraken: &[Afspraak],
) -> Result<(), ArrangementError> {
    for p in Partij::ALL {
        if !partijen.contains(&p) {
            return Err(ArrangementError::PartijOntbreekt(p.as_str()));
        }
    }
    if afspraken.is_empty() {
        return Err(ArrangementError::GeenAfspraken);
    }
    for a in afspraken {
        if a.eigenaar.trim().is_empty() || a.datum.is_none() {
            return Err(ArrangementError::AfspraakOnvolledig(a.onderdeel.as_str()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn decisions_are_complete() {
        let ok = Beslissing::Toegekend {
            inhoud: "2 uur per week ambulante begeleiding".into(),
            van: date(2026, 9, 1),
            tot: date(2027, 7, 31),
            kosten: Decimal::new(450000, 2),
        };
        assert_eq!(toets_beslissing(&ok), Ok(()));
        let omgekeerd = Beslissing::Toegekend {
            inhoud: "x".into(),
            van: date(2027, 1, 1),
            tot: date(2026, 1, 1),
            kosten: Decimal::ZERO,
        };
        assert_eq!(
            toets_beslissing(&omgekeerd),
            Err(ArrangementError::Omgekeerd)
        );
        let negatief = Beslissing::Toegekend {
            inhoud: "x".into(),
            van: date(2026, 1, 1),
            tot: date(2026, 2, 1),
            kosten: Decimal::new(-1, 0),
        };
        assert_eq!(toets_beslissing(&negatief), Err(ArrangementError::Kosten));
        assert_eq!(
            toets_beslissing(&Beslissing::Afgewezen { reden: " ".into() }),
            Err(ArrangementError::GeenReden)
        );
    }

    #[test]
    fn meeting_needs_school_swv_and_the_childs_voice() {
        assert_eq!(
            toets_overleg(&[Partij::School, Partij::Swv], "wil graag blijven"),
            Ok(())
        );
        assert_eq!(
            toets_overleg(&[Partij::School], "x"),
            Err(ArrangementError::Deelnemers)
        );
        assert_eq!(
            toets_overleg(&[Partij::School, Partij::Swv], ""),
            Err(ArrangementError::StemKind)
        );
    }

    #[test]
    fn one_table_needs_everyone_and_owned_dated_agreements() {
        let a = [Afspraak {
            onderdeel: Onderdeel::Vervoer,
            eigenaar: "gemeente Utrecht, leerlingenvervoer",
            datum: Some(date(2026, 12, 1)),
        }];
        assert_eq!(toets_integraal(&Partij::ALL, &a), Ok(()));
        assert_eq!(
            toets_integraal(&Partij::ALL[..4], &a),
            Err(ArrangementError::PartijOntbreekt("gemeente"))
        );
        let zonder = [Afspraak {
            onderdeel: Onderdeel::Zorg,
            eigenaar: "",
            datum: Some(date(2026, 12, 1)),
        }];
        assert_eq!(
            toets_integraal(&Partij::ALL, &zonder),
            Err(ArrangementError::AfspraakOnvolledig("zorg"))
        );
        assert_eq!(
            toets_integraal(&Partij::ALL, &[]),
            Err(ArrangementError::GeenAfspraken)
        );
    }

    #[test]
    fn expiry_window() {
        let today = date(2026, 11, 22);
        assert!(verloopt_binnenkort(date(2027, 1, 17), today));
        assert!(!verloopt_binnenkort(date(2027, 1, 18), today));
        assert!(!verloopt_binnenkort(date(2026, 11, 21), today));
    }
}
