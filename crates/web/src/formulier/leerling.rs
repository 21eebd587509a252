//! Measures the school records for one pupil: a schorsing, a verwijdering, a new address.

use super::{Veldfout, verplichte_datum};
use passend_domain::Postcode;
use passend_store::{NieuweSchorsing, NieuweVerwijdering};

pub struct SchorsingVelden<'a> {
    pub van: Option<&'a str>,
    pub tot: Option<&'a str>,
    pub reden: &'a str,
    pub schriftelijk: bool,
    pub stem_kind: &'a str,
}

impl SchorsingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweSchorsing, Veldfout> {
        Ok(NieuweSchorsing {
            van: verplichte_datum("van", self.van)?,
            tot: verplichte_datum("tot", self.tot)?,
            reden: self.reden.into(),
            schriftelijk: self.schriftelijk,
            stem_kind: self.stem_kind.into(),
        })
    }
}

pub struct VerwijderingVelden<'a> {
    pub datum: Option<&'a str>,
    pub leraar_gehoord: bool,
    pub ouders_gehoord: bool,
    pub andere_school: &'a str,
    pub overleg_inspectie: bool,
    pub stem_kind: &'a str,
    pub reden: &'a str,
}

impl VerwijderingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweVerwijdering, Veldfout> {
        Ok(NieuweVerwijdering {
            datum: verplichte_datum("datum", self.datum)?,
            leraar_gehoord: self.leraar_gehoord,
            ouders_gehoord: self.ouders_gehoord,
            andere_school: self.andere_school.into(),
            overleg_inspectie: self.overleg_inspectie,
            stem_kind: self.stem_kind.into(),
            reden: self.reden.into(),
        })
    }
}

/// The new home postcode (the store checks that the region knows it).
pub fn postcode(tekst: &str) -> Result<Postcode, Veldfout> {
    Postcode::parse(tekst).map_err(|e| Veldfout::new("postcode", e.to_string()))
}
