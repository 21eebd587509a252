//! Verzuim: the reporting rules of the Leerplichtwet 1969 (art. 21 / 21a) and the 2016
//! thuiszitter definitions, applied to one pupil's absence per school day.
//!
//! The school calendar (`kalender`) turns dates into school days and lesweken; the rules
//! (`regels`) work on one pupil's rows at a time, sorted by school day, so a batch can
//! stream pupil by pupil. Hours are exact hundredths (`Uren`), never floats.

pub mod kalender;
pub mod langdurig;
pub mod regels;
#[cfg(test)]
mod testhulp;
pub mod uren;
pub mod vakanties;

pub use kalender::{Dag, KALENDER_2024_2026_CSV, Kalender, KalenderError, Vakantieregio};
pub use langdurig::{drie_maanden_later, langdurig_relatief_verzuim, thuiszitter_3_maanden};
pub use regels::{Melding, Soort, Verzuimdag, meldingen, verzuim_16_uur};
pub use uren::{Uren, UrenError};
pub use vakanties::{Vakantie, lees_csv, lees_open_data};

use jiff::civil::Date;

/// Parses a date written exactly as `YYYY-MM-DD` (the format of every passend CSV file);
/// `None` for anything else or a day that does not exist.
pub fn parse_datum(text: &[u8]) -> Option<Date> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *text else {
        return None;
    };
    let mut digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    for digit in &mut digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        *digit -= b'0';
    }
    let [a, b, c, d, e, f, g, h] = digits.map(i16::from);
    let year = a * 1000 + b * 100 + c * 10 + d;
    let month = i8::try_from(e * 10 + f).ok()?;
    let day = i8::try_from(g * 10 + h).ok()?;
    Date::new(year, month, day).ok()
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's `days_from_civil`).
pub(crate) fn epoch_dag(day: Date) -> i32 {
    let (m, d) = (i32::from(day.month()), i32::from(day.day()));
    let y = i32::from(day.year()) - i32::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_only_iso_dates_that_exist() {
        assert_eq!(parse_datum(b"2025-09-08"), Some(date(2025, 9, 8)));
        assert_eq!(parse_datum(b"2024-02-29"), Some(date(2024, 2, 29)));
        for bad in [
            &b"2025-02-29"[..],
            b"2025-13-01",
            b"2025-9-8",
            b"08-09-2025",
            b"2025/09/08",
            b"20250908",
            b"2025-09-08 ",
            b"",
        ] {
            assert_eq!(parse_datum(bad), None, "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn epoch_days_count_every_day() {
        assert_eq!(epoch_dag(date(1970, 1, 1)), 0);
        assert_eq!(epoch_dag(date(2000, 3, 1)), 11_017);
        let mut day = date(1999, 12, 1);
        while day < date(2031, 1, 1) {
            assert_eq!(
                epoch_dag(day) + 1,
                epoch_dag(day.tomorrow().unwrap()),
                "{day}"
            );
            day = day.tomorrow().unwrap();
        }
    }
}
