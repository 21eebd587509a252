//! The other school's willingness: the question of the school of aanmelding, the asked
//! school's answer, and the SWV's advice on a vrijstelling (each a party's own step).

use super::{Veldfout, ja_nee, nodig, verplichte_datum};
use jiff::civil::Date;

/// The answer as typed: `bereid` is `ja` or `nee`, with the date of the answer.
pub struct AntwoordVelden<'a> {
    pub bereid: &'a str,
    pub datum: Option<&'a str>,
}

impl AntwoordVelden<'_> {
    pub fn lees(&self) -> Result<(bool, Date), Veldfout> {
        let bereid = nodig("bereid", ja_nee("bereid", self.bereid)?, "kies ja of nee")?;
        Ok((bereid, verplichte_datum("datum", self.datum)?))
    }
}

/// The question: which vestiging (a code from the register) and what is shared.
pub struct VraagVelden<'a> {
    pub vestiging: &'a str,
    pub ondersteuningsbehoefte: &'a str,
    pub ouders_akkoord: bool,
}

impl VraagVelden<'_> {
    pub fn lees(&self) -> Result<(), Veldfout> {
        if self.vestiging.trim().is_empty() {
            return Err(Veldfout::new("vestiging", "kies een school"));
        }
        if self.ondersteuningsbehoefte.trim().is_empty() {
            return Err(Veldfout::new(
                "ondersteuningsbehoefte",
                "beschrijf de ondersteuningsbehoefte die de ouders laten delen",
            ));
        }
        if !self.ouders_akkoord {
            return Err(Veldfout::new(
                "ouders_akkoord",
                "de ouders moeten met het delen hebben ingestemd",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_answer_is_yes_or_no_with_a_date() {
        let lees = |bereid, datum| AntwoordVelden { bereid, datum }.lees();
        assert_eq!(
            lees("ja", Some("2026-12-07")),
            Ok((true, date(2026, 12, 7)))
        );
        assert_eq!(lees("", Some("2026-12-07")).unwrap_err().veld, "bereid");
        assert_eq!(lees("nee", None).unwrap_err().veld, "datum");
        let vraag = |v, o, a| {
            VraagVelden {
                vestiging: v,
                ondersteuningsbehoefte: o,
                ouders_akkoord: a,
            }
            .lees()
        };
        assert_eq!(vraag("", "x", true).unwrap_err().veld, "vestiging");
        assert_eq!(
            vraag("90AB00", " ", true).unwrap_err().veld,
            "ondersteuningsbehoefte"
        );
        assert_eq!(
            vraag("90AB00", "x", false).unwrap_err().veld,
            "ouders_akkoord"
        );
        assert_eq!(vraag("90AB00", "x", true), Ok(()));
    }
}
