//! The sorts of school the system knows (WPO, WEC, WVO).

use crate::codes::Sector;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is geen schoolsoort: kies uit bao, sbo, so, vso, vo, pro")]
pub struct SchoolsoortError(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Schoolsoort {
    /// Basisonderwijs (WPO).
    Bao,
    /// Speciaal basisonderwijs (WPO).
    Sbo,
    /// Speciaal onderwijs (WEC).
    So,
    /// Voortgezet speciaal onderwijs (WEC).
    Vso,
    /// Voortgezet onderwijs (WVO).
    Vo,
    /// Praktijkonderwijs (WVO art. 10f).
    Pro,
}

impl Schoolsoort {
    pub const ALL: [Schoolsoort; 6] = [
        Schoolsoort::Bao,
        Schoolsoort::Sbo,
        Schoolsoort::So,
        Schoolsoort::Vso,
        Schoolsoort::Vo,
        Schoolsoort::Pro,
    ];

    pub fn parse(input: &str) -> Result<Self, SchoolsoortError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(input.trim()))
            .ok_or_else(|| SchoolsoortError(input.to_string()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Schoolsoort::Bao => "bao",
            Schoolsoort::Sbo => "sbo",
            Schoolsoort::So => "so",
            Schoolsoort::Vso => "vso",
            Schoolsoort::Vo => "vo",
            Schoolsoort::Pro => "pro",
        }
    }

    /// Full Dutch name for the UI.
    pub fn omschrijving(self) -> &'static str {
        match self {
            Schoolsoort::Bao => "basisonderwijs",
            Schoolsoort::Sbo => "speciaal basisonderwijs",
            Schoolsoort::So => "speciaal onderwijs",
            Schoolsoort::Vso => "voortgezet speciaal onderwijs",
            Schoolsoort::Vo => "voortgezet onderwijs",
            Schoolsoort::Pro => "praktijkonderwijs",
        }
    }

    /// The sector whose samenwerkingsverband the vestiging takes part in: so counts with
    /// PO and vso with VO, as in the normbudget counts (WPO art. 132, WVO art. 85b).
    pub fn sector(self) -> Sector {
        match self {
            Schoolsoort::Bao | Schoolsoort::Sbo | Schoolsoort::So => Sector::Po,
            Schoolsoort::Vso | Schoolsoort::Vo | Schoolsoort::Pro => Sector::Vo,
        }
    }

    /// Special education that needs a toelaatbaarheidsverklaring: sbo (WPO art. 40 lid 8),
    /// so (WEC art. 40 lid 10) and vso (WEC art. 40 lid 12).
    pub fn vraagt_tlv(self) -> bool {
        matches!(self, Schoolsoort::Sbo | Schoolsoort::So | Schoolsoort::Vso)
    }
}

impl fmt::Display for Schoolsoort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_sectors() {
        for s in Schoolsoort::ALL {
            assert_eq!(Schoolsoort::parse(s.as_str()).unwrap(), s);
        }
        assert_eq!(Schoolsoort::parse("SO").unwrap().sector(), Sector::Po);
        assert_eq!(Schoolsoort::Vso.sector(), Sector::Vo);
        assert_eq!(Schoolsoort::Pro.sector(), Sector::Vo);
        assert!(
            Schoolsoort::parse("mbo")
                .unwrap_err()
                .to_string()
                .contains("mbo")
        );
        assert!(!Schoolsoort::Bao.vraagt_tlv() && Schoolsoort::Sbo.vraagt_tlv());
    }
}
