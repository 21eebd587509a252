//! The schooljaar: 1 augustus up to and including 31 juli (WPO art. 1, WVO art. 1).

use jiff::civil::{Date, date};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is geen schooljaar: verwacht JJJJ-JJJJ met opeenvolgende jaren, zoals 2025-2026")]
pub struct SchooljaarError(pub String);

/// A schooljaar, named by the calendar year in which it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Schooljaar(i16);

impl Schooljaar {
    pub fn parse(input: &str) -> Result<Self, SchooljaarError> {
        let err = || SchooljaarError(input.to_string());
        let (a, b) = input.trim().split_once(['-', '/']).ok_or_else(err)?;
        let (a, b): (i16, i16) = (a.parse().map_err(|_| err())?, b.parse().map_err(|_| err())?);
        if b != a + 1 || !(1900..=2200).contains(&a) {
            return Err(err());
        }
        Ok(Self(a))
    }

    pub fn starting_in(year: i16) -> Self {
        Self(year)
    }

    /// The schooljaar a date falls in.
    pub fn of(day: Date) -> Self {
        if day.month() >= 8 {
            Self(day.year())
        } else {
            Self(day.year() - 1)
        }
    }

    pub fn start(self) -> Date {
        date(self.0, 8, 1)
    }

    pub fn end(self) -> Date {
        date(self.0 + 1, 7, 31)
    }

    pub fn contains(self, day: Date) -> bool {
        Self::of(day) == self
    }

    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }
}

impl fmt::Display for Schooljaar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.0, self.0 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        let sj = Schooljaar::parse("2025-2026").unwrap();
        assert_eq!(sj.start(), date(2025, 8, 1));
        assert_eq!(sj.end(), date(2026, 7, 31));
        assert_eq!(Schooljaar::of(date(2026, 7, 31)), sj);
        assert_eq!(Schooljaar::of(date(2026, 8, 1)), sj.next());
        assert!(sj.contains(date(2025, 8, 1)));
        assert_eq!(sj.to_string(), "2025-2026");
        assert_eq!(
            Schooljaar::parse("2015/2016").unwrap().to_string(),
            "2015-2016"
        );
    }

    #[test]
    fn rejects_non_consecutive() {
        assert!(Schooljaar::parse("2025-2027").is_err());
        assert!(Schooljaar::parse("2025").is_err());
    }
}
