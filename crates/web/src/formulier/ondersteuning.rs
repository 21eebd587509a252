//! Support for one child: the OPP's evaluation, and an arrangement's overleg, decision and
//! evaluation.

use super::{Veldfout, nodig, toegekend, verplichte_datum};
use passend_domain::arrangement::{Beslissing, Partij};
use passend_store::{OppEvaluatie, Overleg};

pub struct OppEvaluatieVelden<'a> {
    pub datum: Option<&'a str>,
    pub met_ouders: bool,
    pub verslag: &'a str,
}

impl OppEvaluatieVelden<'_> {
    pub fn lees(&self) -> Result<OppEvaluatie, Veldfout> {
        Ok(OppEvaluatie {
            datum: verplichte_datum("datum", self.datum)?,
            met_ouders: self.met_ouders,
            verslag: self.verslag.into(),
        })
    }
}

/// The loket/MDO table; who sat at it comes read already (checkboxes on the page, names in
/// the API).
pub struct OverlegVelden<'a> {
    pub datum: Option<&'a str>,
    pub deelnemers: Vec<Partij>,
    pub ouders_aanwezig: bool,
    pub stem_kind: &'a str,
    pub verslag: &'a str,
}

impl OverlegVelden<'_> {
    pub fn lees(self) -> Result<Overleg, Veldfout> {
        Ok(Overleg {
            datum: verplichte_datum("datum", self.datum)?,
            deelnemers: self.deelnemers,
            ouders_aanwezig: self.ouders_aanwezig,
            stem_kind: self.stem_kind.into(),
            verslag: self.verslag.into(),
        })
    }
}

/// The samenwerkingsverband's decision: `toegekend` needs what, from when to when and the
/// cost; `afgewezen` its reasons.
pub struct ArrangementBesluitVelden<'a> {
    pub besluit: &'a str,
    pub reden: &'a str,
    pub inhoud: &'a str,
    pub van: Option<&'a str>,
    pub tot: Option<&'a str>,
    pub kosten: Option<&'a str>,
}

impl ArrangementBesluitVelden<'_> {
    pub fn lees(&self) -> Result<Beslissing, Veldfout> {
        if !toegekend("besluit", self.besluit)? {
            return Ok(Beslissing::Afgewezen {
                reden: self.reden.into(),
            });
        }
        let van = verplichte_datum("van", self.van)?;
        let tot = verplichte_datum("tot", self.tot)?;
        let kosten = nodig("kosten", self.kosten, "vul een bedrag in")?;
        Ok(Beslissing::Toegekend {
            inhoud: self.inhoud.into(),
            van,
            tot,
            kosten: passend_store::bedrag(kosten)
                .map_err(|e| Veldfout::new("kosten", e.to_string()))?,
        })
    }
}
