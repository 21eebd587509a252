//! A registration, and the school's steps on it: its decision, the one extension of the
//! term, a withdrawal and (VO) the suspension while it is incomplete.

mod registratie;

pub use registratie::*;

use super::{Veldfout, datum, nodig};
use jiff::civil::Date;
use passend_domain::zorgplicht::{Besluit, Uitzondering, Verlenging};

/// The decision as typed: `soort` is one of the words below. A refusal names the other
/// school by its vestiging code; the date of its willingness is its own answer, which the
/// store reads (WPO art. 40 lid 4), never a date typed here.
pub struct BesluitVelden<'a> {
    pub soort: &'a str,
    pub andere_school: &'a str,
    pub reden: &'a str,
}

impl BesluitVelden<'_> {
    pub fn lees(&self) -> Result<Besluit, Veldfout> {
        let uitzondering = |soort| Besluit::Uitzondering {
            soort,
            reden: self.reden.into(),
        };
        Ok(match self.soort {
            "toegelaten" => Besluit::Toegelaten {
                extra_ondersteuning: false,
            },
            "toegelaten-extra" => Besluit::Toegelaten {
                extra_ondersteuning: true,
            },
            "elders" => Besluit::ElderToegelaten {
                andere_school: self.andere_school.into(),
                bereid_op: None,
            },
            "tlv" => Besluit::TlvRoute,
            "niet-behandeld" => Besluit::NietBehandeld,
            "geen-plaatsruimte" => uitzondering(Uitzondering::GeenPlaatsruimte),
            "grondslag" => uitzondering(Uitzondering::Grondslag),
            "toelatingsvoorwaarden" => uitzondering(Uitzondering::Toelatingsvoorwaarden),
            other => return Err(Veldfout::new("soort", format!("'{other}' is geen besluit"))),
        })
    }
}

/// The extension: weeks as typed, and the day the parents were told.
pub struct VerlengingVelden<'a> {
    pub weken: &'a str,
    pub kennisgeving: Option<&'a str>,
}

impl VerlengingVelden<'_> {
    pub fn lees(&self) -> Result<Verlenging, Veldfout> {
        let weken = self.weken.trim().parse().map_err(|_| {
            Veldfout::new("weken", format!("'{}' is geen aantal weken", self.weken))
        })?;
        let kennisgeving = datum("kennisgeving", self.kennisgeving)?;
        Ok(Verlenging {
            weken,
            kennisgeving: nodig(
                "kennisgeving",
                kennisgeving,
                "vul de datum in waarop de ouders zijn geïnformeerd",
            )?,
        })
    }
}

/// The day the parents withdrew the registration.
pub fn intrekking(op: Option<&str>) -> Result<Date, Veldfout> {
    let op = datum("datum", op)?;
    nodig("datum", op, "vul de datum van intrekken in")
}

/// VO: from the request to complete the registration until the parents did (if they have).
pub struct Opschorting {
    pub van: Date,
    pub tot: Option<Date>,
}

pub struct OpschortingVelden<'a> {
    pub van: Option<&'a str>,
    pub tot: Option<&'a str>,
}

impl OpschortingVelden<'_> {
    pub fn lees(&self) -> Result<Opschorting, Veldfout> {
        let van = datum("van", self.van)?;
        Ok(Opschorting {
            van: nodig("van", van, "vul de datum van het verzoek in")?,
            tot: datum("tot", self.tot)?,
        })
    }
}
