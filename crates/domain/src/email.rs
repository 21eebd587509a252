//! An e-mail address, as far as passend needs to know one: where an invitation or a
//! password reset goes. Checked for its shape only (no look-up); kept in lower case, so
//! that "Ib@School.nl" and "ib@school.nl" are one address.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is geen e-mailadres: verwacht iets als naam@school.nl")]
pub struct EmailError(pub String);

/// A syntactically plausible address: one `@`, a local part, a domain with a dot, no
/// spaces or characters that would break a mail header, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAdres(String);

impl EmailAdres {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let t = input.trim().to_lowercase();
        let fout = || EmailError(input.trim().to_string());
        let (lokaal, domein) = t.split_once('@').ok_or_else(fout)?;
        let verboden =
            |c: char| c.is_whitespace() || c.is_control() || "<>()[],;:\\\"@".contains(c);
        let domein_ok = domein.contains('.')
            && !domein.starts_with(['.', '-'])
            && !domein.ends_with(['.', '-'])
            && !domein.contains("..")
            && domein
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        if t.len() > 254 || lokaal.is_empty() || lokaal.chars().any(verboden) || !domein_ok {
            return Err(fout());
        }
        Ok(Self(t))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAdres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses_are_kept_in_lower_case() {
        let a = EmailAdres::parse(" Ib@De-Boog.School.NL ").unwrap();
        assert_eq!(a.as_str(), "ib@de-boog.school.nl");
        assert!(EmailAdres::parse("j.de.vries+passend@gemeente.nl").is_ok());
    }

    #[test]
    fn other_text_is_refused_with_its_value() {
        for fout in [
            "",
            "geen-adres",
            "a@b",
            "@school.nl",
            "a b@school.nl",
            "a@school..nl",
            "a@-school.nl",
            "a@@school.nl",
            "a@school.nl\r\nBcc: x@y.nl",
            "a<b>@school.nl",
        ] {
            assert!(EmailAdres::parse(fout).is_err(), "{fout:?}");
        }
        assert_eq!(
            EmailAdres::parse("ib@school").unwrap_err().to_string(),
            "'ib@school' is geen e-mailadres: verwacht iets als naam@school.nl"
        );
    }
}
