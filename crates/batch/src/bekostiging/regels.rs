//! CSV plumbing for the funding files: a header with named columns, rows as byte fields,
//! codes interned to dense ids, strict dates, and `verevening.csv`.

use crate::{Fout, Regels};
use jiff::civil::Date;
use passend_domain::bekostiging::{Decimal, parse_bedrag};
use passend_domain::{Schoolsoort, SwvCode};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::path::Path;

/// A fast hasher for the keys of one input file: multiply-rotate per word (as rustc's Fx)
/// and a murmur3 `fmix64` finaliser, so that every input bit reaches the low bits the table
/// indexes by. Without the finaliser the (peildatum, group, SWV, SWV, SWV) count keys of a
/// large file with much cross-border traffic collided and the run became quadratic.
#[derive(Default, Clone, Copy)]
pub(super) struct Mix(u64);

impl Hasher for Mix {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

pub(super) type Fx = BuildHasherDefault<Mix>;

/// The pupils seen on one teldatum, to refuse a second row of the same pupil. An id of at
/// most 15 bytes (the usual case) is packed with its length into a `u128`: no allocation.
#[derive(Default)]
pub(super) struct Leerlingen {
    kort: HashSet<u128, Fx>,
    lang: HashSet<Box<[u8]>, Fx>,
}

impl Leerlingen {
    /// `false` when `id` was seen before.
    pub(super) fn nieuw(&mut self, id: &[u8]) -> bool {
        if id.len() < 16 {
            let mut packed = [0u8; 16];
            packed[..id.len()].copy_from_slice(id);
            packed[15] = id.len() as u8;
            self.kort.insert(u128::from_le_bytes(packed))
        } else {
            self.lang.insert(id.into())
        }
    }
}

/// Interned codes: raw bytes to the dense id of the parsed (normalised) code.
pub(super) struct Codes<T> {
    raw: HashMap<Box<[u8]>, u32, Fx>,
    index: HashMap<T, u32, Fx>,
    pub(super) values: Vec<T>,
}

impl<T: Clone + Eq + Hash> Codes<T> {
    pub(super) fn new() -> Self {
        Self {
            raw: HashMap::default(),
            index: HashMap::default(),
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
    let kan_niet = |e: std::io::Error| Fout::new(path, None, format!("kan niet lezen: {e}"));
    let mut file = File::open(path).map_err(kan_niet)?;
    let regels = Regels::van(&mut file).map_err(kan_niet)?;
    let mut reader = csv::ReaderBuilder::new()
        .buffer_capacity(1 << 16)
        .from_reader(file);
    let csv_fout = |e: csv::Error| {
        let regel = e.position().map(|p| regels.regel(p));
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
        let regel = record.position().map_or(0, |p| regels.regel(p));
        let rij = Rij {
            record: &record,
            posities: &posities,
        };
        row(regel, &rij).map_err(|probleem| Fout::new(path, Some(regel), probleem))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn a_pupil_is_new_once_whatever_the_length_of_its_id() {
        let mut seen = Leerlingen::default();
        for id in [
            &b"L1"[..],
            b"L10",
            b"",
            b"123456789012345",
            b"1234567890123456",
        ] {
            assert!(seen.nieuw(id), "{id:?}");
            assert!(!seen.nieuw(id), "{id:?}");
        }
        assert!(seen.nieuw(b"L1\0"), "a trailing NUL is another id");
    }

    /// Keys that differ only in their high bytes, or only in the later fields of a tuple,
    /// spread over the low bits of the hash.
    #[test]
    fn mix_spreads_every_bit_over_the_low_bits() {
        let low: std::collections::HashSet<u64> = (0..1000)
            .map(|n| Fx::default().hash_one(format!("L{n:07}").as_bytes()) & 0x3ff)
            .collect();
        assert!(low.len() > 500, "{} distinct low-10-bit values", low.len());
        let low: std::collections::HashSet<u64> = (0..1024u32)
            .map(|n| Fx::default().hash_one((1u8, 2u8, n % 8, n / 8 % 8, n / 64)) & 0x3ff)
            .collect();
        assert!(low.len() > 500, "{} distinct low-10-bit values", low.len());
    }
}
