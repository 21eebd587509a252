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
