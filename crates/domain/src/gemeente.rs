//! Gemeenten from RvIG Landelijke tabel 33, with the merger chain (`Nieuwe code`).

use crate::codes::Gemeentecode;
use jiff::civil::Date;

pub const TABEL33_CSV: &str = include_str!("../data/rvig_tabel33_gemeententabel_2019.csv");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("gemeententabel, regel {regel}: {probleem}")]
pub struct GemeenteError {
    pub regel: usize,
    pub probleem: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gemeente {
    pub code: Gemeentecode,
    pub naam: String,
    /// The gemeente it merged into, if it no longer exists.
    pub nieuwe_code: Option<Gemeentecode>,
    pub datum_einde: Option<Date>,
}

impl Gemeente {
    pub fn bestaat_nog(&self) -> bool {
        self.datum_einde.is_none()
    }
}

/// Parses tabel 33 (quoted CSV, optional BOM, dates as `JJJJMMDD`). Code `0000`
/// ("Onbekend") is skipped: it is not a gemeente.
pub fn parse_tabel33(text: &str) -> Result<Vec<Gemeente>, GemeenteError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let regel = index + 2;
        let fail = |probleem: String| GemeenteError { regel, probleem };
        let record = record.map_err(|e| fail(e.to_string()))?;
        if record.len() < 5 {
            return Err(fail(format!(
                "verwacht 5 kolommen, gevonden {}",
                record.len()
            )));
        }
        let code = Gemeentecode::parse(&record[0]).map_err(|e| fail(e.to_string()))?;
        if code.as_str() == "0000" {
            continue;
        }
        let nieuwe_code = match &record[2] {
            "" => None,
            s => Some(Gemeentecode::parse(s).map_err(|e| fail(e.to_string()))?),
        };
        let datum_einde = match &record[4] {
            "" => None,
            s => Some(parse_compact_date(s).ok_or_else(|| fail(format!("'{s}' is geen datum")))?),
        };
        out.push(Gemeente {
            code,
            naam: record[1].to_string(),
            nieuwe_code,
            datum_einde,
        });
    }
    Ok(out)
}

fn parse_compact_date(s: &str) -> Option<Date> {
    if s.len() != 8 {
        return None;
    }
    let y = s[..4].parse().ok()?;
    let m = s[4..6].parse().ok()?;
    let d = s[6..].parse().ok()?;
    Date::new(y, m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_shipped_table() {
        let all = parse_tabel33(TABEL33_CSV).unwrap();
        assert_eq!(all.len(), 1473);
        let vianen = all.iter().find(|g| g.code.as_str() == "0620").unwrap();
        assert_eq!(vianen.naam, "Vianen");
        assert_eq!(vianen.nieuwe_code.as_ref().unwrap().as_str(), "1961");
        assert!(!vianen.bestaat_nog());
        let houten = all.iter().find(|g| g.code.as_str() == "0321").unwrap();
        assert!(houten.bestaat_nog());
    }

    #[test]
    fn every_gemeente_of_the_regio_indeling_is_known() {
        let all = parse_tabel33(TABEL33_CSV).unwrap();
        for row in crate::RegioIndeling::officieel().rows() {
            let g = all.iter().find(|g| g.code == row.gemeentecode);
            assert!(g.is_some_and(Gemeente::bestaat_nog), "{}", row.gemeentecode);
        }
    }
}
