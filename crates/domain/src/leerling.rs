//! A leerling: who the pupil is, where they live, and how old they are on a day.

use crate::bsn::{Bsn, Onderwijsnummer};
use crate::postcode::Postcode;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LeerlingError {
    #[error("de {0} ontbreekt")]
    NaamLeeg(&'static str),
    #[error("de geboortedatum {0} ligt in de toekomst")]
    GeboortedatumToekomst(Date),
    #[error("de geboortedatum {0} is niet aannemelijk voor een leerling (ouder dan 30 jaar)")]
    GeboortedatumTeOud(Date),
    #[error("een leerling heeft een BSN of een onderwijsnummer nodig")]
    GeenPersoonsnummer,
}

/// First name, optional tussenvoegsel ("van", "de") and achternaam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Naam {
    pub voornaam: String,
    pub tussenvoegsel: Option<String>,
    pub achternaam: String,
}

impl Naam {
    pub fn new(
        voornaam: &str,
        tussenvoegsel: Option<&str>,
        achternaam: &str,
    ) -> Result<Self, LeerlingError> {
        let voornaam = voornaam.trim();
        let achternaam = achternaam.trim();
        if voornaam.is_empty() {
            return Err(LeerlingError::NaamLeeg("voornaam"));
        }
        if achternaam.is_empty() {
            return Err(LeerlingError::NaamLeeg("achternaam"));
        }
        Ok(Self {
            voornaam: voornaam.to_string(),
            tussenvoegsel: tussenvoegsel
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(String::from),
            achternaam: achternaam.to_string(),
        })
    }

    /// "Sanne van den Berg".
    pub fn volledig(&self) -> String {
        match &self.tussenvoegsel {
            Some(t) => format!("{} {} {}", self.voornaam, t, self.achternaam),
            None => format!("{} {}", self.voornaam, self.achternaam),
        }
    }
}

/// The person data of a pupil, validated. Identifiers: a BSN, or an onderwijsnummer when
/// there is no verifiable BSN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leerling {
    pub naam: Naam,
    pub geboortedatum: Date,
    pub postcode: Postcode,
    pub bsn: Option<Bsn>,
    pub onderwijsnummer: Option<Onderwijsnummer>,
}

impl Leerling {
    /// Validates against `today` (the caller's clock: the domain reads none).
    pub fn new(
        naam: Naam,
        geboortedatum: Date,
        postcode: Postcode,
        bsn: Option<Bsn>,
        onderwijsnummer: Option<Onderwijsnummer>,
        today: Date,
    ) -> Result<Self, LeerlingError> {
        if geboortedatum > today {
            return Err(LeerlingError::GeboortedatumToekomst(geboortedatum));
        }
        if leeftijd_op(geboortedatum, today) > 30 {
            return Err(LeerlingError::GeboortedatumTeOud(geboortedatum));
        }
        if bsn.is_none() && onderwijsnummer.is_none() {
            return Err(LeerlingError::GeenPersoonsnummer);
        }
        Ok(Self {
            naam,
            geboortedatum,
            postcode,
            bsn,
            onderwijsnummer,
        })
    }
}

/// Age in whole years on a day; someone born on 29 February turns a year older on
/// 1 March in a non-leap year.
pub fn leeftijd_op(geboortedatum: Date, day: Date) -> i16 {
    let mut years = day.year() - geboortedatum.year();
    if (day.month(), day.day()) < (geboortedatum.month(), geboortedatum.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn ages() {
        assert_eq!(leeftijd_op(date(2014, 10, 2), date(2026, 10, 1)), 11);
        assert_eq!(leeftijd_op(date(2014, 10, 1), date(2026, 10, 1)), 12);
        assert_eq!(leeftijd_op(date(2016, 2, 29), date(2025, 2, 28)), 8);
        assert_eq!(leeftijd_op(date(2016, 2, 29), date(2025, 3, 1)), 9);
    }

    #[test]
    fn validates_pupil() {
        let naam = Naam::new("Sanne", Some("van den"), "Berg").unwrap();
        assert_eq!(naam.volledig(), "Sanne van den Berg");
        assert_eq!(
            Naam::new(" ", None, "Berg"),
            Err(LeerlingError::NaamLeeg("voornaam"))
        );
        let pc = Postcode::parse("3431AB").unwrap();
        let bsn = Bsn::parse("111222333").ok();
        let today = date(2026, 11, 22);
        assert!(
            Leerling::new(
                naam.clone(),
                date(2015, 3, 1),
                pc.clone(),
                bsn.clone(),
                None,
                today
            )
            .is_ok()
        );
        assert_eq!(
            Leerling::new(naam.clone(), date(2027, 1, 1), pc.clone(), bsn, None, today),
            Err(LeerlingError::GeboortedatumToekomst(date(2027, 1, 1)))
        );
        assert_eq!(
            Leerling::new(naam, date(2015, 3, 1), pc, None, None, today),
            Err(LeerlingError::GeenPersoonsnummer)
        );
    }
}
