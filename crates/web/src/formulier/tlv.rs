//! The toelaatbaarheidsverklaring: the request, a deskundige's advice, the decision, and the
//! steps of a bezwaar.

use super::{Veldfout, datum, nodig, toegekend, verplichte_datum};
use passend_domain::VestigingCode;
use passend_domain::tlv::{Categorie, TlvSoort};
use passend_store::{BezwaarStap, NieuwAdvies, TlvAanvraag, TlvBesluit};

/// The request; without a requesting vestiging it is the caller's own (a school's).
pub struct TlvAanvraagVelden<'a> {
    pub soort: &'a str,
    pub aanvragende_vestiging: Option<&'a str>,
    pub ontvangende_vestiging: Option<&'a str>,
    pub toelichting: &'a str,
    pub eigen_vestiging: Option<&'a str>,
}

impl TlvAanvraagVelden<'_> {
    pub fn lees(&self) -> Result<TlvAanvraag, Veldfout> {
        let vestiging =
            |veld, code| VestigingCode::parse(code).map_err(|e| Veldfout::new(veld, e.to_string()));
        let aanvrager = nodig(
            "aanvragende_vestiging",
            self.aanvragende_vestiging.or(self.eigen_vestiging),
            "dit veld is nodig",
        )?;
        Ok(TlvAanvraag {
            soort: TlvSoort::parse(self.soort)
                .map_err(|e| Veldfout::new("soort", e.to_string()))?,
            aanvragende_vestiging: vestiging("aanvragende_vestiging", aanvrager)?,
            ontvangende_vestiging: self
                .ontvangende_vestiging
                .map(|code| vestiging("ontvangende_vestiging", code))
                .transpose()?,
            toelichting: self.toelichting.into(),
        })
    }
}

/// One of the two advices: `volgorde` 1 or 2 as typed.
pub struct AdviesVelden<'a> {
    pub volgorde: &'a str,
    pub datum: Option<&'a str>,
    pub advies: &'a str,
}

impl AdviesVelden<'_> {
    pub fn lees(&self) -> Result<NieuwAdvies, Veldfout> {
        Ok(NieuwAdvies {
            volgorde: self
                .volgorde
                .trim()
                .parse()
                .map_err(|_| Veldfout::new("volgorde", "advies 1 of 2"))?,
            datum: verplichte_datum("datum", self.datum)?,
            advies: self.advies.into(),
        })
    }
}

/// The decision: `toegekend` from an ingang (and to an end, or the earliest the law allows),
/// `afgewezen` with its reasons.
pub struct TlvBesluitVelden<'a> {
    pub besluit: &'a str,
    pub reden: &'a str,
    pub categorie: Option<&'a str>,
    pub ingang: Option<&'a str>,
    pub einde: Option<&'a str>,
}

impl TlvBesluitVelden<'_> {
    pub fn lees(&self) -> Result<TlvBesluit, Veldfout> {
        if !toegekend("besluit", self.besluit)? {
            return Ok(TlvBesluit::Afgewezen {
                reden: self.reden.into(),
            });
        }
        Ok(TlvBesluit::Toegekend {
            categorie: self
                .categorie
                .map(Categorie::parse)
                .transpose()
                .map_err(|e| Veldfout::new("categorie", e.to_string()))?,
            ingang: verplichte_datum("ingang", self.ingang)?,
            einde: datum("einde", self.einde)?,
        })
    }
}

/// A step in a bezwaar; what is absent stays as it was.
pub struct BezwaarStapVelden<'a> {
    pub verdaagd: Option<bool>,
    pub advies_datum: Option<&'a str>,
    pub advies: Option<&'a str>,
    pub besluit_datum: Option<&'a str>,
    pub uitkomst: Option<&'a str>,
}

impl BezwaarStapVelden<'_> {
    pub fn lees(&self) -> Result<BezwaarStap, Veldfout> {
        Ok(BezwaarStap {
            verdaagd: self.verdaagd,
            advies_datum: datum("advies_datum", self.advies_datum)?,
            advies: self.advies.map(String::from),
            besluit_datum: datum("besluit_datum", self.besluit_datum)?,
            uitkomst: self.uitkomst.map(String::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn aanvraag<'a>(aanvrager: Option<&'a str>, eigen: Option<&'a str>) -> TlvAanvraagVelden<'a> {
        TlvAanvraagVelden {
            soort: "so",
            aanvragende_vestiging: aanvrager,
            ontvangende_vestiging: None,
            toelichting: "",
            eigen_vestiging: eigen,
        }
    }

    #[test]
    fn a_request_comes_from_a_vestiging() {
        let eigen = aanvraag(None, Some("90AA00")).lees().unwrap();
        assert_eq!(eigen.aanvragende_vestiging.as_str(), "90AA00");
        let genoemd = aanvraag(Some("90AB00"), Some("90AA00")).lees().unwrap();
        assert_eq!(genoemd.aanvragende_vestiging.as_str(), "90AB00");
        assert_eq!(
            aanvraag(None, None).lees().err(),
            Some(Veldfout::new("aanvragende_vestiging", "dit veld is nodig"))
        );
        assert_eq!(
            aanvraag(Some("90"), None).lees().err().map(|f| f.veld),
            Some("aanvragende_vestiging")
        );
        let ontvanger = TlvAanvraagVelden {
            ontvangende_vestiging: Some("x"),
            ..aanvraag(None, Some("90AA00"))
        };
        assert_eq!(
            ontvanger.lees().err().map(|f| f.veld),
            Some("ontvangende_vestiging")
        );
        let soort = TlvAanvraagVelden {
            soort: "mbo",
            ..aanvraag(None, Some("90AA00"))
        };
        assert_eq!(soort.lees().err().map(|f| f.veld), Some("soort"));
    }

    #[test]
    fn an_advice_is_the_first_or_the_second() {
        let advies = |volgorde, datum| {
            AdviesVelden {
                volgorde,
                datum,
                advies: "toelaatbaar",
            }
            .lees()
        };
        let a = advies(" 2", Some("2026-11-20")).unwrap();
        assert_eq!((a.volgorde, a.datum), (2, date(2026, 11, 20)));
        assert_eq!(
            advies("twee", Some("2026-11-20")).err(),
            Some(Veldfout::new("volgorde", "advies 1 of 2"))
        );
        assert_eq!(advies("1", None).err().map(|f| f.veld), Some("datum"));
    }

    #[test]
    fn a_grant_starts_on_its_ingang() {
        let besluit = |besluit, ingang| TlvBesluitVelden {
            besluit,
            reden: "",
            categorie: Some("laag"),
            ingang,
            einde: None,
        };
        assert_eq!(
            besluit("toegekend", Some("2026-09-15")).lees(),
            Ok(TlvBesluit::Toegekend {
                categorie: Some(Categorie::parse("laag").unwrap()),
                ingang: date(2026, 9, 15),
                einde: None,
            })
        );
        assert_eq!(
            besluit("toegekend", None).lees().err().map(|f| f.veld),
            Some("ingang")
        );
        let categorie = TlvBesluitVelden {
            categorie: Some("XL"),
            ..besluit("toegekend", Some("2026-09-15"))
        };
        assert_eq!(categorie.lees().err().map(|f| f.veld), Some("categorie"));
        assert_eq!(
            besluit("nee", None).lees().err().map(|f| f.veld),
            Some("besluit")
        );
    }

    #[test]
    fn a_bezwaar_step_takes_what_is_there() {
        let stap = BezwaarStapVelden {
            verdaagd: Some(true),
            advies_datum: None,
            advies: None,
            besluit_datum: Some("2026-12-01"),
            uitkomst: Some("ongegrond"),
        };
        let s = stap.lees().unwrap();
        assert_eq!(s.besluit_datum, Some(date(2026, 12, 1)));
        let fout = BezwaarStapVelden {
            advies_datum: Some("gisteren"),
            ..stap
        };
        assert_eq!(fout.lees().err().map(|f| f.veld), Some("advies_datum"));
    }
}
