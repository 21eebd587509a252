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

#[cfg(test)]
mod tests {
    use super::*;

    fn geschil<'a>(leerling: &'a str, soort: &'a str) -> GeschilVelden<'a> {
        GeschilVelden {
            leerling,
            soort,
            vestiging: " 90aa00",
            ingediend_op: Some("2026-10-01"),
            omschrijving: "bezwaar",
        }
    }

    #[test]
    fn a_dispute_names_pupil_kind_and_school() {
        let (leerling, g) = geschil(" 12 ", "verwijdering").lees().unwrap();
        assert_eq!(leerling, LeerlingId(12));
        assert_eq!(
            (g.soort, g.vestiging.as_str()),
            (GeschilSoort::Verwijdering, "90AA00")
        );
        assert_eq!(
            geschil("twaalf", "opp").lees().err(),
            Some(Veldfout::new("leerling", "'twaalf' is geen leerlingnummer"))
        );
        assert_eq!(
            geschil("12", "ruzie").lees().err().map(|f| f.veld),
            Some("soort")
        );
        let zonder_datum = GeschilVelden {
            ingediend_op: None,
            ..geschil("12", "opp")
        };
        assert_eq!(
            zonder_datum.lees().err().map(|f| f.veld),
            Some("ingediend_op")
        );
    }

    #[test]
    fn a_step_takes_what_is_there() {
        let stap = GeschilStapVelden {
            oordeel_datum: Some("2026-11-01"),
            oordeel: Some("gegrond"),
            reactie_datum: None,
            volgt_oordeel: Some(false),
            reactie: None,
        };
        let s = stap.lees().unwrap();
        assert_eq!(s.oordeel_datum, Some(jiff::civil::date(2026, 11, 1)));
        assert_eq!((s.reactie_datum, s.volgt_oordeel), (None, Some(false)));
        let fout = GeschilStapVelden {
            reactie_datum: Some("later"),
            ..stap
        };
        assert_eq!(fout.lees().err().map(|f| f.veld), Some("reactie_datum"));
    }
}
