//! A request for a vrijstelling, recorded by the leerplichtambtenaar.

use super::{Veldfout, datum, leerlingnummer, nodig, verplichte_datum};
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_store::NieuweVrijstelling;

/// A document handed in with the request (the page has one row for it).
pub struct DocumentVelden<'a> {
    pub soort: &'a str,
    pub datum: Option<&'a str>,
    pub omschrijving: &'a str,
}

pub struct VrijstellingVelden<'a> {
    pub leerling: &'a str,
    pub grond: &'a str,
    pub van: Option<&'a str>,
    pub tot: Option<&'a str>,
    pub verklaring_datum: Option<&'a str>,
    pub verklaring_van_behandelaar: bool,
    pub swv_advies_uiterlijk: Option<&'a str>,
    pub document: Option<DocumentVelden<'a>>,
}

impl VrijstellingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweVrijstelling, Veldfout> {
        let leerling = leerlingnummer(self.leerling)?;
        let grond = Grond::parse(self.grond).map_err(|e| Veldfout::new("grond", e.to_string()))?;
        let van = datum("van", self.van)?;
        let van = nodig("van", van, "vul de begindatum in")?;
        let verklaring = datum("verklaring_datum", self.verklaring_datum)?.map(|d| Verklaring {
            datum: d,
            van_behandelaar: self.verklaring_van_behandelaar,
        });
        let documenten = match &self.document {
            Some(d) => vec![(
                d.soort.to_string(),
                verplichte_datum("document_datum", d.datum)?,
                d.omschrijving.to_string(),
            )],
            None => Vec::new(),
        };
        Ok(NieuweVrijstelling {
            leerling,
            grond,
            van,
            tot: datum("tot", self.tot)?,
            verklaring,
            swv_advies_uiterlijk: datum("swv_advies_uiterlijk", self.swv_advies_uiterlijk)?,
            documenten,
        })
    }
}
