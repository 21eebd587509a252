//! Dutch postcodes. The regio-indeling works on the four digits (PC4).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("'{0}' is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB")]
    Vorm(String),
}

/// The four digits of a postcode (1000–9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pc4(u16);

impl Pc4 {
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let t = input.trim();
        match t.parse::<u16>() {
            Ok(n) if t.len() == 4 && (1000..=9999).contains(&n) => Ok(Self(n)),
            _ => Err(PostcodeError::Vorm(input.to_string())),
        }
    }

    pub fn value(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Pc4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

/// A full postcode, `1234 AB`. Letters SA, SD and SS are not issued by PostNL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Postcode {
    pc4: Pc4,
    letters: [u8; 2],
}

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        let err = || PostcodeError::Vorm(input.to_string());
        if compact.len() != 6 || !compact.is_char_boundary(4) {
            return Err(err());
        }
        let pc4 = Pc4::parse(&compact[..4]).map_err(|_| err())?;
        let letters = compact[4..].to_ascii_uppercase();
        let l = letters.as_bytes();
        if !l.iter().all(u8::is_ascii_uppercase) || matches!(l, b"SA" | b"SD" | b"SS") {
            return Err(err());
        }
        Ok(Self {
            pc4,
            letters: [l[0], l[1]],
        })
    }

    pub fn pc4(&self) -> Pc4 {
        self.pc4
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}{}",
            self.pc4,
            char::from(self.letters[0]),
            char::from(self.letters[1])
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        let p = Postcode::parse("3431ab").unwrap();
        assert_eq!(p.to_string(), "3431 AB");
        assert_eq!(p.pc4().value(), 3431);
        assert_eq!(Postcode::parse(" 3431 AB ").unwrap(), p);
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "0431AB", "343AB", "3431A1", "3431SS", "3431ABC", "", "34€1AB",
        ] {
            assert!(Postcode::parse(bad).is_err(), "{bad}");
        }
        assert!(Pc4::parse("999").is_err());
        assert_eq!(Pc4::parse("1011").unwrap().to_string(), "1011");
    }
}
