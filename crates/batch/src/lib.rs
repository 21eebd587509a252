//! Batch work on the CSV files of `../shared/FORMATS.md`: parse once into compact integer
//! columns, check everything, then compute with the pure rules of `passend-domain`.
//! Nothing is written unless the whole input is valid.

pub mod bekostiging;
pub mod intern;
pub mod synth;
pub mod verzuim;

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek};
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

/// Line numbers of csv records. The csv crate ends a record at the `\r` of a `\r\n` and puts
/// the next record's position before the `\n`, one line short (rust-csv #395); a file whose
/// first line ends in `\r\n` is taken to end every line so. (After a blank line the crate
/// names the blank line, rust-csv #208: rare inside a file, and left as it is.)
#[derive(Debug, Clone, Copy)]
pub(crate) struct Regels {
    crlf: bool,
}

impl Regels {
    /// Looks at the first line of `file`, then rewinds it.
    pub(crate) fn van(file: &mut File) -> io::Result<Self> {
        let mut begin = Vec::with_capacity(1 << 12);
        file.by_ref().take(1 << 16).read_to_end(&mut begin)?;
        file.rewind()?;
        // CRLF only when every line end seen is one: a stray CR before one LF in an LF file
        // must not shift every line number after it.
        let mut ends = begin
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(i, _)| i > 0 && begin[i - 1] == b'\r')
            .peekable();
        let crlf = ends.peek().is_some() && ends.all(|cr| cr);
        Ok(Self { crlf })
    }

    /// The line on which a record (or the record of an error) begins; the header is line 1.
    pub(crate) fn regel(self, positie: &csv::Position) -> u64 {
        positie.line() + u64::from(self.crlf && positie.record() > 0)
    }
}
