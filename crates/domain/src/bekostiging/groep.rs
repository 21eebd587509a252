//! The groups a (v)so pupil is counted in for the normbedragen: schoolsoort, the
//! bekostigingscategorie of the TLV and, for so, the age group on the teldatum
//! (Regeling bekostiging personeel PO 2015–2016, art. 15).

use crate::leerling::leeftijd_op;
use crate::schoolsoort::Schoolsoort;
use jiff::civil::Date;
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroepError {
    #[error("'{0}' is geen bekostigingscategorie: kies uit L (laag), M (midden), H (hoog)")]
    Categorie(String),
    #[error("schoolsoort {0} heeft geen normbedrag per categorie: alleen so en vso")]
    Schoolsoort(Schoolsoort),
}

/// The bekostigingscategorie in the TLV (WEC art. 117 lid 4, WPO art. 132 lid 4, WVO art. 85b
/// lid 3): categorie 1/laag, 2/midden, 3/hoog; BRON codes `L`, `M`, `H`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Categorie {
    Laag,
    Midden,
    Hoog,
}

impl Categorie {
    pub const ALL: [Categorie; 3] = [Categorie::Laag, Categorie::Midden, Categorie::Hoog];

    /// Parses the BRON code (`L`, `M`, `H`) or the word (`laag`, `midden`, `hoog`).
    pub fn parse(input: &str) -> Result<Self, GroepError> {
        match input.trim().to_ascii_lowercase().as_str() {
            "l" | "laag" => Ok(Categorie::Laag),
            "m" | "midden" => Ok(Categorie::Midden),
            "h" | "hoog" => Ok(Categorie::Hoog),
            _ => Err(GroepError::Categorie(input.to_string())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Categorie::Laag => "laag",
            Categorie::Midden => "midden",
            Categorie::Hoog => "hoog",
        }
    }
}

/// Age group of an so pupil: the age on the teldatum below 8, or 8 and older
/// (R1516 art. 15: "SO jonger dan 8", "SO 8 jaar en ouder").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Leeftijdsgroep {
    JongerDan8,
    AchtEnOuder,
}

impl Leeftijdsgroep {
    /// The group of a pupil born on `geboortedatum`, by its age on `teldatum`.
    pub fn op(geboortedatum: Date, teldatum: Date) -> Self {
        if leeftijd_op(geboortedatum, teldatum) < 8 {
            Leeftijdsgroep::JongerDan8
        } else {
            Leeftijdsgroep::AchtEnOuder
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Leeftijdsgroep::JongerDan8 => "jonger_dan_8",
            Leeftijdsgroep::AchtEnOuder => "8_en_ouder",
        }
    }
}

/// One of the nine normbedrag groups: so by age group and categorie, vso by categorie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum TlvGroep {
    So(Leeftijdsgroep, Categorie),
    Vso(Categorie),
}

impl TlvGroep {
    pub const COUNT: usize = 9;

    /// All groups in the order of [`TlvGroep::index`].
    pub const ALL: [TlvGroep; 9] = {
        use Categorie::*;
        use Leeftijdsgroep::*;
        [
            TlvGroep::So(JongerDan8, Laag),
            TlvGroep::So(JongerDan8, Midden),
            TlvGroep::So(JongerDan8, Hoog),
            TlvGroep::So(AchtEnOuder, Laag),
            TlvGroep::So(AchtEnOuder, Midden),
            TlvGroep::So(AchtEnOuder, Hoog),
            TlvGroep::Vso(Laag),
            TlvGroep::Vso(Midden),
            TlvGroep::Vso(Hoog),
        ]
    };

    /// The group of a pupil of `schoolsoort` (so or vso) with a TLV of `categorie`, born on
    /// `geboortedatum`, counted on `teldatum`.
    pub fn van(
        schoolsoort: Schoolsoort,
        categorie: Categorie,
        geboortedatum: Date,
        teldatum: Date,
    ) -> Result<Self, GroepError> {
        match schoolsoort {
            Schoolsoort::So => Ok(TlvGroep::So(
                Leeftijdsgroep::op(geboortedatum, teldatum),
                categorie,
            )),
            Schoolsoort::Vso => Ok(TlvGroep::Vso(categorie)),
            other => Err(GroepError::Schoolsoort(other)),
        }
    }

    /// Dense index 0..9, for counting in arrays.
    pub fn index(self) -> usize {
        let cat = self.categorie() as usize;
        match self {
            TlvGroep::So(Leeftijdsgroep::JongerDan8, _) => cat,
            TlvGroep::So(Leeftijdsgroep::AchtEnOuder, _) => 3 + cat,
            TlvGroep::Vso(_) => 6 + cat,
        }
    }

    pub fn categorie(self) -> Categorie {
        match self {
            TlvGroep::So(_, c) | TlvGroep::Vso(c) => c,
        }
    }

    pub fn schoolsoort(self) -> Schoolsoort {
        match self {
            TlvGroep::So(..) => Schoolsoort::So,
            TlvGroep::Vso(_) => Schoolsoort::Vso,
        }
    }

    /// The key of its normbedrag in a rule-set file, e.g. `normbedrag_so_jonger_dan_8_laag`.
    pub fn sleutel(self) -> &'static str {
        const KEYS: [&str; 9] = [
            "normbedrag_so_jonger_dan_8_laag",
            "normbedrag_so_jonger_dan_8_midden",
            "normbedrag_so_jonger_dan_8_hoog",
            "normbedrag_so_8_en_ouder_laag",
            "normbedrag_so_8_en_ouder_midden",
            "normbedrag_so_8_en_ouder_hoog",
            "normbedrag_vso_laag",
            "normbedrag_vso_midden",
            "normbedrag_vso_hoog",
        ];
        KEYS[self.index()]
    }
}

impl fmt::Display for TlvGroep {
    /// Dutch, for explanations: `so jonger dan 8, categorie laag`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlvGroep::So(Leeftijdsgroep::JongerDan8, c) => {
                write!(f, "so jonger dan 8, categorie {}", c.as_str())
            }
            TlvGroep::So(Leeftijdsgroep::AchtEnOuder, c) => {
                write!(f, "so 8 jaar en ouder, categorie {}", c.as_str())
            }
            TlvGroep::Vso(c) => write!(f, "vso, categorie {}", c.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn index_is_dense_and_keys_match() {
        for (i, g) in TlvGroep::ALL.into_iter().enumerate() {
            assert_eq!(g.index(), i);
            assert!(
                g.sleutel()
                    .starts_with(&format!("normbedrag_{}", g.schoolsoort()))
            );
            assert!(g.sleutel().ends_with(g.categorie().as_str()));
        }
    }

    #[test]
    fn age_group_on_the_teldatum() {
        let teldatum = date(2014, 10, 1);
        // 8th birthday on the teldatum itself: 8 and older.
        assert_eq!(
            Leeftijdsgroep::op(date(2006, 10, 1), teldatum),
            Leeftijdsgroep::AchtEnOuder
        );
        assert_eq!(
            Leeftijdsgroep::op(date(2006, 10, 2), teldatum),
            Leeftijdsgroep::JongerDan8
        );
        let g = TlvGroep::van(
            Schoolsoort::So,
            Categorie::Hoog,
            date(2008, 3, 14),
            teldatum,
        );
        assert_eq!(g.unwrap().to_string(), "so jonger dan 8, categorie hoog");
        // vso has no age groups.
        let g = TlvGroep::van(
            Schoolsoort::Vso,
            Categorie::Laag,
            date(2008, 3, 14),
            teldatum,
        );
        assert_eq!(g.unwrap(), TlvGroep::Vso(Categorie::Laag));
        assert!(TlvGroep::van(Schoolsoort::Sbo, Categorie::Laag, teldatum, teldatum).is_err());
    }

    #[test]
    fn categorie_codes() {
        assert_eq!(Categorie::parse("L").unwrap(), Categorie::Laag);
        assert_eq!(Categorie::parse("midden").unwrap(), Categorie::Midden);
        assert_eq!(Categorie::parse("h").unwrap(), Categorie::Hoog);
        let err = Categorie::parse("Nvt").unwrap_err().to_string();
        assert!(err.contains("'Nvt'") && err.contains("L (laag)"), "{err}");
    }
}
