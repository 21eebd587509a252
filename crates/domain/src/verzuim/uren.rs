//! Lesuren: clock hours with at most two decimals, kept as exact hundredths of an hour.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign};

/// Hours in a day; more planned lesson time than this is an input error.
pub const MAX_UREN_PER_DAG: Uren = Uren(24 * 100);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrenError {
    #[error(
        "'{0}' is geen aantal uren: verwacht bijvoorbeeld 5 of 5.5 (punt als decimaalteken, hoogstens twee decimalen)"
    )]
    GeenGetal(String),
    #[error("{gepland} uur gepland op één dag: een dag heeft hoogstens 24 uur")]
    TeveelGepland { gepland: Uren },
    #[error(
        "ongeoorloofd ({ongeoorloofd}) plus geoorloofd ({geoorloofd}) is meer dan gepland ({gepland})"
    )]
    MeerDanGepland {
        gepland: Uren,
        ongeoorloofd: Uren,
        geoorloofd: Uren,
    },
}

/// A number of (lesson) hours, exact to a hundredth of an hour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uren(u32);

impl Uren {
    pub const NUL: Uren = Uren(0);

    pub const fn from_honderdsten(honderdsten: u32) -> Self {
        Self(honderdsten)
    }

    pub const fn honderdsten(self) -> u32 {
        self.0
    }

    pub const fn hele(uren: u32) -> Self {
        Self(uren * 100)
    }

    /// Parses `5`, `5.5`, `5.25` or `0.75`. More decimals are accepted only when they are
    /// zeros (`5.500`): the rules count in hundredths and never round.
    pub fn parse_bytes(text: &[u8]) -> Result<Self, UrenError> {
        let err = || UrenError::GeenGetal(String::from_utf8_lossy(text).into_owned());
        let (whole, fraction) = match text.iter().position(|&b| b == b'.') {
            Some(dot) => (&text[..dot], &text[dot + 1..]),
            None => (text, &b""[..]),
        };
        if whole.is_empty() || whole.len() > 6 || (text.len() > whole.len() && fraction.is_empty())
        {
            return Err(err());
        }
        let mut value: u32 = 0;
        for &b in whole {
            if !b.is_ascii_digit() {
                return Err(err());
            }
            value = value * 10 + u32::from(b - b'0');
        }
        for position in 0..fraction.len().max(2) {
            let b = fraction.get(position).copied().unwrap_or(b'0');
            if !b.is_ascii_digit() || (position >= 2 && b != b'0') {
                return Err(err());
            }
            if position < 2 {
                value = value * 10 + u32::from(b - b'0');
            }
        }
        Ok(Self(value))
    }

    pub fn parse(text: &str) -> Result<Self, UrenError> {
        Self::parse_bytes(text.as_bytes())
    }

    /// The check FORMATS.md puts on a row of `verzuim.csv`: `ongeoorloofd + geoorloofd <=
    /// gepland`, and no more than 24 planned hours on a day.
    pub fn check_dag(gepland: Uren, ongeoorloofd: Uren, geoorloofd: Uren) -> Result<(), UrenError> {
        if gepland > MAX_UREN_PER_DAG {
            return Err(UrenError::TeveelGepland { gepland });
        }
        if u64::from(ongeoorloofd.0) + u64::from(geoorloofd.0) > u64::from(gepland.0) {
            return Err(UrenError::MeerDanGepland {
                gepland,
                ongeoorloofd,
                geoorloofd,
            });
        }
        Ok(())
    }
}

impl Add for Uren {
    type Output = Uren;
    fn add(self, other: Uren) -> Uren {
        Uren(self.0 + other.0)
    }
}

impl AddAssign for Uren {
    fn add_assign(&mut self, other: Uren) {
        self.0 += other.0;
    }
}

impl Sum for Uren {
    fn sum<I: Iterator<Item = Uren>>(iter: I) -> Uren {
        iter.fold(Uren::NUL, Add::add)
    }
}

/// With the fewest decimals that are exact: `16`, `16.5`, `16.25`.
impl fmt::Display for Uren {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, hundredths) = (self.0 / 100, self.0 % 100);
        match hundredths {
            0 => write!(f, "{whole}"),
            h if h % 10 == 0 => write!(f, "{whole}.{}", h / 10),
            h => write!(f, "{whole}.{h:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exact_hundredths() {
        for (text, hundredths) in [
            ("0", 0),
            ("5", 500),
            ("5.5", 550),
            ("5.50", 550),
            ("5.500", 550),
            ("0.75", 75),
            ("16.05", 1605),
            ("24", 2400),
        ] {
            assert_eq!(Uren::parse(text), Ok(Uren(hundredths)), "{text}");
        }
        for bad in [
            "", ".5", "5.", "5,5", "-1", "1e2", "5.555", "5.5.5", " 5", "1234567",
        ] {
            assert!(Uren::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn displays_minimal_decimals() {
        for (hundredths, text) in [(1600, "16"), (1650, "16.5"), (1625, "16.25"), (5, "0.05")] {
            assert_eq!(Uren(hundredths).to_string(), text);
        }
    }

    #[test]
    fn a_day_cannot_miss_more_than_was_planned() {
        let u = |s| Uren::parse(s).unwrap();
        assert!(Uren::check_dag(u("5.5"), u("5.5"), u("0")).is_ok());
        assert!(Uren::check_dag(u("5.5"), u("3"), u("2.5")).is_ok());
        assert_eq!(
            Uren::check_dag(u("5.5"), u("3"), u("2.75")),
            Err(UrenError::MeerDanGepland {
                gepland: u("5.5"),
                ongeoorloofd: u("3"),
                geoorloofd: u("2.75")
            })
        );
        assert!(Uren::check_dag(u("24.25"), u("0"), u("0")).is_err());
    }
}
