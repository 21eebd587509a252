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
