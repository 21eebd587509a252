//! `passend verzuim meldingen`: the Leerplichtwet reporting rules over a whole absence file
//! (`verzuim.csv`, FORMATS.md "Absence").
//!
//! Built for a national year (tens of millions of rows): each row is parsed from a csv
//! `ByteRecord` (no `String` per row) into one `u128` — the pupil's key (`intern.rs`), the
//! day number, the unexcused hundredths and a whole-day flag — so sorting by (pupil, date)
//! is one integer sort, after which the rules of `passend_domain::verzuim` run pupil by
//! pupil.
//!
//! Input checks (the first bad row stops the run, before anything is written): the header
//! names the five columns (extra columns are allowed); a date `YYYY-MM-DD` within the
//! calendar's schooljaren; hours with at most two decimals, no more than 24 planned, and
//! `ongeoorloofd + geoorloofd <= gepland`; one row per (leerling_id, datum). A row on a
//! weekend day or a holiday of the regio is checked like any other and then left out of
//! the rules (no school day, so nothing to count); their number is reported on stderr.

mod lezen;

use crate::Fout;
use lezen::{dagnummer, eerste_dubbele, lees_kalender, lees_verzuim};
use passend_domain::verzuim::{Dag, Kalender, Melding, Uren, Vakantieregio, Verzuimdag, meldingen};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

const KOLOMMEN: [&str; 5] = [
    "leerling_id",
    "datum",
    "lesuren_gepland",
    "lesuren_ongeoorloofd",
    "lesuren_geoorloofd",
];

/// Bit 15 of a row: all planned lesson time was missed unexcused.
const GEHEEL: u128 = 1 << 15;
/// Bits 0–14: the unexcused hundredths (at most 2400).
const UREN: u128 = GEHEEL - 1;

/// The reports of a whole file, sorted by leerling_id, datum and soort.
#[derive(Debug)]
pub struct Meldingen {
    kalender: Kalender,
    /// The leerling_id of each pupil with a report, sorted.
    namen: Vec<Vec<u8>>,
    /// (index in `namen`, report), in output order.
    meldingen: Vec<(usize, Melding)>,
    /// Data rows read.
    pub rijen: u64,
    /// Distinct pupils.
    pub leerlingen: u64,
    /// Rows on a weekend day or a holiday, left out of the rules.
    pub niet_op_schooldag: u64,
    /// The line of the first of those.
    pub eerste_niet_op_schooldag: Option<u64>,
}

/// Reads and checks both files and applies the rules; nothing is written.
pub fn bereken(verzuim: &Path, kalender: &Path, regio: Vakantieregio) -> Result<Meldingen, Fout> {
    let kalender = lees_kalender(kalender, regio)?;
    let mut invoer = lees_verzuim(verzuim, &kalender)?;
    invoer.rijen.sort_unstable();

    let mut per_leerling: Vec<(u128, std::ops::Range<usize>)> = Vec::new();
    let mut uitkomst = Vec::new();
    let mut dagen = Vec::new();
    let mut dubbel = Vec::new();
    let mut leerlingen = 0;
    for groep in invoer.rijen.chunk_by(|a, b| a >> 32 == b >> 32) {
        leerlingen += 1;
        dagen.clear();
        for (i, &rij) in groep.iter().enumerate() {
            if i > 0 && groep[i - 1] >> 16 == rij >> 16 {
                dubbel.push(rij >> 16);
            }
            if let Dag::School(schooldag) = kalender.dag_op(dagnummer(rij)) {
                dagen.push(Verzuimdag {
                    schooldag,
                    ongeoorloofd: Uren::from_honderdsten((rij & UREN) as u32),
                    geheel_ongeoorloofd: rij & GEHEEL != 0,
                });
            }
        }
        if !dubbel.is_empty() {
            continue; // an input error: only the search for the first duplicate goes on
        }
        let from = uitkomst.len();
        meldingen(&kalender, &dagen, &mut uitkomst);
        if uitkomst.len() > from {
            per_leerling.push((groep[0] >> 32, from..uitkomst.len()));
        }
    }
    if !dubbel.is_empty() {
        return Err(eerste_dubbele(
            verzuim,
            &kalender,
            &invoer.sleutels,
            &dubbel,
        ));
    }
    // Pupils in the order of their leerling_id; within a pupil the reports are in order.
    let mut namen: Vec<(Vec<u8>, std::ops::Range<usize>)> = per_leerling
        .into_iter()
        .map(|(naam, range)| (invoer.sleutels.name(naam).into_owned(), range))
        .collect();
    namen.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let meldingen = namen
        .iter()
        .enumerate()
        .flat_map(|(i, (_, range))| uitkomst[range.clone()].iter().map(move |m| (i, *m)))
        .collect();
    Ok(Meldingen {
        kalender,
        namen: namen.into_iter().map(|(naam, _)| naam).collect(),
        meldingen,
        rijen: invoer.aantal,
        leerlingen,
        niet_op_schooldag: invoer.niet_op_schooldag,
        eerste_niet_op_schooldag: invoer.eerste_niet_op_schooldag,
    })
}

/// [`bereken`], then writes `meldingen.csv` to `output` or, without it, to stdout.
pub fn run(
    verzuim: &Path,
    kalender: &Path,
    regio: Vakantieregio,
    output: Option<&Path>,
) -> Result<Meldingen, Fout> {
    let uitkomst = bereken(verzuim, kalender, regio)?;
    let written = match output {
        Some(path) => File::create(path)
            .and_then(|file| uitkomst.schrijf(BufWriter::with_capacity(1 << 16, file)))
            .map_err(|e| Fout::new(path, None, format!("kan niet schrijven: {e}"))),
        None => uitkomst.schrijf(io::stdout().lock()).map_err(|e| {
            Fout::new(
                Path::new("<stdout>"),
                None,
                format!("kan niet schrijven: {e}"),
            )
        }),
    };
    written.map(|()| uitkomst)
}

impl Meldingen {
    pub fn len(&self) -> usize {
        self.meldingen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meldingen.is_empty()
    }

    /// Writes `leerling_id,soort,datum,uren`.
    pub fn schrijf(&self, out: impl Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(["leerling_id", "soort", "datum", "uren"])?;
        for (leerling, m) in &self.meldingen {
            let datum = self.kalender.datum(m.schooldag).to_string();
            let uren = m.uren.to_string();
            w.write_record([
                &self.namen[*leerling],
                m.soort.as_str().as_bytes(),
                datum.as_bytes(),
                uren.as_bytes(),
            ])?;
        }
        w.flush()
    }

    /// One line for stderr: what was read, and the rows left out.
    pub fn samenvatting(&self, verzuim: &Path) -> String {
        let mut text = format!(
            "{}: {}, {}, {}",
            verzuim.display(),
            aantal(self.rijen, "regel", "regels"),
            aantal(self.leerlingen, "leerling", "leerlingen"),
            aantal(self.len() as u64, "melding", "meldingen"),
        );
        if let Some(regel) = self.eerste_niet_op_schooldag {
            text += &format!(
                "; {} op een weekend- of vakantiedag niet meegeteld (de eerste op regel {regel})",
                aantal(self.niet_op_schooldag, "regel", "regels")
            );
        }
        text
    }
}

fn aantal(n: u64, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

#[cfg(test)]
mod tests {
    use super::*;
    use passend_domain::verzuim::KALENDER_2024_2026_CSV;

    fn bereken_op(verzuim: &str) -> Result<String, Fout> {
        let dir = tempfile::tempdir().unwrap();
        let (v, k) = (dir.path().join("v.csv"), dir.path().join("k.csv"));
        std::fs::write(&v, verzuim).unwrap();
        std::fs::write(&k, KALENDER_2024_2026_CSV).unwrap();
        let uitkomst = bereken(&v, &k, Vakantieregio::Midden).map_err(|mut fout| {
            fout.bestand = "v.csv".into();
            fout
        })?;
        let mut out = Vec::new();
        uitkomst.schrijf(&mut out).unwrap();
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn columns_by_name_and_ids_long_and_short_sorted_by_their_bytes() {
        let mut csv = String::from(
            "\u{feff}datum,leerling_id,opmerking,lesuren_geoorloofd,lesuren_ongeoorloofd,lesuren_gepland\n",
        );
        for id in ["L-lang-nummer-0002", "L1", "L-lang-nummer-0001", "\"L,2\""] {
            for datum in ["2025-09-08", "2025-09-15", "2025-09-22"] {
                csv += &format!("{datum},{id},x,0,6,6\n");
            }
        }
        assert_eq!(
            bereken_op(&csv).unwrap(),
            "leerling_id,soort,datum,uren\n\
             \"L,2\",verzuim_16_uur,2025-09-22,18\n\
             L-lang-nummer-0001,verzuim_16_uur,2025-09-22,18\n\
             L-lang-nummer-0002,verzuim_16_uur,2025-09-22,18\n\
             L1,verzuim_16_uur,2025-09-22,18\n"
        );
    }

    #[test]
    fn input_errors_name_the_line() {
        let header = "leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd\n";
        let lang = "L-lang-nummer-0001";
        for (csv, fout) in [
            (
                format!(
                    "{header}{lang},2025-09-08,5,5,0\nL1,2025-09-08,5,5,0\n{lang},2025-09-08,5,1,0\n"
                ),
                "v.csv:4: leerling L-lang-nummer-0001 staat op 2025-09-08 al op regel 2: één regel per leerling per dag",
            ),
            (
                format!("{header}L1,2025-09-08,24.5,5,0\n"),
                "v.csv:2: 24.5 uur gepland op één dag: een dag heeft hoogstens 24 uur",
            ),
            (
                "leerling_id,datum,lesuren_gepland,lesuren_geoorloofd\n".to_string(),
                "v.csv:1: kolom 'lesuren_ongeoorloofd' ontbreekt; verwacht leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd",
            ),
        ] {
            assert_eq!(bereken_op(&csv).unwrap_err().to_string(), fout);
        }
    }
}
