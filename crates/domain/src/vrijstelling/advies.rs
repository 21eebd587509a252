//! The SWV's advice before a vrijstelling art. 5 onder a: asked by the leerplicht with the
//! date it needs the advice by, written by the SWV itself (text, date, author). Which SWV:
//! the one of the school where the child is enrolled, else where it lives (PO below 12, VO
//! from 12, as for a thuiszitter case). The advice itself is the rule; the law's
//! later procedure with an onderwijsdeskundige is unverified (RULES §4.2), so passend asks
//! the SWV and sets no term of its own: the leerplicht names the date.

use super::{Grond, VrijstellingError};
use jiff::civil::Date;

/// Whether a request on this ground needs the SWV's advice.
pub fn advies_nodig(grond: Grond) -> bool {
    grond == Grond::Art5a
}

/// Checks the date by which the leerplicht asks the advice: not before today.
pub fn toets_adviesvraag(
    uiterlijk: Option<Date>,
    vandaag: Date,
) -> Result<Date, VrijstellingError> {
    match uiterlijk {
        None => Err(VrijstellingError::GeenAdviesTermijn),
        Some(d) if d < vandaag => Err(VrijstellingError::AdviesTermijnVoorbij(d)),
        Some(d) => Ok(d),
    }
}

/// Checks the SWV's advice: a text, once.
pub fn toets_advies(tekst: &str, al_gegeven: bool) -> Result<(), VrijstellingError> {
    if al_gegeven {
        return Err(VrijstellingError::AlGeadviseerd);
    }
    if tekst.trim().is_empty() {
        return Err(VrijstellingError::GeenAdviestekst);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_swv_writes_its_advice_once_and_the_term_is_the_leerplichts() {
        let d = date(2026, 12, 7);
        assert!(advies_nodig(Grond::Art5a) && !advies_nodig(Grond::Art5b));
        assert_eq!(toets_adviesvraag(Some(d), d), Ok(d));
        assert_eq!(
            toets_adviesvraag(Some(date(2026, 12, 6)), d),
            Err(VrijstellingError::AdviesTermijnVoorbij(date(2026, 12, 6)))
        );
        assert_eq!(
            toets_adviesvraag(None, d),
            Err(VrijstellingError::GeenAdviesTermijn)
        );
        assert_eq!(
            toets_advies(" ", false),
            Err(VrijstellingError::GeenAdviestekst)
        );
        assert_eq!(
            toets_advies("onderwijs niet mogelijk", true),
            Err(VrijstellingError::AlGeadviseerd)
        );
        assert_eq!(toets_advies("onderwijs niet mogelijk", false), Ok(()));
    }
}
