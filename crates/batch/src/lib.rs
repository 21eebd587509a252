//! Batch work on the CSV files of `../shared/FORMATS.md`: parse once into compact integer
//! columns, check everything, then compute with the pure rules of `passend-domain`.
//! Nothing is written unless the whole input is valid.

pub mod bekostiging;
pub mod intern;
pub mod synth;
pub mod verzuim;

use std::fmt;
use std::path::{Path, PathBuf};

/// Bad input or an unreadable file: `FILE:LINE: problem` (Dutch, shown to the user as is).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Fout {
    pub bestand: PathBuf,
    /// The line in the file (the header is line 1); `None` for the file as a whole.
    pub regel: Option<u64>,
    pub probleem: String,
}

impl Fout {
    pub fn new(bestand: &Path, regel: Option<u64>, probleem: impl Into<String>) -> Self {
        Self {
            bestand: bestand.to_path_buf(),
            regel,
            probleem: probleem.into(),
        }
    }
}

impl fmt::Display for Fout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.regel {
            Some(regel) => write!(f, "{}:{regel}: {}", self.bestand.display(), self.probleem),
            None => write!(f, "{}: {}", self.bestand.display(), self.probleem),
        }
    }
}
