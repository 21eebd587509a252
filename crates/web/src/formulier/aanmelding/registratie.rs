//! A written registration at the school's own vestiging, with the child.

use crate::formulier::{Veldfout, datum, nodig};
use jiff::civil::Date;
use passend_domain::{
    Bsn, Leerling, LeerlingError, Naam, Onderwijsnummer, Postcode, RegioIndeling, VestigingCode,
};
use passend_store::NieuweAanmelding;

/// The child: a BSN or else an onderwijsnummer, and always the personal details, so that no
/// answer tells whether a number is known already.
pub struct LeerlingVelden<'a> {
    pub bsn: Option<&'a str>,
    pub onderwijsnummer: Option<&'a str>,
    pub voornaam: &'a str,
    pub tussenvoegsel: Option<&'a str>,
    pub achternaam: &'a str,
    pub geboortedatum: Option<&'a str>,
    pub woon_postcode: &'a str,
}

impl LeerlingVelden<'_> {
    pub fn lees(&self, today: Date) -> Result<Leerling, Veldfout> {
        let fout = |veld, e: &dyn std::fmt::Display| Veldfout::new(veld, e.to_string());
        let (bsn, onderwijsnummer) = match (self.bsn, self.onderwijsnummer) {
            (Some(b), None) => (
                Some(Bsn::parse(b).map_err(|e| fout("leerling.bsn", &e))?),
                None,
            ),
            (None, Some(o)) => (
                None,
                Some(Onderwijsnummer::parse(o).map_err(|e| fout("leerling.onderwijsnummer", &e))?),
            ),
            (Some(_), Some(_)) => {
                return Err(Veldfout::new(
                    "leerling.bsn",
                    "geef een BSN of een onderwijsnummer, niet beide",
                ));
            }
            (None, None) => return Err(fout("leerling.bsn", &LeerlingError::GeenPersoonsnummer)),
        };
        let naam = Naam::new(self.voornaam, self.tussenvoegsel, self.achternaam).map_err(|e| {
            let veld = match e {
                LeerlingError::NaamLeeg("voornaam") => "leerling.voornaam",
                LeerlingError::NaamLeeg(_) => "leerling.achternaam",
                _ => "leerling",
            };
            fout(veld, &e)
        })?;
        let geboren = datum("leerling.geboortedatum", self.geboortedatum)?;
        let geboren = nodig("leerling.geboortedatum", geboren, "vul de geboortedatum in")?;
        let postcode =
            Postcode::parse(self.woon_postcode).map_err(|e| fout("leerling.woon_postcode", &e))?;
        // The store checks this too; here the refusal can name the field.
        RegioIndeling::officieel()
            .woon_swv(postcode.pc4())
            .map_err(|e| fout("leerling.woon_postcode", &e))?;
        Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
            .map_err(|e| fout("leerling.geboortedatum", &e))
    }
}

/// The registration; the day it was received starts the law's terms.
pub struct AanmeldingVelden<'a> {
    pub leerling: LeerlingVelden<'a>,
    pub ontvangen: Option<&'a str>,
    pub gewenste_start: Option<&'a str>,
    pub eerste_voorkeur: bool,
    pub andere_scholen: &'a str,
    pub extra_ondersteuning: bool,
    pub beoordeling: Option<&'a str>,
}

impl AanmeldingVelden<'_> {
    /// The registration at `vestiging`, which the caller has checked is its own.
    pub fn lees(
        &self,
        vestiging: VestigingCode,
        today: Date,
    ) -> Result<NieuweAanmelding, Veldfout> {
        let ontvangen = datum("ontvangen", self.ontvangen)?;
        let ontvangen = nodig("ontvangen", ontvangen, "vul de datum van ontvangst in")?;
        if ontvangen > today {
            return Err(Veldfout::new(
                "ontvangen",
                "de datum van ontvangst ligt in de toekomst",
            ));
        }
        Ok(NieuweAanmelding {
            leerling: self.leerling.lees(today)?,
            vestiging,
            ontvangen,
            gewenste_start: datum("gewenste_start", self.gewenste_start)?,
            eerste_voorkeur: self.eerste_voorkeur,
            andere_scholen: self.andere_scholen.into(),
            extra_ondersteuning: self.extra_ondersteuning,
            beoordeling: self.beoordeling.map(String::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const VANDAAG: Date = date(2026, 11, 22);

    fn kind<'a>(bsn: Option<&'a str>, woon_postcode: &'a str) -> LeerlingVelden<'a> {
        LeerlingVelden {
            bsn,
            onderwijsnummer: None,
            voornaam: "Lotte",
            tussenvoegsel: None,
            achternaam: "Jansen",
            geboortedatum: Some("2020-02-29"),
            woon_postcode,
        }
    }

    fn aanmelding<'a>(leerling: LeerlingVelden<'a>, ontvangen: &'a str) -> AanmeldingVelden<'a> {
        AanmeldingVelden {
            leerling,
            ontvangen: Some(ontvangen),
            gewenste_start: Some("2027-01-05"),
            eerste_voorkeur: true,
            andere_scholen: "",
            extra_ondersteuning: false,
            beoordeling: None,
        }
    }

    fn veld(a: AanmeldingVelden) -> Option<&'static str> {
        let vestiging = VestigingCode::parse("90AA00").unwrap();
        a.lees(vestiging, VANDAAG).err().map(|f| f.veld)
    }

    #[test]
    fn a_registration_with_the_child() {
        let a = aanmelding(kind(Some("123456782"), "3431 AB"), "2026-11-12");
        let n = a
            .lees(VestigingCode::parse("90AA00").unwrap(), VANDAAG)
            .unwrap();
        assert_eq!(n.ontvangen, date(2026, 11, 12));
        assert_eq!(n.gewenste_start, Some(date(2027, 1, 5)));
        assert!(n.eerste_voorkeur);
    }

    #[test]
    fn each_refusal_names_its_field() {
        let goed = || kind(Some("123456782"), "3431 AB");
        let cases = [
            (
                aanmelding(kind(None, "3431 AB"), "2026-11-12"),
                "leerling.bsn",
            ),
            (
                aanmelding(kind(Some("123"), "3431 AB"), "2026-11-12"),
                "leerling.bsn",
            ),
            (
                aanmelding(
                    LeerlingVelden {
                        onderwijsnummer: Some("100000041"),
                        ..goed()
                    },
                    "2026-11-12",
                ),
                "leerling.bsn",
            ),
            (
                aanmelding(
                    LeerlingVelden {
                        voornaam: " ",
                        ..goed()
                    },
                    "2026-11-12",
                ),
                "leerling.voornaam",
            ),
            (
                aanmelding(
                    LeerlingVelden {
                        achternaam: "",
                        ..goed()
                    },
                    "2026-11-12",
                ),
                "leerling.achternaam",
            ),
            (
                aanmelding(
                    LeerlingVelden {
                        geboortedatum: Some("29-02-2020"),
                        ..goed()
                    },
                    "2026-11-12",
                ),
                "leerling.geboortedatum",
            ),
            (
                aanmelding(
                    LeerlingVelden {
                        geboortedatum: Some("2026-12-01"),
                        ..goed()
                    },
                    "2026-11-12",
                ),
                "leerling.geboortedatum",
            ),
            (
                aanmelding(kind(Some("123456782"), "34"), "2026-11-12"),
                "leerling.woon_postcode",
            ),
            (
                aanmelding(kind(Some("123456782"), "1000 AA"), "2026-11-12"),
                "leerling.woon_postcode",
            ),
            (aanmelding(goed(), "2026-11-23"), "ontvangen"),
            (aanmelding(goed(), "gisteren"), "ontvangen"),
            (
                AanmeldingVelden {
                    gewenste_start: Some("januari"),
                    ..aanmelding(goed(), "2026-11-12")
                },
                "gewenste_start",
            ),
        ];
        for (a, want) in cases {
            assert_eq!(veld(a), Some(want));
        }
        let zonder = AanmeldingVelden {
            ontvangen: None,
            ..aanmelding(goed(), "2026-11-12")
        };
        assert_eq!(
            zonder
                .lees(VestigingCode::parse("90AA00").unwrap(), VANDAAG)
                .err(),
            Some(Veldfout::new("ontvangen", "vul de datum van ontvangst in"))
        );
    }
}
