//! Downloads of a list as CSV or Excel: the same rows the page shows, read through the same
//! scoped store call, and every download written to the audit log. A list page offers them
//! with `?formaat=csv` or `?formaat=xlsx`, so a download needs no route of its own and has
//! exactly the page's access.

use crate::error::WebError;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use passend_domain::bekostiging::Decimal;
use passend_store::{Store, Verzoeker};

/// One cell; typed so that Excel gets numbers and dates, not text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cel {
    Tekst(String),
    Getal(i64),
    /// An amount in euros, kept exact; written with two decimals.
    Bedrag(Decimal),
    Datum(Date),
    Leeg,
}

impl From<&str> for Cel {
    fn from(s: &str) -> Self {
        Cel::Tekst(s.to_string())
    }
}

impl From<String> for Cel {
    fn from(s: String) -> Self {
        Cel::Tekst(s)
    }
}

impl From<i64> for Cel {
    fn from(n: i64) -> Self {
        Cel::Getal(n)
    }
}

impl From<Date> for Cel {
    fn from(d: Date) -> Self {
        Cel::Datum(d)
    }
}

impl From<Decimal> for Cel {
    fn from(d: Decimal) -> Self {
        Cel::Bedrag(d)
    }
}

impl<T: Into<Cel>> From<Option<T>> for Cel {
    fn from(o: Option<T>) -> Self {
        o.map_or(Cel::Leeg, Into::into)
    }
}

/// Characters that make Excel or LibreOffice read a cell as a formula (or a DDE call) when
/// the CSV is opened: such a text is written with a leading `'`, which both show as text.
const FORMULE_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text for a CSV cell that a spreadsheet will not run (CSV/formula injection): pupil
/// names, remarks and the like come from users and imports.
fn onschadelijk(s: &str) -> String {
    if s.starts_with(FORMULE_START) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

impl Cel {
    fn tekst(&self) -> String {
        match self {
            Cel::Tekst(s) => onschadelijk(s),
            Cel::Getal(n) => n.to_string(),
            Cel::Bedrag(d) => format!("{:.2}", d.round_dp(2)),
            Cel::Datum(d) => d.to_string(),
            Cel::Leeg => String::new(),
        }
    }
}

/// A list as it leaves the application: a file name stem, the column heads and the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Tabel {
    /// The file name without extension, e.g. `thuiszitters`.
    pub naam: String,
    pub kolommen: Vec<String>,
    pub rijen: Vec<Vec<Cel>>,
}

impl Tabel {
    pub fn new(naam: &str, kolommen: &[&str]) -> Self {
        Tabel {
            naam: naam.to_string(),
            kolommen: kolommen.iter().map(|k| k.to_string()).collect(),
            rijen: Vec::new(),
        }
    }

    pub fn rij(&mut self, cellen: Vec<Cel>) {
        debug_assert_eq!(
            cellen.len(),
            self.kolommen.len(),
            "row width in {}",
            self.naam
        );
        self.rijen.push(cellen);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formaat {
    Csv,
    Xlsx,
}

impl Formaat {
    /// The `formaat` query value: absent or empty means the page itself.
    pub fn van(waarde: Option<&str>) -> Result<Option<Formaat>, WebError> {
        match waarde.map(str::trim) {
            None | Some("") => Ok(None),
            Some("csv") => Ok(Some(Formaat::Csv)),
            Some("xlsx") => Ok(Some(Formaat::Xlsx)),
            Some(other) => Err(WebError::Ongeldig(format!(
                "formaat: '{other}' kennen we niet; kies csv of xlsx"
            ))),
        }
    }
}

/// The query parameter a list page reads besides its own filters.
#[derive(Debug, Default, serde::Deserialize)]
pub struct FormaatQuery {
    pub formaat: Option<String>,
}

impl FormaatQuery {
    pub fn formaat(&self) -> Result<Option<Formaat>, WebError> {
        Formaat::van(self.formaat.as_deref())
    }
}

/// CSV as FORMATS.md reads it: UTF-8, comma separated, a header row, `.` decimals, ISO
/// dates.
pub fn csv_bytes(tabel: &Tabel) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    w.write_record(&tabel.kolommen).expect("in memory");
    for rij in &tabel.rijen {
        w.write_record(rij.iter().map(Cel::tekst))
            .expect("in memory");
    }
    w.into_inner().expect("in memory")
}

/// An Excel workbook with one sheet, a bold header row that stays in view, and typed cells.
pub fn xlsx_bytes(tabel: &Tabel) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut boek = Workbook::new();
    let blad = boek.add_worksheet();
    // Sheet names are at most 31 characters.
    let naam: String = tabel.naam.chars().take(31).collect();
    blad.set_name(&naam)?;
    let kop = Format::new().set_bold();
    let datum = Format::new().set_num_format("yyyy-mm-dd");
    let bedrag = Format::new().set_num_format("#,##0.00");
    for (k, titel) in tabel.kolommen.iter().enumerate() {
        blad.write_string_with_format(0, k as u16, titel, &kop)?;
    }
    for (r, rij) in tabel.rijen.iter().enumerate() {
        let r = r as u32 + 1;
        for (k, cel) in rij.iter().enumerate() {
            let k = k as u16;
            match cel {
                // Always a string cell, never write(): a text starting with `=` stays text.
                Cel::Tekst(s) => {
                    blad.write_string(r, k, s)?;
                }
                Cel::Getal(n) => {
                    blad.write_number(r, k, *n as f64)?;
                }
                // Excel stores numbers as doubles; the CSV keeps the exact value.
                Cel::Bedrag(d) => {
                    let f: f64 = format!("{:.2}", d.round_dp(2)).parse().unwrap_or(0.0);
                    blad.write_number_with_format(r, k, f, &bedrag)?;
                }
                Cel::Datum(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    blad.write_datetime_with_format(r, k, &dt, &datum)?;
                }
                Cel::Leeg => {}
            }
        }
    }
    blad.set_freeze_panes(1, 0)?;
    blad.autofit();
    boek.save_to_buffer()
}

/// The file as a response with a download name.
pub fn bestand(tabel: &Tabel, formaat: Formaat) -> Result<Response, WebError> {
    let (bytes, mime, ext) = match formaat {
        Formaat::Csv => (csv_bytes(tabel), "text/csv; charset=utf-8", "csv"),
        Formaat::Xlsx => (
            xlsx_bytes(tabel).map_err(|e| {
                tracing::error!(error = %e, "xlsx kon niet worden gemaakt");
                WebError::Ongeldig("het Excel-bestand kon niet worden gemaakt".into())
            })?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
    };
    let naam: String = tabel
        .naam
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{naam}.{ext}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// Writes the download to the audit log, then answers with the file.
pub async fn download(
    store: &Store,
    wie: &Verzoeker,
    route: &str,
    tabel: &Tabel,
    formaat: Formaat,
) -> Result<Response, WebError> {
    store.audit_export(wie, route).await?;
    bestand(tabel, formaat)
}
