//! A progress bar on stderr for long imports: one line redrawn with `\r`, only when stderr
//! is a terminal (a log file or CI gets nothing of it), and at most once per percent, so
//! even a national-size file redraws it no more than 101 times.

use std::io::{IsTerminal, Write};

pub struct Balk {
    label: String,
    aan: bool,
    laatste: Option<usize>,
}

impl Balk {
    pub fn new(label: impl Into<String>) -> Self {
        Balk {
            label: label.into(),
            aan: std::io::stderr().is_terminal(),
            laatste: None,
        }
    }

    /// A line before the bar starts (e.g. while the file is read), on a terminal only.
    pub fn meld(&self, tekst: &str) {
        if self.aan {
            eprintln!("{}: {tekst}", self.label);
        }
    }

    /// Redraws the bar when the percentage changed.
    pub fn toon(&mut self, gedaan: usize, totaal: usize) {
        if !self.moet_tekenen(gedaan, totaal) {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{}", regel(&self.label, gedaan, totaal));
        let _ = err.flush();
    }

    fn moet_tekenen(&mut self, gedaan: usize, totaal: usize) -> bool {
        let procent = procent(gedaan, totaal);
        if !self.aan || self.laatste == Some(procent) {
            return false;
        }
        self.laatste = Some(procent);
        true
    }

    /// Ends the bar's line, if one was drawn.
    pub fn klaar(&mut self) {
        if self.laatste.take().is_some() {
            eprintln!();
        }
    }
}

fn procent(gedaan: usize, totaal: usize) -> usize {
    // Nothing to do is all done.
    (gedaan.min(totaal) * 100)
        .checked_div(totaal)
        .unwrap_or(100)
}

const BREEDTE: usize = 30;

/// `bestand.xml [##########--------------------]  33% (1000/3000)`
fn regel(label: &str, gedaan: usize, totaal: usize) -> String {
    let procent = procent(gedaan, totaal);
    let vol = procent * BREEDTE / 100;
    format!(
        "{label} [{}{}] {procent:>3}% ({gedaan}/{totaal})",
        "#".repeat(vol),
        "-".repeat(BREEDTE - vol)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_percentage() {
        assert_eq!(
            regel("x.xml", 1, 3),
            format!("x.xml [{}{}]  33% (1/3)", "#".repeat(9), "-".repeat(21))
        );
        assert!(regel("x.xml", 5, 5).contains(&format!("[{}] 100%", "#".repeat(30))));
        assert_eq!(procent(0, 0), 100);
        assert_eq!(procent(7, 5), 100);
    }

    #[test]
    fn it_redraws_at_most_once_per_percent() {
        let mut balk = Balk {
            label: "x".into(),
            aan: true,
            laatste: None,
        };
        let getekend = (0..=1_000_000)
            .filter(|&i| balk.moet_tekenen(i, 1_000_000))
            .count();
        assert_eq!(getekend, 101);
        let mut uit = Balk { aan: false, ..balk };
        assert!(!uit.moet_tekenen(1, 2), "not on a pipe or a log file");
    }
}
