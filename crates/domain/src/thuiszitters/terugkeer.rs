//! When a thuiszitter case is resolved: when the child attends school again. A thuiszitter
//! is a child of leerplichtige age enrolled but absent without valid reason for more than
//! four weeks, or enrolled nowhere (absoluut verzuim, Leerplichtwet art. 2 and 21; RULES
//! §4.4), so the case ends on the first day after its start that the child is enrolled at
//! the school reporting the day and present for part of it. A decision on the case is a
//! step towards that day, not that day.

use jiff::civil::Date;

/// One school day of the uploaded absence data (hours in hundredths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schooldag {
    pub datum: Date,
    pub gepland: i64,
    /// Absent hours, with and without a valid reason.
    pub afwezig: i64,
    /// The child is enrolled that day at the school that reports it.
    pub ingeschreven: bool,
}

/// The day the case that started on `start` is resolved by attendance, if any.
pub fn opgelost_door(start: Date, dagen: &[Schooldag]) -> Option<Date> {
    dagen
        .iter()
        .filter(|d| d.datum > start && d.ingeschreven && d.gepland > d.afwezig)
        .map(|d| d.datum)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dag(d: u8, afwezig: i64, ingeschreven: bool) -> Schooldag {
        Schooldag {
            datum: date(2026, 12, i8::try_from(d).unwrap()),
            gepland: 500,
            afwezig,
            ingeschreven,
        }
    }

    #[test]
    fn only_attendance_while_enrolled_after_the_start_resolves_a_case() {
        let start = date(2026, 12, 2);
        assert_eq!(opgelost_door(start, &[]), None);
        // Absent all day, attendance before the start, or present where not enrolled: no.
        let niet = [dag(1, 0, true), dag(3, 500, true), dag(4, 0, false)];
        assert_eq!(opgelost_door(start, &niet), None);
        let wel = [dag(8, 200, true), dag(7, 0, true), dag(4, 0, false)];
        assert_eq!(opgelost_door(start, &wel), Some(date(2026, 12, 7)));
    }
}
