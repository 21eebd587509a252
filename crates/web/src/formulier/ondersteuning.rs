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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn evaluations_and_tables_need_their_date() {
        let e = OppEvaluatieVelden {
            datum: Some("2026-11-20"),
            met_ouders: true,
            verslag: "doelen gehaald",
        };
        assert_eq!(e.lees().unwrap().datum, date(2026, 11, 20));
        let zonder = OppEvaluatieVelden { datum: None, ..e };
        assert_eq!(zonder.lees().err().map(|f| f.veld), Some("datum"));
        let overleg = |datum| {
            OverlegVelden {
                datum,
                deelnemers: vec![Partij::School],
                ouders_aanwezig: false,
                stem_kind: "gehoord",
                verslag: "",
            }
            .lees()
        };
        assert_eq!(
            overleg(Some("2026-11-19")).unwrap().deelnemers,
            [Partij::School]
        );
        assert_eq!(overleg(Some("19-11")).err().map(|f| f.veld), Some("datum"));
    }

    #[test]
    fn a_grant_needs_period_and_cost() {
        let besluit = |besluit, kosten| ArrangementBesluitVelden {
            besluit,
            reden: "",
            inhoud: "2 uur per week",
            van: Some("2026-12-01"),
            tot: Some("2027-07-31"),
            kosten,
        };
        let Ok(Beslissing::Toegekend { kosten, tot, .. }) =
            besluit("toegekend", Some("4.500,00")).lees()
        else {
            panic!("toegekend");
        };
        assert_eq!(
            (kosten.to_string(), tot),
            ("4500.00".into(), date(2027, 7, 31))
        );
        assert_eq!(
            besluit("toegekend", None).lees().err(),
            Some(Veldfout::new("kosten", "vul een bedrag in"))
        );
        assert_eq!(
            besluit("toegekend", Some("veel"))
                .lees()
                .err()
                .map(|f| f.veld),
            Some("kosten")
        );
        assert!(matches!(
            besluit("afgewezen", None).lees(),
            Ok(Beslissing::Afgewezen { .. })
        ));
        assert_eq!(
            besluit("later", None).lees().err().map(|f| f.veld),
            Some("besluit")
        );
        let zonder_van = ArrangementBesluitVelden {
            van: None,
            ..besluit("toegekend", Some("1"))
        };
        assert_eq!(zonder_van.lees().err().map(|f| f.veld), Some("van"));
    }
}
