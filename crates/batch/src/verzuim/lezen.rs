//! Reading and checking `kalender.csv` and `verzuim.csv` into packed rows.

use super::{GEHEEL, KOLOMMEN};
use crate::intern::Sleutels;
use crate::{Fout, Regels};
use passend_domain::verzuim::{
    Dag, Kalender, KalenderError, Uren, Vakantieregio, Verzuimdag, parse_datum,
};
use std::collections::HashMap;
use std::fs::File;
use std::path::Path;

pub(super) fn lees_kalender(path: &Path, regio: Vakantieregio) -> Result<Kalender, Fout> {
    let bytes =
        std::fs::read(path).map_err(|e| Fout::new(path, None, format!("kan niet lezen: {e}")))?;
    // Not read_to_string: its error is English and names no line.
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let regel = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        Fout::new(
            path,
            Some(regel),
            "geen geldige UTF-8; sla de kalender op als CSV (UTF-8)",
        )
    })?;
    let kalender = Kalender::parse(text, regio).map_err(|e| match e {
        KalenderError::Regel { regel, probleem } => Fout::new(path, Some(regel), probleem),
        other => Fout::new(path, None, other.to_string()),
    })?;
    if kalender.aantal_dagen() > 1 << 16 {
        return Err(Fout::new(
            path,
            None,
            "de kalender beslaat meer dan 179 jaar",
        ));
    }
    Ok(kalender)
}

pub(super) struct Invoer {
    pub(super) sleutels: Sleutels,
    /// One `u128` per row: pupil << 32 | dagnummer << 16 | GEHEEL | unexcused hundredths.
    pub(super) rijen: Vec<u128>,
    pub(super) aantal: u64,
    pub(super) niet_op_schooldag: u64,
    pub(super) eerste_niet_op_schooldag: Option<u64>,
}

pub(super) fn dagnummer(rij: u128) -> u32 {
    ((rij >> 16) & 0xffff) as u32
}

pub(super) fn lees_verzuim(path: &Path, kalender: &Kalender) -> Result<Invoer, Fout> {
    let kan_niet = |e: std::io::Error| Fout::new(path, None, format!("kan niet lezen: {e}"));
    let mut file = File::open(path).map_err(kan_niet)?;
    let regels = Regels::van(&mut file).map_err(kan_niet)?;
    let geschat = file.metadata().map_or(0, |m| m.len() / 28).min(1 << 28) as usize;
    let mut reader = csv::ReaderBuilder::new()
        .buffer_capacity(1 << 16)
        .from_reader(file);
    let kolommen = kolommen(path, regels, &mut reader)?;
    let mut invoer = Invoer {
        sleutels: Sleutels::default(),
        rijen: Vec::with_capacity(geschat),
        aantal: 0,
        niet_op_schooldag: 0,
        eerste_niet_op_schooldag: None,
    };
    let mut record = csv::ByteRecord::new();
    while reader
        .read_byte_record(&mut record)
        .map_err(|e| csv_fout(path, regels, &e))?
    {
        let regel = record.position().map_or(0, |p| regels.regel(p));
        let veld = |i: usize| record.get(kolommen[i]).unwrap_or_default();
        let rij = lees_rij(&mut invoer.sleutels, kalender, veld)
            .map_err(|probleem| Fout::new(path, Some(regel), probleem))?;
        if !matches!(kalender.dag_op(dagnummer(rij)), Dag::School(_)) {
            invoer.niet_op_schooldag += 1;
            invoer.eerste_niet_op_schooldag.get_or_insert(regel);
        }
        invoer.rijen.push(rij);
        invoer.aantal += 1;
    }
    Ok(invoer)
}

/// The positions of the five columns in the header (line 1).
fn kolommen(
    path: &Path,
    regels: Regels,
    reader: &mut csv::Reader<File>,
) -> Result<[usize; 5], Fout> {
    let header = reader
        .byte_headers()
        .map_err(|e| csv_fout(path, regels, &e))?;
    // csv-core strips a UTF-8 byte order mark.
    let naam = |i: usize| header.get(i).unwrap_or_default().trim_ascii();
    let mut posities = [0; 5];
    for (positie, kolom) in posities.iter_mut().zip(KOLOMMEN) {
        *positie = (0..header.len())
            .find(|&i| naam(i) == kolom.as_bytes())
            .ok_or_else(|| {
                Fout::new(
                    path,
                    Some(1),
                    format!("kolom '{kolom}' ontbreekt; verwacht {}", KOLOMMEN.join(",")),
                )
            })?;
    }
    Ok(posities)
}

/// One data row as its `u128`, or the problem.
fn lees_rij<'r>(
    sleutels: &mut Sleutels,
    kalender: &Kalender,
    veld: impl Fn(usize) -> &'r [u8],
) -> Result<u128, String> {
    let leerling = sleutels.sleutel(veld(0), |id| match std::str::from_utf8(id) {
        Ok(id) if !id.trim().is_empty() => Ok(()),
        Ok(_) => Err("leerling_id is leeg".to_string()),
        Err(_) => Err("leerling_id is geen geldige UTF-8".to_string()),
    })?;
    let datum = parse_datum(veld(1)).ok_or_else(|| {
        format!(
            "datum '{}' is geen datum JJJJ-MM-DD",
            String::from_utf8_lossy(veld(1))
        )
    })?;
    let nummer = kalender
        .dagnummer(datum)
        .filter(|&n| kalender.dag_op(n) != Dag::Buiten)
        .ok_or_else(|| {
            let jaren: Vec<String> = kalender
                .schooljaren()
                .iter()
                .map(|s| s.to_string())
                .collect();
            format!(
                "datum {datum} ligt buiten de schooljaren van de kalender ({})",
                jaren.join(", ")
            )
        })?;
    let uren = |i: usize| Uren::parse_bytes(veld(i)).map_err(|e| format!("{}: {e}", KOLOMMEN[i]));
    let (gepland, ongeoorloofd, geoorloofd) = (uren(2)?, uren(3)?, uren(4)?);
    let dag = Verzuimdag::new(0, gepland, ongeoorloofd, geoorloofd).map_err(|e| e.to_string())?;
    let geheel = if dag.geheel_ongeoorloofd { GEHEEL } else { 0 };
    Ok(leerling << 32 | u128::from(nummer) << 16 | geheel | u128::from(ongeoorloofd.honderdsten()))
}

fn csv_fout(path: &Path, regels: Regels, e: &csv::Error) -> Fout {
    let regel = e.position().map(|p| regels.regel(p));
    let probleem = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("verwacht {expected_len} kolommen, gevonden {len}")
        }
        csv::ErrorKind::Io(e) => format!("kan niet lezen: {e}"),
        _ => e.to_string(),
    };
    Fout::new(path, regel, probleem)
}

/// Reads the file again to name the first row, in file order, whose (leerling_id, datum)
/// appeared before. Only on the error path.
pub(super) fn eerste_dubbele(
    path: &Path,
    kalender: &Kalender,
    sleutels: &Sleutels,
    dubbel: &[u128],
) -> Fout {
    let mut eerder: HashMap<u128, Option<u64>> = dubbel.iter().map(|&k| (k, None)).collect();
    let geopend = File::open(path).and_then(|mut file| Ok((Regels::van(&mut file)?, file)));
    let (regels, file) = match geopend {
        Ok(geopend) => geopend,
        Err(e) => return Fout::new(path, None, format!("kan niet lezen: {e}")),
    };
    let mut reader = csv::Reader::from_reader(file);
    let kolommen = match kolommen(path, regels, &mut reader) {
        Ok(kolommen) => kolommen,
        Err(fout) => return fout,
    };
    let mut record = csv::ByteRecord::new();
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let regel = record.position().map_or(0, |p| regels.regel(p));
        let veld = |i: usize| record.get(kolommen[i]).unwrap_or_default();
        let (Some(leerling), Some(nummer)) = (
            sleutels.get(veld(0)),
            parse_datum(veld(1)).and_then(|d| kalender.dagnummer(d)),
        ) else {
            continue;
        };
        let sleutel = leerling << 16 | u128::from(nummer);
        match eerder.get_mut(&sleutel) {
            Some(Some(eerste)) => {
                let probleem = format!(
                    "leerling {} staat op {} al op regel {eerste}: één regel per leerling per dag",
                    String::from_utf8_lossy(veld(0)),
                    String::from_utf8_lossy(veld(1)),
                );
                return Fout::new(path, Some(regel), probleem);
            }
            Some(eerste) => *eerste = Some(regel),
            None => {}
        }
    }
    Fout::new(path, None, "dubbele regels (leerling_id, datum)")
}
