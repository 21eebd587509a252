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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn plan<'a>(van: &'a str, tot: &'a str) -> PlanVelden<'a> {
        PlanVelden {
            van,
            tot,
            inhoud: Inhoud {
                basisondersteuning: "basis",
                ..Inhoud::default()
            },
            streefwaarden: Vec::new(),
        }
    }

    #[test]
    fn a_plan_runs_over_schooljaren() {
        let p = plan("2027-2028", "2030-2031").lees().unwrap();
        assert_eq!(
            (p.van.to_string(), p.tot.to_string()),
            ("2027-2028".into(), "2030-2031".into())
        );
        assert_eq!(p.basisondersteuning, "basis");
        let fout = plan("2027", "2030-2031").lees().unwrap_err();
        assert_eq!(fout.veld, "van");
        assert!(
            fout.melding.contains("'2027' is geen schooljaar"),
            "{fout:?}"
        );
        assert_eq!(plan("2027-2028", "").lees().unwrap_err().veld, "tot");
    }

    #[test]
    fn oogo_needs_its_date() {
        let oogo = |datum| {
            OogoVelden {
                gemeentecode: " 0356 ",
                datum,
                uitkomst: "overeenstemming",
                verschillen: "",
            }
            .lees()
        };
        let o = oogo(Some("2026-10-01")).unwrap();
        assert_eq!(
            (o.gemeentecode.as_str(), o.datum),
            ("0356", date(2026, 10, 1))
        );
        assert_eq!(
            oogo(None).err(),
            Some(Veldfout::new("datum", "vul een datum in"))
        );
        assert_eq!(oogo(Some("1 oktober")).err().map(|f| f.veld), Some("datum"));
    }

    #[test]
    fn a_vote_counts_what_is_typed() {
        let stem = |voor, onthouding| {
            InstemmingVelden {
                datum: Some("2026-11-01"),
                voor,
                tegen: Some("1"),
                onthouding,
                voorwaarden: "",
            }
            .lees()
        };
        let i = stem(Some("7"), None).unwrap();
        assert_eq!(
            i.stemming,
            Stemming {
                voor: 7,
                tegen: 1,
                onthouding: 0
            }
        );
        assert_eq!(
            stem(Some("zeven"), None).err(),
            Some(Veldfout::new("voor", "'zeven' is geen aantal"))
        );
        assert_eq!(
            stem(Some("7"), Some("-")).err().map(|f| f.veld),
            Some("onthouding")
        );
    }
}
