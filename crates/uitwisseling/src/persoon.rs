//! Person data both formats carry, in one shape: gender (whose codes differ per format) and
//! the national person numbers (which must never reach a log line).

use std::fmt;

/// Gender as the sending system recorded it.
///
/// The two formats number it differently: OSO codelijst 14 has 1 = vrouw, 2 = man;
/// EDEXML (NEN-ISO 5218) has 1 = jongen, 2 = meisje. Mapping to names here keeps the
/// integrator from mixing them up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Geslacht {
    Onbekend,
    Man,
    Vrouw,
    /// EDEXML code 9.
    NietGespecificeerd,
}

impl Geslacht {
    /// OSO codelijst 14: 0 onbekend, 1 vrouw, 2 man.
    pub(crate) fn van_oso(code: &str) -> Option<Self> {
        match code.trim() {
            "0" => Some(Geslacht::Onbekend),
            "1" => Some(Geslacht::Vrouw),
            "2" => Some(Geslacht::Man),
            _ => None,
        }
    }

    /// EDEXML `EDEXGeslachtType`: 0 onbekend, 1 jongen, 2 meisje, 9 niet gespecificeerd.
    pub(crate) fn van_edexml(code: &str) -> Option<Self> {
        match code.trim() {
            "0" => Some(Geslacht::Onbekend),
            "1" => Some(Geslacht::Man),
            "2" => Some(Geslacht::Vrouw),
            "9" => Some(Geslacht::NietGespecificeerd),
            _ => None,
        }
    }
}

/// A person number as the file carried it, unchecked (no elfproef: even the official EDEXML
/// example carries a BSN that fails it). `Debug` shows only which kind it is, never the digits.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Identificatie {
    Bsn(String),
    Onderwijsnummer(String),
    /// EDEXML only, kept for compatibility with EDEXML 1.0.
    Sofinummer(String),
    /// EDEXML `bsn_ondwnr-4`: the last 4 digits of the BSN or onderwijsnummer.
    BsnLaatste4(String),
    /// EDEXML only: the Belgian national number.
    Rijksregisternummer(String),
}

impl Identificatie {
    /// The number itself. Call this only where the number is needed, never for logging.
    pub fn nummer(&self) -> &str {
        match self {
            Identificatie::Bsn(n)
            | Identificatie::Onderwijsnummer(n)
            | Identificatie::Sofinummer(n)
            | Identificatie::BsnLaatste4(n)
            | Identificatie::Rijksregisternummer(n) => n,
        }
    }

    fn soort(&self) -> &'static str {
        match self {
            Identificatie::Bsn(_) => "Bsn",
            Identificatie::Onderwijsnummer(_) => "Onderwijsnummer",
            Identificatie::Sofinummer(_) => "Sofinummer",
            Identificatie::BsnLaatste4(_) => "BsnLaatste4",
            Identificatie::Rijksregisternummer(_) => "Rijksregisternummer",
        }
    }
}

impl fmt::Debug for Identificatie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}(<verborgen>)", self.soort())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_number() {
        let bsn = Identificatie::Bsn("123456782".into());
        let shown = format!("{bsn:?} {:?}", Some(&bsn));
        assert!(!shown.contains("123456782"), "{shown}");
        assert!(shown.contains("Bsn(<verborgen>)"));
        assert_eq!(bsn.nummer(), "123456782");
    }

    #[test]
    fn the_formats_number_gender_the_other_way_round() {
        assert_eq!(Geslacht::van_oso("1"), Some(Geslacht::Vrouw));
        assert_eq!(Geslacht::van_edexml("1"), Some(Geslacht::Man));
        assert_eq!(Geslacht::van_oso("9"), None);
        assert_eq!(
            Geslacht::van_edexml("9"),
            Some(Geslacht::NietGespecificeerd)
        );
    }
}
