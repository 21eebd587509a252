//! The decision on a request for vrijstelling as one procedure: the request's facts go in,
//! the new status (or why not) comes out; the store writes it once, guarded against a
//! concurrent decision. B&W of the pupil's gemeente decide (Leerplichtwet art. 5, 11, 15).

use super::{Grond, Verklaring, VrijstellingError, toets_verlening};
use jiff::civil::Date;

/// A request as the decision sees it.
#[derive(Debug, Clone)]
pub struct Verzoek {
    pub grond: Grond,
    pub van: Date,
    pub tot: Option<Date>,
    pub verklaring: Option<Verklaring>,
    pub swv_advies: Option<Date>,
    /// `aangevraagd` while open.
    pub status: String,
}

/// The status after the decision: `verleend` or `geweigerd`. Granting checks the rules of
/// [`toets_verlening`]; a refusal needs no grounds here (the letter gives them).
pub fn beslis(
    v: &Verzoek,
    verlenen: bool,
    besluit: Date,
) -> Result<&'static str, VrijstellingError> {
    if v.status != "aangevraagd" {
        return Err(VrijstellingError::AlBeslist);
    }
    if !verlenen {
        return Ok("geweigerd");
    }
    toets_verlening(
        v.grond,
        v.van,
        v.tot,
        v.verklaring.as_ref(),
        v.swv_advies,
        besluit,
    )?;
    Ok("verleend")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_open_request_is_decided_once() {
        let v = Verzoek {
            grond: Grond::Art5b,
            van: date(2026, 9, 1),
            tot: None,
            verklaring: None,
            swv_advies: None,
            status: "aangevraagd".into(),
        };
        assert_eq!(beslis(&v, true, date(2026, 9, 2)), Ok("verleend"));
        assert_eq!(beslis(&v, false, date(2026, 9, 2)), Ok("geweigerd"));
        let beslist = Verzoek {
            status: "verleend".into(),
            ..v.clone()
        };
        assert_eq!(
            beslis(&beslist, false, date(2026, 9, 2)),
            Err(VrijstellingError::AlBeslist)
        );
        let a = Verzoek {
            grond: Grond::Art5a,
            ..v
        };
        assert_eq!(
            beslis(&a, true, date(2026, 9, 2)),
            Err(VrijstellingError::GeenVerklaring)
        );
    }
}
