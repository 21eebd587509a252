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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use passend_store::LeerlingId;

    fn aanvraag<'a>(leerling: &'a str, grond: &'a str) -> VrijstellingVelden<'a> {
        VrijstellingVelden {
            leerling,
            grond,
            van: Some("2026-09-01"),
            tot: None,
            verklaring_datum: Some("2026-08-15"),
            verklaring_van_behandelaar: false,
            swv_advies_uiterlijk: None,
            document: None,
        }
    }

    #[test]
    fn a_request_names_pupil_ground_and_start() {
        let v = aanvraag("12", "5a").lees().unwrap();
        assert_eq!((v.leerling, v.van), (LeerlingId(12), date(2026, 9, 1)));
        assert_eq!(v.verklaring.map(|v| v.datum), Some(date(2026, 8, 15)));
        assert!(v.documenten.is_empty());
        assert_eq!(
            aanvraag("Sem", "5a").lees().err(),
            Some(Veldfout::new("leerling", "'Sem' is geen leerlingnummer"))
        );
        assert_eq!(
            aanvraag("12", "9z").lees().err().map(|f| f.veld),
            Some("grond")
        );
        let zonder_van = VrijstellingVelden {
            van: None,
            ..aanvraag("12", "5a")
        };
        assert_eq!(
            zonder_van.lees().err(),
            Some(Veldfout::new("van", "vul de begindatum in"))
        );
    }

    #[test]
    fn a_document_needs_its_date() {
        let met = |datum| VrijstellingVelden {
            document: Some(DocumentVelden {
                soort: "verklaring",
                datum,
                omschrijving: "arts",
            }),
            ..aanvraag("12", "5a")
        };
        let v = met(Some("2026-08-20")).lees().unwrap();
        assert_eq!(v.documenten[0].1, date(2026, 8, 20));
        assert_eq!(
            met(None).lees().err().map(|f| f.veld),
            Some("document_datum")
        );
    }
}
