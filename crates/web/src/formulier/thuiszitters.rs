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
