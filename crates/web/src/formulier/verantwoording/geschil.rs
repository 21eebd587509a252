//! A dispute about one pupil, and its later steps.

use crate::formulier::{Veldfout, datum, leerlingnummer, verplichte_datum};
use passend_domain::verantwoording::GeschilSoort;
use passend_store::LeerlingId;
use passend_store::verantwoording::{GeschilStap, NieuwGeschil};

/// The pupil (by number) and the dispute.
pub struct GeschilVelden<'a> {
    pub leerling: &'a str,
    pub soort: &'a str,
    pub vestiging: &'a str,
    pub ingediend_op: Option<&'a str>,
    pub omschrijving: &'a str,
}

impl GeschilVelden<'_> {
    pub fn lees(&self) -> Result<(LeerlingId, NieuwGeschil), Veldfout> {
        let leerling = leerlingnummer(self.leerling)?;
        let soort = GeschilSoort::parse(self.soort).ok_or_else(|| {
            Veldfout::new(
                "soort",
                format!(
                    "'{}' is geen soort: toelating, verwijdering, opp of onderwijsconsulent",
                    self.soort
                ),
            )
        })?;
        Ok((
            leerling,
            NieuwGeschil {
                soort,
                vestiging: self.vestiging.trim().to_uppercase(),
                ingediend_op: verplichte_datum("ingediend_op", self.ingediend_op)?,
                omschrijving: self.omschrijving.into(),
            },
        ))
    }
}

/// The oordeel and the board's response; what is absent stays as it was.
pub struct GeschilStapVelden<'a> {
    pub oordeel_datum: Option<&'a str>,
    pub oordeel: Option<&'a str>,
    pub reactie_datum: Option<&'a str>,
    pub volgt_oordeel: Option<bool>,
    pub reactie: Option<&'a str>,
}

impl GeschilStapVelden<'_> {
    pub fn lees(&self) -> Result<GeschilStap, Veldfout> {
        Ok(GeschilStap {
            oordeel_datum: datum("oordeel_datum", self.oordeel_datum)?,
            oordeel: self.oordeel.map(String::from),
            reactie_datum: datum("reactie_datum", self.reactie_datum)?,
            volgt_oordeel: self.volgt_oordeel,
            reactie: self.reactie.map(String::from),
        })
    }
}
