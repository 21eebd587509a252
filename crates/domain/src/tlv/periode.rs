//! The period of a TLV: from its ingang to a 31 July at least one whole schooljaar later
//! (WEC art. 40 lid 15, BRON controle 424), and when a herbeoordeling is due.

use super::TlvError;
use crate::schooljaar::Schooljaar;
use jiff::civil::{Date, date};

/// The earliest end date: always a 31 July, covering at least one whole schooljaar
/// (WEC art. 40 lid 15). BRON controle 424: start on or before 1 August of its year →
/// end year ≥ start year + 1; after 1 August → ≥ start year + 2.
pub fn minimale_einddatum(ingang: Date) -> Date {
    let jaar = if ingang <= date(ingang.year(), 8, 1) {
        ingang.year() + 1
    } else {
        ingang.year() + 2
    };
    date(jaar, 7, 31)
}

/// Checks a TLV's period against the rules; `einde` `None` takes the earliest end date.
pub fn periode(ingang: Date, einde: Option<Date>, geboren: Date) -> Result<Date, TlvError> {
    if ingang < date(2014, 8, 1) {
        return Err(TlvError::VoorPassendOnderwijs);
    }
    if ingang <= geboren {
        return Err(TlvError::VoorGeboorte);
    }
    let minimaal = minimale_einddatum(ingang);
    let einde = einde.unwrap_or(minimaal);
    if (einde.month(), einde.day()) != (7, 31) {
        return Err(TlvError::EindeNiet31Juli);
    }
    if einde < minimaal {
        return Err(TlvError::TeKort { ingang, minimaal });
    }
    Ok(einde)
}

/// A TLV that ends within the next schooljaar: time to plan a herbeoordeling.
pub fn herbeoordeling_nodig(einde: Date, today: Date) -> bool {
    einde >= today && einde <= Schooljaar::of(today).next().end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_dates_cover_one_whole_schooljaar() {
        let cases = [
            (date(2026, 8, 1), date(2027, 7, 31)),
            (date(2026, 8, 2), date(2028, 7, 31)),
            (date(2026, 9, 15), date(2028, 7, 31)),
            (date(2026, 7, 31), date(2027, 7, 31)),
            (date(2027, 1, 10), date(2028, 7, 31)),
            (date(2026, 3, 1), date(2027, 7, 31)),
            (date(2028, 2, 29), date(2029, 7, 31)),
        ];
        for (ingang, einde) in cases {
            assert_eq!(minimale_einddatum(ingang), einde, "{ingang}");
        }
        let geboren = date(2015, 5, 5);
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2027, 7, 31)), geboren),
            Err(TlvError::TeKort {
                ingang: date(2026, 9, 15),
                minimaal: date(2028, 7, 31)
            })
        );
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2029, 7, 31)), geboren),
            Ok(date(2029, 7, 31))
        );
        assert_eq!(
            periode(date(2026, 9, 15), Some(date(2029, 6, 30)), geboren),
            Err(TlvError::EindeNiet31Juli)
        );
        assert_eq!(
            periode(date(2014, 7, 31), None, geboren),
            Err(TlvError::VoorPassendOnderwijs)
        );
        assert_eq!(
            periode(date(2015, 5, 5), None, geboren),
            Err(TlvError::VoorGeboorte)
        );
    }

    #[test]
    fn herbeoordeling_when_ending_within_the_next_schooljaar() {
        let today = date(2026, 11, 22);
        assert!(herbeoordeling_nodig(date(2027, 7, 31), today));
        assert!(herbeoordeling_nodig(date(2028, 7, 31), today));
        assert!(!herbeoordeling_nodig(date(2029, 7, 31), today));
        assert!(!herbeoordeling_nodig(date(2026, 7, 31), today));
    }
}
