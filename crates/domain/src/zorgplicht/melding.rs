//! The meldingen the inspectie receives of a schorsing and a verwijdering: which measures
//! are reported, and which facts a melding carries — the school, a reference to the pupil
//! (no name: the law asks none), the dates, the duration and the reasons.

use super::schorsing::duur;
use jiff::civil::Date;

/// What is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeldingSoort {
    /// A schorsing longer than one day (WPO art. 40c lid 3, WEC art. 40c lid 3, IbWVO
    /// art. 13 lid 3).
    Schorsing,
    /// A definitive verwijdering (IbWVO art. 14 lid 3).
    Verwijdering,
}

impl MeldingSoort {
    pub fn as_str(self) -> &'static str {
        match self {
            MeldingSoort::Schorsing => "schorsing",
            MeldingSoort::Verwijdering => "verwijdering",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [MeldingSoort::Schorsing, MeldingSoort::Verwijdering]
            .into_iter()
            .find(|m| m.as_str() == s)
    }

    /// The article that requires the melding.
    pub fn bron(self) -> &'static str {
        match self {
            MeldingSoort::Schorsing => {
                "WPO art. 40c lid 3, WEC art. 40c lid 3, IbWVO art. 13 lid 3"
            }
            MeldingSoort::Verwijdering => "IbWVO art. 14 lid 3",
        }
    }
}

/// The days a melding covers, both included; for a verwijdering its one day.
pub fn dagen(van: Date, tot: Option<Date>) -> i64 {
    tot.map_or(1, |t| duur(van, t))
}

/// IbWVO art. 14 lid 3: "Het bevoegd gezag stelt de inspectie van een definitieve
/// verwijdering schriftelijk en met opgave van redenen in kennis" — for schools under the
/// WVO (`vo`, `pro`). The WPO and the WEC carry no such duty in their text (RULES.md
/// §5.2), so a verwijdering from a po, sbo, so or vso school is not reported.
pub fn verwijdering_melden(schoolsoort: &str) -> bool {
    matches!(schoolsoort, "vo" | "pro")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn only_a_wvo_school_reports_a_verwijdering() {
        assert!(verwijdering_melden("vo") && verwijdering_melden("pro"));
        for s in ["po", "sbo", "so", "vso"] {
            assert!(!verwijdering_melden(s), "{s}");
        }
    }

    #[test]
    fn a_melding_counts_its_days() {
        assert_eq!(dagen(date(2026, 3, 2), Some(date(2026, 3, 4))), 3);
        assert_eq!(dagen(date(2026, 3, 2), None), 1);
        assert_eq!(
            MeldingSoort::parse("schorsing"),
            Some(MeldingSoort::Schorsing)
        );
    }
}
