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
