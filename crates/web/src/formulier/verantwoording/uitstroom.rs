//! A leaver from the vso with a destination, and where the leaver is a year later.

use crate::formulier::{Veldfout, verplichte_datum};
use jiff::civil::Date;
use passend_domain::verantwoording::Bestemming;
use passend_store::verantwoording::NieuweUitstroom;

fn bestemming(tekst: &str) -> Result<Bestemming, Veldfout> {
    Bestemming::parse(tekst).ok_or_else(|| {
        Veldfout::new(
            "bestemming",
            format!(
                "'{tekst}' is geen bestemming: vervolgonderwijs, arbeidsmarkt, dagbesteding of onbekend"
            ),
        )
    })
}

/// The kind of vervolgonderwijs; blank is none.
fn vervolg_soort(tekst: Option<&str>) -> Option<String> {
    tekst
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

pub struct UitstroomVelden<'a> {
    pub vestiging: &'a str,
    pub uitstroomdatum: Option<&'a str>,
    pub bestemming: &'a str,
    pub vervolg_soort: Option<&'a str>,
}

impl UitstroomVelden<'_> {
    pub fn lees(&self) -> Result<NieuweUitstroom, Veldfout> {
        Ok(NieuweUitstroom {
            vestiging: self.vestiging.trim().to_uppercase(),
            uitstroomdatum: verplichte_datum("uitstroomdatum", self.uitstroomdatum)?,
            bestemming: bestemming(self.bestemming)?,
            vervolg_soort: vervolg_soort(self.vervolg_soort),
        })
    }
}

/// Where the leaver is one year on.
pub struct NaJaar {
    pub datum: Date,
    pub bestemming: Bestemming,
    pub vervolg_soort: Option<String>,
}

pub struct NaJaarVelden<'a> {
    pub datum: Option<&'a str>,
    pub bestemming: &'a str,
    pub vervolg_soort: Option<&'a str>,
}

impl NaJaarVelden<'_> {
    pub fn lees(&self) -> Result<NaJaar, Veldfout> {
        Ok(NaJaar {
            datum: verplichte_datum("datum", self.datum)?,
            bestemming: bestemming(self.bestemming)?,
            vervolg_soort: vervolg_soort(self.vervolg_soort),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaver_has_a_destination() {
        let u = UitstroomVelden {
            vestiging: " 90vs00",
            uitstroomdatum: Some("2026-07-31"),
            bestemming: "vervolgonderwijs",
            vervolg_soort: Some(" entreeopleiding "),
        }
        .lees()
        .unwrap();
        assert_eq!(u.vestiging, "90VS00");
        assert_eq!(u.bestemming, Bestemming::Vervolgonderwijs);
        assert_eq!(u.vervolg_soort.as_deref(), Some("entreeopleiding"));
        let fout = UitstroomVelden {
            vestiging: "90VS00",
            uitstroomdatum: Some("2026-07-31"),
            bestemming: "weg",
            vervolg_soort: None,
        };
        assert_eq!(fout.lees().err().map(|f| f.veld), Some("bestemming"));
    }

    #[test]
    fn a_year_later_needs_the_day() {
        let lees = |datum, vervolg_soort| {
            NaJaarVelden {
                datum,
                bestemming: "arbeidsmarkt",
                vervolg_soort,
            }
            .lees()
        };
        let n = lees(Some("2026-08-01"), Some("")).unwrap();
        assert_eq!(
            (n.bestemming, n.vervolg_soort),
            (Bestemming::Arbeidsmarkt, None)
        );
        assert_eq!(lees(None, None).err().map(|f| f.veld), Some("datum"));
    }
}
