//! Codes of organisations: samenwerkingsverband (SWV), BRIN, vestiging and gemeente.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error(
        "'{0}' is geen code van een samenwerkingsverband: verwacht PO of VO en 4 cijfers, zoals PO2707"
    )]
    Swv(String),
    #[error("'{0}' is geen BRIN-nummer: verwacht 2 cijfers en 2 hoofdletters, zoals 12AB")]
    Brin(String),
    #[error("'{0}' is geen vestigingscode: verwacht een BRIN-nummer en 2 cijfers, zoals 12AB00")]
    Vestiging(String),
    #[error("'{0}' is geen gemeentecode: verwacht 4 cijfers, zoals 0363")]
    Gemeente(String),
}

/// Primair (PO) or voortgezet (VO) onderwijs: each has its own samenwerkingsverbanden
/// (WPO art. 18a, WVO art. 17a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Sector {
    #[serde(rename = "PO")]
    Po,
    #[serde(rename = "VO")]
    Vo,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Po => "PO",
            Sector::Vo => "VO",
        }
    }
}

/// The DUO code of a samenwerkingsverband: `PO` or `VO`, a 2-digit region number and a
/// 2-digit volgnummer (e.g. `PO2707`), as in the Regeling regio-indeling (BWBR0032324).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SwvCode(String);

impl SwvCode {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = input
            .trim()
            .to_ascii_uppercase()
            .replace(['-', ' ', '.'], "");
        let ok = code.len() == 6
            && (code.starts_with("PO") || code.starts_with("VO"))
            && code[2..].bytes().all(|b| b.is_ascii_digit());
        if ok {
            Ok(Self(code))
        } else {
            Err(CodeError::Swv(input.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn sector(&self) -> Sector {
        if self.0.starts_with("PO") {
            Sector::Po
        } else {
            Sector::Vo
        }
    }

    /// The way people write it in prose: `PO 27-07`.
    pub fn display_name(&self) -> String {
        format!("{} {}-{}", &self.0[..2], &self.0[2..4], &self.0[4..])
    }
}

impl fmt::Display for SwvCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A BRIN-nummer: the four-character DUO number of a school (two digits, two letters).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Brin(String);

impl Brin {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = input.trim().to_ascii_uppercase();
        let b = code.as_bytes();
        let ok = b.len() == 4
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2..].iter().all(u8::is_ascii_uppercase);
        if ok {
            Ok(Self(code))
        } else {
            Err(CodeError::Brin(input.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Brin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A vestiging: the BRIN-nummer of its school and a two-digit volgnummer (`12AB00`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VestigingCode(String);

impl VestigingCode {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = input.trim().to_ascii_uppercase();
        let ok = code.len() == 6
            && code.is_char_boundary(4)
            && Brin::parse(&code[..4]).is_ok()
            && code[4..].bytes().all(|b| b.is_ascii_digit());
        if ok {
            Ok(Self(code))
        } else {
            Err(CodeError::Vestiging(input.to_string()))
        }
    }

    pub fn brin(&self) -> Brin {
        Brin(self.0[..4].to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VestigingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A gemeentecode of RvIG tabel 33 (four digits, e.g. `0363` Amsterdam).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gemeentecode(String);

impl Gemeentecode {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = input.trim();
        if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(code.to_string()))
        } else {
            Err(CodeError::Gemeente(input.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Gemeentecode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swv_code_forms() {
        let code = SwvCode::parse("po 27-07").unwrap();
        assert_eq!(code.as_str(), "PO2707");
        assert_eq!(code.sector(), Sector::Po);
        assert_eq!(code.display_name(), "PO 27-07");
        assert_eq!(SwvCode::parse("VO2708").unwrap().sector(), Sector::Vo);
        assert!(SwvCode::parse("XO2707").is_err());
        assert!(SwvCode::parse("PO270").is_err());
        assert!(SwvCode::parse("PO27A7").is_err());
    }

    #[test]
    fn brin_and_vestiging() {
        assert_eq!(Brin::parse("12ab").unwrap().as_str(), "12AB");
        assert!(Brin::parse("1234").is_err());
        let v = VestigingCode::parse("12AB01").unwrap();
        assert_eq!(v.brin().as_str(), "12AB");
        assert!(VestigingCode::parse("12AB1").is_err());
        assert!(VestigingCode::parse("12ABXY").is_err());
        assert!(VestigingCode::parse("12€B01").is_err());
    }

    #[test]
    fn gemeentecode() {
        assert!(Gemeentecode::parse("0363").is_ok());
        let err = Gemeentecode::parse("363").unwrap_err();
        assert!(err.to_string().contains("4 cijfers"));
    }
}
