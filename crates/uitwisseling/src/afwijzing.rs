//! Why a file was refused: a non-empty list of problems, each with the line it was found on
//! when that is known. The messages are Dutch where we write them; libxml2's own messages
//! stay English behind a Dutch prefix (`schema: …`, `xml: …`).

use std::fmt;

/// Hostile input can produce a problem for every element; a user reads the first few.
pub const MAX_PROBLEMEN: usize = 50;

/// One reason for refusing a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probleem {
    /// The 1-based line in the file, when known.
    pub regel: Option<u32>,
    pub melding: String,
}

impl Probleem {
    pub(crate) fn new(melding: impl Into<String>) -> Self {
        Probleem {
            regel: None,
            melding: melding.into(),
        }
    }

    pub(crate) fn op_regel(regel: Option<u32>, melding: impl Into<String>) -> Self {
        Probleem {
            regel,
            melding: melding.into(),
        }
    }
}

impl fmt::Display for Probleem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.regel {
            Some(regel) => write!(f, "regel {regel}: {}", self.melding),
            None => f.write_str(&self.melding),
        }
    }
}

/// A refused file. Always holds at least one [`Probleem`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Afwijzing {
    problemen: Vec<Probleem>,
}

impl Afwijzing {
    /// The problems, in the order they were found; never empty.
    pub fn problemen(&self) -> &[Probleem] {
        &self.problemen
    }

    pub fn into_problemen(self) -> Vec<Probleem> {
        self.problemen
    }

    pub(crate) fn een(probleem: Probleem) -> Self {
        Afwijzing {
            problemen: vec![probleem],
        }
    }

    /// `None` for an empty list, so a caller cannot build a rejection without a reason.
    pub(crate) fn van(mut problemen: Vec<Probleem>) -> Option<Self> {
        if problemen.is_empty() {
            return None;
        }
        if problemen.len() > MAX_PROBLEMEN {
            let rest = problemen.len() - MAX_PROBLEMEN;
            problemen.truncate(MAX_PROBLEMEN);
            problemen.push(Probleem::new(format!(
                "… en nog {rest} andere problemen (alleen de eerste {MAX_PROBLEMEN} worden getoond)"
            )));
        }
        Some(Afwijzing { problemen })
    }
}

impl fmt::Display for Afwijzing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, probleem) in self.problemen.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{probleem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Afwijzing {}

/// Collects problems while a whole file is checked, so the user sees them all at once.
#[derive(Debug, Default)]
pub(crate) struct Problemen(Vec<Probleem>);

impl Problemen {
    pub(crate) fn push(&mut self, probleem: Probleem) {
        self.0.push(probleem);
    }

    pub(crate) fn melding(&mut self, melding: impl Into<String>) {
        self.0.push(Probleem::new(melding));
    }

    /// `Ok(value)` when nothing was found, else the rejection.
    pub(crate) fn klaar<T>(self, value: T) -> Result<T, Afwijzing> {
        match Afwijzing::van(self.0) {
            None => Ok(value),
            Some(afwijzing) => Err(afwijzing),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_puts_one_problem_per_line() {
        let afwijzing = Afwijzing::van(vec![
            Probleem::op_regel(Some(12), "schema: iets"),
            Probleem::new("categorie Verzuim ontbreekt"),
        ])
        .unwrap();
        assert_eq!(
            afwijzing.to_string(),
            "regel 12: schema: iets\ncategorie Verzuim ontbreekt"
        );
    }

    #[test]
    fn an_empty_list_is_not_a_rejection() {
        assert!(Afwijzing::van(Vec::new()).is_none());
        assert!(Problemen::default().klaar(1).is_ok());
    }

    #[test]
    fn long_lists_are_capped_with_a_count() {
        let many = (0..80).map(|i| Probleem::new(format!("p{i}"))).collect();
        let afwijzing = Afwijzing::van(many).unwrap();
        assert_eq!(afwijzing.problemen().len(), MAX_PROBLEMEN + 1);
        assert!(
            afwijzing.problemen()[MAX_PROBLEMEN]
                .melding
                .contains("nog 30")
        );
    }
}
