//! Leerplicht and kwalificatieplicht by age (Leerplichtwet 1969 art. 3 and 4a/4b): who must
//! be enrolled at a school on a day. Used to find absoluut verzuim in a residents list.

use crate::schooljaar::Schooljaar;
use jiff::ToSpan;
use jiff::civil::{Date, date};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plicht {
    Leerplicht,
    Kwalificatieplicht,
}

/// The first day of leerplicht: art. 3 lid 1 says the first school day of the month after
/// the month of the fifth birthday; without a school calendar here, the month's first day.
pub fn begin_leerplicht(geboortedatum: Date) -> Date {
    let vijf = geboortedatum.saturating_add(5.years());
    let first = date(vijf.year(), vijf.month(), 1);
    first.saturating_add(1.month())
}

/// Art. 3 lid 1 b: leerplicht ends at the end of the schooljaar in which the child turns 16
/// (the alternative end after twelve full schooljaren needs the school history, which a
/// residents list lacks; then kwalificatieplicht applies, which ends no earlier).
pub fn einde_leerplicht(geboortedatum: Date) -> Date {
    Schooljaar::of(geboortedatum.saturating_add(16.years())).end()
}

/// Which duty applies on a day: leerplicht, then kwalificatieplicht until the 18th
/// birthday (art. 4b; a startkwalificatie, which ends it earlier, is not known here).
pub fn plicht_op(geboortedatum: Date, dag: Date) -> Option<Plicht> {
    if dag < begin_leerplicht(geboortedatum) {
        None
    } else if dag <= einde_leerplicht(geboortedatum) {
        Some(Plicht::Leerplicht)
    } else if dag < geboortedatum.saturating_add(18.years()) {
        Some(Plicht::Kwalificatieplicht)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_the_month_after_five_to_eighteen() {
        let born = date(2021, 3, 14);
        assert_eq!(begin_leerplicht(born), date(2026, 4, 1));
        assert_eq!(plicht_op(born, date(2026, 3, 31)), None);
        assert_eq!(plicht_op(born, date(2026, 4, 1)), Some(Plicht::Leerplicht));
        // Turns 16 on 14 March 2037: leerplicht to the end of that schooljaar.
        assert_eq!(einde_leerplicht(born), date(2037, 7, 31));
        assert_eq!(plicht_op(born, date(2037, 7, 31)), Some(Plicht::Leerplicht));
        assert_eq!(
            plicht_op(born, date(2037, 8, 1)),
            Some(Plicht::Kwalificatieplicht)
        );
        assert_eq!(
            plicht_op(born, date(2039, 3, 13)),
            Some(Plicht::Kwalificatieplicht)
        );
        assert_eq!(plicht_op(born, date(2039, 3, 14)), None);
        // A December child: the month after is January of the next year.
        assert_eq!(begin_leerplicht(date(2020, 12, 5)), date(2026, 1, 1));
    }
}
