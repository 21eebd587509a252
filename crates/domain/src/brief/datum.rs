//! The date of a letter, written out in Dutch words ("7 december 2026").

use jiff::civil::Date;

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The date in words: `7 december 2026` (nl-NL, no leading zero, month in lower case).
pub fn datum_voluit(d: Date) -> String {
    let maand = MAANDEN[usize::try_from(d.month() - 1).unwrap_or(0)];
    format!("{} {maand} {}", d.day(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_are_written_out_in_dutch() {
        assert_eq!(datum_voluit(date(2026, 12, 7)), "7 december 2026");
        assert_eq!(datum_voluit(date(2027, 1, 31)), "31 januari 2027");
        assert_eq!(datum_voluit(date(2026, 3, 1)), "1 maart 2026");
    }
}
