//! The beschikkingsnummer of a TLV (BRON field 94): per SWV and year of issue, without gaps.

use super::TlvError;
use crate::codes::SwvCode;
use std::fmt;

/// `PO2707-2015-00042`: SWV, year of issue, sequence number (BRON field 94).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Beschikkingsnummer {
    pub swv: SwvCode,
    pub jaar: i16,
    pub volgnummer: u32,
}

impl Beschikkingsnummer {
    pub fn new(swv: SwvCode, jaar: i16, volgnummer: u32) -> Result<Self, TlvError> {
        if volgnummer > 99_999 {
            return Err(TlvError::VolgnummerVol(volgnummer));
        }
        Ok(Self {
            swv,
            jaar,
            volgnummer,
        })
    }

    pub fn parse(s: &str) -> Result<Self, TlvError> {
        let err = || TlvError::Beschikkingsnummer(s.to_string());
        let b = s.trim().as_bytes();
        if b.len() != 17 || b[6] != b'-' || b[11] != b'-' {
            return Err(err());
        }
        let swv = SwvCode::parse(&s[0..6]).map_err(|_| err())?;
        let digits = |r: std::ops::Range<usize>| {
            s[r.clone()]
                .bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s[r].parse::<u32>().ok())
                .flatten()
        };
        let jaar = digits(7..11).ok_or_else(err)?;
        let volgnummer = digits(12..17).ok_or_else(err)?;
        if jaar < 2014 {
            return Err(err());
        }
        Ok(Self {
            swv,
            jaar: jaar as i16,
            volgnummer,
        })
    }
}

impl fmt::Display for Beschikkingsnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:04}-{:05}", self.swv, self.jaar, self.volgnummer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn swv(s: &str) -> SwvCode {
        SwvCode::parse(s).unwrap()
    }

    #[test]
    fn beschikkingsnummer_round_trips_and_rejects_bad_shapes() {
        let n = Beschikkingsnummer::new(swv("PO2707"), 2015, 42).unwrap();
        assert_eq!(n.to_string(), "PO2707-2015-00042");
        assert_eq!(Beschikkingsnummer::parse("PO2707-2015-00042").unwrap(), n);
        for bad in [
            "PO2707-2015-0042",
            "PO2707_2015-00042",
            "PO2707-2013-00042",
            "XX2707-2015-00042",
            "PO2707-20a5-00042",
            "PO2707-2015-0004Z",
            "",
        ] {
            assert!(Beschikkingsnummer::parse(bad).is_err(), "{bad}");
        }
        assert!(Beschikkingsnummer::new(swv("PO2707"), 2015, 100_000).is_err());
    }
}
