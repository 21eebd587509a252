//! The steps of an arrangement request as one procedure: the facts of the request go in,
//! whether the step may be taken (or why not) comes out; the store writes once, guarded.
//! The SWV allocates the support (WPO art. 18a lid 8 onder a, WVO art. 17a lid 8 onder a).

use super::{ArrangementError, Beslissing, Partij, toets_beslissing, toets_overleg};
use jiff::civil::Date;

/// What a step on a request depends on.
#[derive(Debug, Clone)]
pub struct Aanvraagfeiten<'a> {
    /// The SWV the request lies with.
    pub swv: &'a str,
    /// The SWV whose requests the requester decides on, if any (its own, as staff).
    pub beslist_voor: Option<&'a str>,
    pub aangevraagd_op: Date,
    pub overleg_op: Option<Date>,
    pub al_beslist: bool,
}

/// Why a step may not be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StapError {
    #[error("dit doet samenwerkingsverband {0}, waar de aanvraag ligt")]
    AnderSwv(String),
    #[error("over deze aanvraag is al beslist")]
    AlBeslist,
    #[error("leg eerst het overleg (loket/MDO) vast")]
    GeenOverleg,
    #[error("het overleg ligt tussen de aanvraag en vandaag")]
    OverlegDatum,
    #[error(transparent)]
    Regel(#[from] ArrangementError),
}

fn open_bij_eigen_swv(f: &Aanvraagfeiten) -> Result<(), StapError> {
    if f.beslist_voor != Some(f.swv) {
        return Err(StapError::AnderSwv(f.swv.to_string()));
    }
    if f.al_beslist {
        return Err(StapError::AlBeslist);
    }
    Ok(())
}

/// The loket/MDO meeting on an open request, held between the request and today, with the
/// school and the SWV at the table and the child heard.
pub fn toets_overlegstap(
    f: &Aanvraagfeiten,
    datum: Date,
    deelnemers: &[Partij],
    stem_kind: &str,
    today: Date,
) -> Result<(), StapError> {
    open_bij_eigen_swv(f)?;
    toets_overleg(deelnemers, stem_kind)?;
    if datum > today || datum < f.aangevraagd_op {
        return Err(StapError::OverlegDatum);
    }
    Ok(())
}

/// The SWV's decision on an open request, after the meeting.
pub fn toets_besluitstap(f: &Aanvraagfeiten, b: &Beslissing) -> Result<(), StapError> {
    open_bij_eigen_swv(f)?;
    if f.overleg_op.is_none() {
        return Err(StapError::GeenOverleg);
    }
    Ok(toets_beslissing(b)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use rust_decimal::Decimal;

    fn feiten<'a>(beslist_voor: Option<&'a str>, overleg: Option<Date>) -> Aanvraagfeiten<'a> {
        Aanvraagfeiten {
            swv: "PO2001",
            beslist_voor,
            aangevraagd_op: date(2026, 9, 1),
            overleg_op: overleg,
            al_beslist: false,
        }
    }

    #[test]
    fn only_the_swv_of_the_request_decides_after_the_meeting() {
        let b = Beslissing::Toegekend {
            inhoud: "ambulante begeleiding".into(),
            van: date(2026, 10, 1),
            tot: date(2027, 7, 1),
            kosten: Decimal::new(250000, 2),
        };
        let overleg = Some(date(2026, 9, 15));
        assert_eq!(
            toets_besluitstap(&feiten(Some("PO2001"), overleg), &b),
            Ok(())
        );
        assert_eq!(
            toets_besluitstap(&feiten(Some("PO2002"), overleg), &b),
            Err(StapError::AnderSwv("PO2001".into()))
        );
        assert_eq!(
            toets_besluitstap(&feiten(Some("PO2001"), None), &b),
            Err(StapError::GeenOverleg)
        );
        let beslist = Aanvraagfeiten {
            al_beslist: true,
            ..feiten(Some("PO2001"), overleg)
        };
        assert_eq!(toets_besluitstap(&beslist, &b), Err(StapError::AlBeslist));
    }

    #[test]
    fn the_meeting_lies_between_request_and_today() {
        let f = feiten(Some("PO2001"), None);
        let wie = [Partij::School, Partij::Swv];
        let today = date(2026, 9, 20);
        assert_eq!(
            toets_overlegstap(&f, date(2026, 9, 10), &wie, "gehoord", today),
            Ok(())
        );
        assert_eq!(
            toets_overlegstap(&f, date(2026, 8, 31), &wie, "gehoord", today),
            Err(StapError::OverlegDatum)
        );
    }
}
