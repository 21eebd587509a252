//! School holidays as loaded by the beheerder: the rijksoverheid open-data JSON (infotype
//! *schoolholidays*, FORMATS.md) or the CSV layout of the shipped file. A schooljaar counts
//! only when every holiday in it has its dates for all three regio's.

use super::kalender::{KOLOMMEN, KalenderError, Vakantieregio, regel};
use super::parse_datum;
use crate::Schooljaar;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// One holiday of one regio, first and last day inclusive.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Vakantie {
    pub schooljaar: Schooljaar,
    pub naam: String,
    pub regio: Vakantieregio,
    pub start: Date,
    pub eind: Date,
}

#[derive(Deserialize)]
struct Bestand {
    content: Vec<Jaar>,
}

#[derive(Deserialize)]
struct Jaar {
    schoolyear: String,
    vacations: Vec<OpenVakantie>,
}

#[derive(Deserialize)]
struct OpenVakantie {
    #[serde(rename = "type")]
    soort: String,
    regions: Vec<Regio>,
}

#[derive(Deserialize)]
struct Regio {
    region: String,
    startdate: String,
    enddate: String,
}

fn fout(probleem: String) -> KalenderError {
    KalenderError::Bestand(probleem)
}

/// The date in Europe/Amsterdam of an open-data instant (`2026-10-17T00:00:00.000Z`).
fn dag(tekst: &str, waar: &str) -> Result<Date, KalenderError> {
    let tz = TimeZone::get("Europe/Amsterdam").map_err(|e| fout(e.to_string()))?;
    tekst
        .parse::<jiff::Timestamp>()
        .map(|t| t.to_zoned(tz).date())
        .map_err(|_| {
            fout(format!(
                "{waar}: '{tekst}' is geen tijdstip zoals 2026-10-17T00:00:00.000Z"
            ))
        })
}

/// Reads the open-data JSON; `heel Nederland` gives the same dates to all three regio's.
pub fn lees_open_data(json: &str) -> Result<Vec<Vakantie>, KalenderError> {
    let bestand: Bestand = serde_json::from_str(json).map_err(|e| KalenderError::Regel {
        regel: e.line() as u64,
        probleem: format!("kolom {}: {e}", e.column()),
    })?;
    let mut out = Vec::new();
    for jaar in &bestand.content {
        let schooljaar =
            Schooljaar::parse(jaar.schoolyear.trim()).map_err(|e| fout(e.to_string()))?;
        for v in &jaar.vacations {
            let naam = v.soort.trim().to_string();
            for r in &v.regions {
                let waar = format!("{schooljaar}, {naam}, regio '{}'", r.region);
                let regio = match r.region.trim().to_lowercase().as_str() {
                    "heel nederland" => Vakantieregio::ALL.to_vec(),
                    other => vec![Vakantieregio::parse(other).ok_or_else(|| {
                        fout(format!(
                            "{waar}: verwacht noord, midden, zuid of heel Nederland"
                        ))
                    })?],
                };
                let (start, eind) = (dag(&r.startdate, &waar)?, dag(&r.enddate, &waar)?);
                for regio in regio {
                    out.push(controleer(Vakantie {
                        schooljaar,
                        naam: naam.clone(),
                        regio,
                        start,
                        eind,
                    })?);
                }
            }
        }
    }
    volledig(&out)?;
    Ok(out)
}

/// Reads the CSV layout `schooljaar,vakantie,regio,start,eind[,…]` into holiday rows; a
/// problem names its line (the header is line 1).
pub fn lees_csv(csv_text: &str) -> Result<Vec<Vakantie>, KalenderError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let header = reader.headers().map_err(|e| regel(1, e.to_string()))?;
    if header.len() < KOLOMMEN.len() || header.iter().zip(KOLOMMEN).any(|(h, k)| h.trim() != k) {
        return Err(regel(
            1,
            format!("verwacht de kolommen {}", KOLOMMEN.join(",")),
        ));
    }
    let mut rijen = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            regel(line, e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let fail = |probleem: String| regel(line, probleem);
        if record.len() < KOLOMMEN.len() {
            return Err(fail(format!("verwacht {} kolommen", KOLOMMEN.len())));
        }
        let schooljaar = Schooljaar::parse(&record[0]).map_err(|e| fail(e.to_string()))?;
        let rij_regio = Vakantieregio::parse(&record[2]).ok_or_else(|| {
            fail(format!(
                "onbekende regio '{}': verwacht noord, midden of zuid",
                &record[2]
            ))
        })?;
        let datum = |kolom: usize| {
            parse_datum(record[kolom].as_bytes()).ok_or_else(|| {
                fail(format!(
                    "{} '{}' is geen datum JJJJ-MM-DD",
                    KOLOMMEN[kolom], &record[kolom]
                ))
            })
        };
        let (start, eind) = (datum(3)?, datum(4)?);
        if start > eind {
            return Err(fail(format!("start {start} ligt na eind {eind}")));
        }
        if !schooljaar.contains(start) {
            return Err(fail(format!(
                "start {start} ligt niet in schooljaar {schooljaar}"
            )));
        }
        rijen.push(Vakantie {
            schooljaar,
            naam: record[1].trim().to_string(),
            regio: rij_regio,
            start,
            eind,
        });
    }
    Ok(rijen)
}

/// Reads either layout: the open-data feed is JSON, anything else the CSV layout.
pub fn lees(tekst: &str) -> Result<Vec<Vakantie>, KalenderError> {
    if tekst.trim_start().starts_with('{') {
        lees_open_data(tekst)
    } else {
        lees_csv(tekst)
    }
}

/// The checks every holiday row passes, from either layout.
pub(super) fn controleer(v: Vakantie) -> Result<Vakantie, KalenderError> {
    let waar = format!("{}, {}, regio {}", v.schooljaar, v.naam, v.regio);
    if v.start > v.eind {
        return Err(fout(format!(
            "{waar}: start {} ligt na eind {}",
            v.start, v.eind
        )));
    }
    if !v.schooljaar.contains(v.start) {
        return Err(fout(format!(
            "{waar}: start {} ligt niet in schooljaar {}",
            v.start, v.schooljaar
        )));
    }
    Ok(v)
}

/// Every holiday of a schooljaar has dates for noord, midden and zuid.
pub fn volledig(rijen: &[Vakantie]) -> Result<(), KalenderError> {
    if rijen.is_empty() {
        return Err(fout("het bestand bevat geen vakanties".into()));
    }
    let mut per: BTreeMap<(Schooljaar, &str), BTreeSet<Vakantieregio>> = BTreeMap::new();
    for v in rijen {
        per.entry((v.schooljaar, &v.naam))
            .or_default()
            .insert(v.regio);
    }
    for ((jaar, naam), regios) in per {
        if let Some(mist) = Vakantieregio::ALL.iter().find(|r| !regios.contains(r)) {
            return Err(fout(format!(
                "schooljaar {jaar} is onvolledig: {naam} heeft geen data voor regio {mist}"
            )));
        }
    }
    Ok(())
}

/// The schooljaren the rows cover, in order.
pub fn schooljaren(rijen: &[Vakantie]) -> Vec<Schooljaar> {
    let set: BTreeSet<Schooljaar> = rijen.iter().map(|v| v.schooljaar).collect();
    set.into_iter().collect()
}

#[cfg(test)]
#[path = "vakanties_tests.rs"]
mod tests;
