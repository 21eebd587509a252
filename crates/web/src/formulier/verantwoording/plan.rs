//! A new version of the ondersteuningsplan, and the steps towards vaststelling: OOGO with a
//! gemeente and the ondersteuningsplanraad's vote. (The overleg with an overlapping
//! samenwerkingsverband and the indiening need only their date: [`verplichte_datum`].)

use crate::formulier::{Veldfout, verplichte_datum};
use jiff::civil::Date;
use passend_domain::Schooljaar;
use passend_domain::verantwoording::{Inhoud, Stemming};
use passend_store::verantwoording::{NieuwPlan, NieuweStreefwaarde};

/// The version's period and texts (the domain's [`Inhoud`], whose count of targets is not
/// read here); its targets come read already (the page has two rows of fields, the API a
/// list).
pub struct PlanVelden<'a> {
    pub van: &'a str,
    pub tot: &'a str,
    pub inhoud: Inhoud<'a>,
    pub streefwaarden: Vec<NieuweStreefwaarde>,
}

impl PlanVelden<'_> {
    pub fn lees(self) -> Result<NieuwPlan, Veldfout> {
        let i = &self.inhoud;
        Ok(NieuwPlan {
            van: schooljaar("van", self.van)?,
            tot: schooljaar("tot", self.tot)?,
            basisondersteuning: i.basisondersteuning.into(),
            extra_ondersteuning: i.extra_ondersteuning.into(),
            middelen: i.middelen.into(),
            tlv_procedure: i.tlv_procedure.into(),
            ouders: i.ouders.into(),
            doelen: i.doelen.into(),
            terugplaatsing: i.terugplaatsing.into(),
            overdrachten: i.overdrachten.into(),
            streefwaarden: self.streefwaarden,
        })
    }
}

fn schooljaar(veld: &'static str, tekst: &str) -> Result<Schooljaar, Veldfout> {
    Schooljaar::parse(tekst).map_err(|e| Veldfout::new(veld, e.to_string()))
}

/// The op overeenstemming gericht overleg with one gemeente.
pub struct Oogo {
    pub gemeentecode: String,
    pub datum: Date,
    /// `overeenstemming` or `geen overeenstemming`; the store judges it.
    pub uitkomst: String,
    pub verschillen: String,
}

pub struct OogoVelden<'a> {
    pub gemeentecode: &'a str,
    pub datum: Option<&'a str>,
    pub uitkomst: &'a str,
    pub verschillen: &'a str,
}

impl OogoVelden<'_> {
    pub fn lees(&self) -> Result<Oogo, Veldfout> {
        Ok(Oogo {
            gemeentecode: self.gemeentecode.trim().into(),
            datum: verplichte_datum("datum", self.datum)?,
            uitkomst: self.uitkomst.into(),
            verschillen: self.verschillen.into(),
        })
    }
}

/// The ondersteuningsplanraad's vote at one meeting.
pub struct Instemming {
    pub datum: Date,
    pub stemming: Stemming,
    pub voorwaarden: String,
}

/// The counts as typed; an absent count is none.
pub struct InstemmingVelden<'a> {
    pub datum: Option<&'a str>,
    pub voor: Option<&'a str>,
    pub tegen: Option<&'a str>,
    pub onthouding: Option<&'a str>,
    pub voorwaarden: &'a str,
}

impl InstemmingVelden<'_> {
    pub fn lees(&self) -> Result<Instemming, Veldfout> {
        let aantal = |veld, tekst: Option<&str>| {
            tekst.map_or(Ok(0), |t| {
                t.parse()
                    .map_err(|_| Veldfout::new(veld, format!("'{t}' is geen aantal")))
            })
        };
        Ok(Instemming {
            datum: verplichte_datum("datum", self.datum)?,
            stemming: Stemming {
                voor: aantal("voor", self.voor)?,
                tegen: aantal("tegen", self.tegen)?,
                onthouding: aantal("onthouding", self.onthouding)?,
            },
            voorwaarden: self.voorwaarden.into(),
        })
    }
}
