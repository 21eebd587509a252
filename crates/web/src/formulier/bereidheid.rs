//! The other school's willingness: the question of the school of aanmelding, the asked
//! school's answer, and the SWV's advice on a vrijstelling (each a party's own step).

use super::{Veldfout, ja_nee, nodig, verplichte_datum};
use jiff::civil::Date;

/// The answer as typed: `bereid` is `ja` or `nee`, with the date of the answer.
pub struct AntwoordVelden<'a> {
    pub bereid: &'a str,
    pub datum: Option<&'a str>,
}

impl AntwoordVelden<'_> {
    pub fn lees(&self) -> Result<(bool, Date), Veldfout> {
        let bereid = nodig("bereid", ja_nee("bereid", self.bereid)?, "kies ja of nee")?;
        Ok((bereid, verplichte_datum("datum", self.datum)?))
    }
}

/// The question: which vestiging (a code from the register) and what is shared.
pub struct VraagVelden<'a> {
    pub vestiging: &'a str,
    pub ondersteuningsbehoefte: &'a str,
    pub ouders_akkoord: bool,
}

impl VraagVelden<'_> {
    pub fn lees(&self) -> Result<(), Veldfout> {
        if self.vestiging.trim().is_empty() {
            return Err(Veldfout::new("vestiging", "kies een school"));
        }
        if self.ondersteuningsbehoefte.trim().is_empty() {
            return Err(Veldfout::new(
                "ondersteuningsbehoefte",
                "beschrijf de ondersteuningsbehoefte die de ouders laten delen",
            ));
        }
        if !self.ouders_akkoord {
            return Err(Veldfout::new(
                "ouders_akkoord",
                "de ouders moeten met het delen hebben ingestemd",
            ));
        }
        Ok(())
    }
}
