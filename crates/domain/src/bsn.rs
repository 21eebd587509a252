//! Burgerservicenummer and onderwijsnummer: the two national person numbers a pupil can
//! carry (WPO art. 178a, WVO art. 103b). Both are checked with their own elfproef.
//!
//! `Debug` and `Display` never print the number, so a BSN cannot reach a log line by
//! accident; the digits are only available through [`Bsn::expose`].

use std::fmt;

/// Why a person number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersoonsnummerError {
    #[error("het {soort} moet uit 9 cijfers bestaan (gevonden: {lengte} tekens)")]
    Lengte { soort: &'static str, lengte: usize },
    #[error("het {soort} mag alleen cijfers bevatten")]
    GeenCijfers { soort: &'static str },
    #[error("het {soort} voldoet niet aan de elfproef")]
    Elfproef { soort: &'static str },
}

fn digits(input: &str, soort: &'static str) -> Result<[u8; 9], PersoonsnummerError> {
    let trimmed: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    if !trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(PersoonsnummerError::GeenCijfers { soort });
    }
    // A BSN of 8 digits is a valid BSN with a leading zero dropped (as spreadsheets do).
    let padded = match trimmed.len() {
        8 => format!("0{trimmed}"),
        9 => trimmed,
        lengte => return Err(PersoonsnummerError::Lengte { soort, lengte }),
    };
    let mut out = [0u8; 9];
    for (slot, byte) in out.iter_mut().zip(padded.bytes()) {
        *slot = byte - b'0';
    }
    Ok(out)
}

/// 9·p1 + 8·p2 + … + 2·p8: the weighted sum both checks share.
fn weighted_sum(d: &[u8; 9]) -> u32 {
    d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&digit, weight)| u32::from(digit) * weight)
        .sum()
}

/// A burgerservicenummer that passed the elfproef:
/// (9·p1 + 8·p2 + … + 2·p8 − p9) mod 11 = 0, and not all zeros.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Bsn([u8; 9]);

impl Bsn {
    pub fn parse(input: &str) -> Result<Self, PersoonsnummerError> {
        const SOORT: &str = "BSN";
        let d = digits(input, SOORT)?;
        let sum = weighted_sum(&d) as i64 - i64::from(d[8]);
        if sum == 0 || sum % 11 != 0 {
            return Err(PersoonsnummerError::Elfproef { soort: SOORT });
        }
        Ok(Self(d))
    }

    /// The nine digits. Call only to store or compare the number, never to log it.
    pub fn expose(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }

    /// The last three digits, for showing to a user who must recognise the number.
    pub fn masked(&self) -> String {
        let last: String = self.0[6..].iter().map(|d| char::from(b'0' + d)).collect();
        format!("••••••{last}")
    }
}

impl fmt::Debug for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Bsn(verborgen)")
    }
}

impl fmt::Display for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// An onderwijsnummer, given by DUO to a pupil without a (verifiable) BSN. Its check, from
/// DUO's BasisSchema: (9·p1 + 8·p2 + … + 2·p8) mod 11 = p9 + 5.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Onderwijsnummer([u8; 9]);

impl Onderwijsnummer {
    pub fn parse(input: &str) -> Result<Self, PersoonsnummerError> {
        const SOORT: &str = "onderwijsnummer";
        let d = digits(input, SOORT)?;
        if weighted_sum(&d) % 11 != u32::from(d[8]) + 5 {
            return Err(PersoonsnummerError::Elfproef { soort: SOORT });
        }
        Ok(Self(d))
    }

    pub fn expose(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }
}

impl fmt::Debug for Onderwijsnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Onderwijsnummer(verborgen)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_valid_bsn() {
        // 111222333: 9+8+7+12+10+8+9+6 = 69, 69 - 3 = 66 = 6 × 11.
        let bsn = Bsn::parse("111222333").unwrap();
        assert_eq!(bsn.expose(), "111222333");
        assert!(Bsn::parse("123456782").is_ok());
        assert!(Bsn::parse("1234.56.782").is_ok());
    }

    #[test]
    fn restores_dropped_leading_zero() {
        // 012345672 is valid; a spreadsheet turns it into 12345672.
        assert_eq!(Bsn::parse("12345672").unwrap().expose(), "012345672");
    }

    #[test]
    fn rejects_invalid_bsn_with_reason() {
        assert_eq!(
            Bsn::parse("123456789"),
            Err(PersoonsnummerError::Elfproef { soort: "BSN" })
        );
        assert_eq!(
            Bsn::parse("12345"),
            Err(PersoonsnummerError::Lengte {
                soort: "BSN",
                lengte: 5
            })
        );
        assert_eq!(
            Bsn::parse("12345678a"),
            Err(PersoonsnummerError::GeenCijfers { soort: "BSN" })
        );
        assert!(Bsn::parse("000000000").is_err());
        let msg = Bsn::parse("123456789").unwrap_err().to_string();
        assert_eq!(msg, "het BSN voldoet niet aan de elfproef");
    }

    #[test]
    fn every_single_digit_change_is_caught() {
        let valid = "111222333";
        for pos in 0..9 {
            for digit in b'0'..=b'9' {
                let mut bytes = valid.as_bytes().to_vec();
                if bytes[pos] == digit {
                    continue;
                }
                bytes[pos] = digit;
                let changed = String::from_utf8(bytes).unwrap();
                assert!(Bsn::parse(&changed).is_err(), "{changed} passed");
            }
        }
    }

    #[test]
    fn debug_and_display_hide_the_number() {
        let bsn = Bsn::parse("111222333").unwrap();
        assert_eq!(format!("{bsn:?}"), "Bsn(verborgen)");
        assert_eq!(bsn.to_string(), "••••••333");
    }

    #[test]
    fn onderwijsnummer_check() {
        // 9·1+8·0+7·1+6·2+5·3+4·4+3·5+2·6 = 86 and 86 mod 11 = 9 = p9 + 5, so p9 = 4.
        assert!(Onderwijsnummer::parse("101234564").is_ok());
        assert!(Onderwijsnummer::parse("101234563").is_err());
        // A valid BSN is not a valid onderwijsnummer.
        assert!(Onderwijsnummer::parse("111222333").is_err());
    }
}
