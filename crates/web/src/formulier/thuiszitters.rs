//! A thuiszitter case: opened for one pupil, and closed on the day it was solved. (The day
//! of the offer is a plain [`datum`].)

use super::{Veldfout, datum, nodig};
use jiff::civil::Date;
use passend_domain::thuiszitters::Soort;

/// The kind of absence and the first day at home.
pub struct ZaakVelden<'a> {
    pub soort: &'a str,
    pub startdatum: Option<&'a str>,
}

impl ZaakVelden<'_> {
    pub fn lees(&self) -> Result<(Soort, Date), Veldfout> {
        let soort = Soort::parse(self.soort).ok_or_else(|| {
            Veldfout::new("soort", format!("'{}' is geen soort verzuim", self.soort))
        })?;
        let start = datum("startdatum", self.startdatum)?;
        Ok((
            soort,
            nodig("startdatum", start, "vul de eerste dag thuis in")?,
        ))
    }
}

/// The day the case was solved: back at school, or the offer accepted.
pub fn opgelost_op(tekst: Option<&str>) -> Result<Date, Veldfout> {
    let op = datum("opgelost_op", tekst)?;
    nodig("opgelost_op", op, "vul de datum van de oplossing in")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_has_a_kind_and_a_first_day() {
        let zaak = |soort, startdatum| ZaakVelden { soort, startdatum }.lees();
        let (soort, start) = zaak("absoluut_verzuim", Some("2026-10-01")).unwrap();
        assert_eq!(
            (soort, start),
            (Soort::AbsoluutVerzuim, jiff::civil::date(2026, 10, 1))
        );
        assert_eq!(
            zaak("x", Some("2026-10-01")).err(),
            Some(Veldfout::new("soort", "'x' is geen soort verzuim"))
        );
        assert_eq!(
            zaak("absoluut_verzuim", None).err().map(|f| f.veld),
            Some("startdatum")
        );
    }

    #[test]
    fn a_case_is_solved_on_a_day() {
        assert_eq!(
            opgelost_op(Some("2026-11-02")),
            Ok(jiff::civil::date(2026, 11, 2))
        );
        assert_eq!(
            opgelost_op(None),
            Err(Veldfout::new(
                "opgelost_op",
                "vul de datum van de oplossing in"
            ))
        );
    }
}
