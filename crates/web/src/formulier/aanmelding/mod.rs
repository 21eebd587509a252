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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn besluit(soort: &str) -> Result<Besluit, Veldfout> {
        BesluitVelden {
            soort,
            andere_school: "90AB00",
            reden: "vol",
        }
        .lees()
    }

    #[test]
    fn a_decision_is_one_of_the_words() {
        assert_eq!(
            besluit("elders"),
            Ok(Besluit::ElderToegelaten {
                andere_school: "90AB00".into(),
                bereid_op: None,
            })
        );
        assert_eq!(
            besluit("geen-plaatsruimte"),
            Ok(Besluit::Uitzondering {
                soort: Uitzondering::GeenPlaatsruimte,
                reden: "vol".into(),
            })
        );
        assert_eq!(
            besluit("misschien"),
            Err(Veldfout::new("soort", "'misschien' is geen besluit"))
        );
    }

    #[test]
    fn an_extension_needs_weeks_and_the_notice() {
        let lees = |weken, kennisgeving| {
            VerlengingVelden {
                weken,
                kennisgeving,
            }
            .lees()
        };
        assert_eq!(
            lees(" 4", Some("2026-11-20")),
            Ok(Verlenging {
                weken: 4,
                kennisgeving: date(2026, 11, 20),
            })
        );
        assert_eq!(
            lees("vier", Some("2026-11-20")),
            Err(Veldfout::new("weken", "'vier' is geen aantal weken"))
        );
        assert_eq!(lees("4", None).unwrap_err().veld, "kennisgeving");
        assert_eq!(lees("4", Some("20-11")).unwrap_err().veld, "kennisgeving");
    }

    #[test]
    fn withdrawal_and_suspension_need_their_first_day() {
        assert_eq!(intrekking(Some("2026-11-20")), Ok(date(2026, 11, 20)));
        assert_eq!(intrekking(None).unwrap_err().veld, "datum");
        let lees = |van, tot| OpschortingVelden { van, tot }.lees();
        let o = lees(Some("2026-11-02"), None).unwrap();
        assert_eq!((o.van, o.tot), (date(2026, 11, 2), None));
        assert_eq!(lees(None, None).err().map(|f| f.veld), Some("van"));
        assert_eq!(
            lees(Some("2026-11-02"), Some("x")).err().map(|f| f.veld),
            Some("tot")
        );
    }
}
