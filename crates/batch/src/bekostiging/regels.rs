//! CSV plumbing for the funding files: a header with named columns, rows as byte fields,
//! codes interned to dense ids, strict dates, and `verevening.csv`.

use crate::Fout;
use jiff::civil::Date;
use passend_domain::bekostiging::{Decimal, parse_bedrag};
use passend_domain::{Schoolsoort, SwvCode};
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::hash::Hash;
use std::path::Path;

/// Interned codes: raw bytes to the dense id of the parsed (normalised) code. Hashing uses
/// the standard library's hasher: codes whose varying bytes sit in the high bits of a word
/// (`L0000001`) would collide in a hasher without finalisation.
pub(super) struct Codes<T> {
    raw: HashMap<Box<[u8]>, u32>,
    index: HashMap<T, u32>,
    pub(super) values: Vec<T>,
}

impl<T: Clone + Eq + Hash> Codes<T> {
    pub(super) fn new() -> Self {
        Self {
            raw: HashMap::new(),
            index: HashMap::new(),
            values: Vec::new(),
        }
    }

    /// The id of the code written as `raw`; `parse` reads a spelling seen for the first time.
    pub(super) fn id(
        &mut self,
        raw: &[u8],
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<u32, String> {
        if let Some(&id) = self.raw.get(raw) {
            return Ok(id);
        }
        let text = std::str::from_utf8(raw).map_err(|_| "geen geldige UTF-8".to_string())?;
        let value = parse(text)?;
        let next = u32::try_from(self.values.len()).map_err(|_| "te veel codes".to_string())?;
        let id = *self.index.entry(value.clone()).or_insert(next);
        if id == next {
            self.values.push(value);
        }
        self.raw.insert(raw.into(), id);
        Ok(id)
    }
}

/// A date written exactly `YYYY-MM-DD`.
pub(super) fn datum(raw: &[u8], kolom: &str) -> Result<Date, String> {
    let ok = raw.len() == 10 && raw[4] == b'-' && raw[7] == b'-';
    std::str::from_utf8(raw)
        .ok()
        .filter(|_| ok)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| {
            format!(
                "{kolom} '{}' is geen datum JJJJ-MM-DD",
                String::from_utf8_lossy(raw)
            )
        })
}

pub(super) fn schoolsoort(raw: &[u8], allowed: &[Schoolsoort]) -> Result<Schoolsoort, String> {
    allowed
        .iter()
        .copied()
        .find(|s| s.as_str().as_bytes() == raw)
        .ok_or_else(|| {
            let names: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
            format!(
                "schoolsoort '{}' is geen van {}",
                String::from_utf8_lossy(raw),
                names.join(", ")
            )
        })
}

/// `swv,basisbedrag`: one signed amount per SWV.
pub(super) fn lees_verevening(path: &Path) -> Result<Vec<(SwvCode, Decimal)>, Fout> {
    let mut rows = Vec::new();
    let mut gezien: BTreeMap<SwvCode, u64> = BTreeMap::new();
    lees_csv(path, &["swv", "basisbedrag"], |regel, rij| {
        let veld = |i: usize| rij.veld(i);
        let text =
            |i: usize| std::str::from_utf8(veld(i)).map_err(|_| "geen geldige UTF-8".to_string());
        let swv = SwvCode::parse(text(0)?).map_err(|e| format!("swv: {e}"))?;
        let bedrag = parse_bedrag(text(1)?).map_err(|e| format!("basisbedrag: {e}"))?;
        if let Some(eerder) = gezien.insert(swv.clone(), regel) {
            return Err(format!("{swv} staat al op regel {eerder}"));
        }
        rows.push((swv, bedrag));
        Ok(())
    })?;
    Ok(rows)
}

/// One data row: its fields by the position of the column in the caller's list, trimmed.
pub(super) struct Rij<'a> {
    record: &'a csv::ByteRecord,
    posities: &'a [usize],
}

impl<'a> Rij<'a> {
    pub(super) fn veld(&self, i: usize) -> &'a [u8] {
        self.record
            .get(self.posities[i])
            .unwrap_or_default()
            .trim_ascii()
    }
}

/// Reads a CSV with a header naming `kolommen` (in any order; extra columns allowed) and
/// calls `row(line, field)` for each data row; its error becomes `FILE:LINE: problem`.
pub(super) fn lees_csv(
    path: &Path,
    kolommen: &[&str],
    mut row: impl FnMut(u64, &Rij) -> Result<(), String>,
) -> Result<(), Fout> {
    let file =
        File::open(path).map_err(|e| Fout::new(path, None, format!("kan niet lezen: {e}")))?;
    let mut reader = csv::ReaderBuilder::new()
        .buffer_capacity(1 << 16)
        .from_reader(file);
    let csv_fout = |e: csv::Error| {
        let regel = e.position().map(|p| p.line());
        let probleem = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("verwacht {expected_len} kolommen, gevonden {len}"),
            csv::ErrorKind::Io(e) => format!("kan niet lezen: {e}"),
            _ => e.to_string(),
        };
        Fout::new(path, regel, probleem)
    };
    let header = reader.byte_headers().map_err(csv_fout)?.clone();
    let naam = |i: usize| {
        let veld = header.get(i).unwrap_or_default();
        let veld = if i == 0 {
            veld.strip_prefix("\u{feff}".as_bytes()).unwrap_or(veld)
        } else {
            veld
        };
        veld.trim_ascii()
    };
    let mut posities = Vec::with_capacity(kolommen.len());
    for kolom in kolommen {
        let pos = (0..header.len())
            .find(|&i| naam(i) == kolom.as_bytes())
            .ok_or_else(|| {
                Fout::new(
                    path,
                    Some(1),
                    format!("kolom '{kolom}' ontbreekt; verwacht {}", kolommen.join(",")),
                )
            })?;
        posities.push(pos);
    }
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).map_err(csv_fout)? {
        let regel = record.position().map_or(0, |p| p.line());
        let rij = Rij {
            record: &record,
            posities: &posities,
        };
        row(regel, &rij).map_err(|probleem| Fout::new(path, Some(regel), probleem))?;
    }
    Ok(())
}
