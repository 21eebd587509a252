//! The regio-indeling: which samenwerkingsverband (PO and VO) covers each 4-digit postcode,
//! from the bijlage of the Regeling regio-indeling samenwerkingsverbanden passend
//! onderwijs PO en VO (BWBR0032324). A pupil's woon-SWV follows from the PC4 of the
//! address, not from the gemeente: twelve gemeenten are split over more than one PO-SWV.

use crate::codes::{CodeError, Gemeentecode, Sector, SwvCode};
use crate::postcode::{Pc4, PostcodeError};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// The official table as shipped (see `data/PROVENANCE.md`).
pub const REGIO_INDELING_2015_CSV: &str =
    include_str!("../data/swv_regio_indeling_pc4_2015_met_gemeentecode.csv");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegioError {
    #[error("postcode {0} komt niet voor in de regio-indeling van de samenwerkingsverbanden")]
    OnbekendePostcode(Pc4),
    #[error(
        "postcode {0} (Europoort) hoort volgens de regio-indeling bij geen samenwerkingsverband"
    )]
    GeenSwv(Pc4),
    #[error("regio-indeling, regel {regel}: {probleem}")]
    Bestand { regel: usize, probleem: String },
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegioRegel {
    pub pc4: Pc4,
    /// Gemeente name as in the 2015 regeling.
    pub gemeente_2015: String,
    pub gemeentecode_2015: Gemeentecode,
    /// The gemeentecode after the herindelingen up to 2019: the gemeente of today's address.
    pub gemeentecode: Gemeentecode,
    /// `None` only for Europoort.
    pub po_swv: Option<SwvCode>,
    pub vo_swv: Option<SwvCode>,
}

/// The PO- and VO-samenwerkingsverband where a pupil lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WoonSwv {
    pub po: SwvCode,
    pub vo: SwvCode,
}

impl WoonSwv {
    pub fn for_sector(&self, sector: Sector) -> &SwvCode {
        match sector {
            Sector::Po => &self.po,
            Sector::Vo => &self.vo,
        }
    }
}

/// The whole table, indexed by PC4.
#[derive(Debug, Clone)]
pub struct RegioIndeling {
    rows: BTreeMap<Pc4, RegioRegel>,
}

static OFFICIEEL: LazyLock<RegioIndeling> = LazyLock::new(|| {
    RegioIndeling::parse(REGIO_INDELING_2015_CSV).expect("shipped regio-indeling is valid")
});

impl RegioIndeling {
    /// The shipped official table (parsed once).
    pub fn officieel() -> &'static RegioIndeling {
        &OFFICIEEL
    }

    /// Parses the CSV `pc4,gemeente_2015,gemeentecode,gemeentecode_2019,po_swv,vo_swv`.
    pub fn parse(csv_text: &str) -> Result<Self, RegioError> {
        let mut reader = csv::ReaderBuilder::new().from_reader(csv_text.as_bytes());
        let mut rows = BTreeMap::new();
        for (index, record) in reader.records().enumerate() {
            let regel = index + 2; // line 1 is the header
            let fail = |probleem: String| RegioError::Bestand { regel, probleem };
            let record = record.map_err(|e| fail(e.to_string()))?;
            if record.len() != 6 {
                return Err(fail(format!(
                    "verwacht 6 kolommen, gevonden {}",
                    record.len()
                )));
            }
            let pc4 = Pc4::parse(&record[0]).map_err(|e: PostcodeError| fail(e.to_string()))?;
            let code = |s: &str| Gemeentecode::parse(s).map_err(|e| fail(e.to_string()));
            let swv = |s: &str| -> Result<Option<SwvCode>, RegioError> {
                if s == "Europoort" {
                    return Ok(None);
                }
                SwvCode::parse(s)
                    .map(Some)
                    .map_err(|e: CodeError| fail(e.to_string()))
            };
            let row = RegioRegel {
                pc4,
                gemeente_2015: record[1].to_string(),
                gemeentecode_2015: code(&record[2])?,
                gemeentecode: code(&record[3])?,
                po_swv: swv(&record[4])?,
                vo_swv: swv(&record[5])?,
            };
            if row
                .po_swv
                .as_ref()
                .is_some_and(|c| c.sector() != Sector::Po)
                || row
                    .vo_swv
                    .as_ref()
                    .is_some_and(|c| c.sector() != Sector::Vo)
            {
                return Err(fail("PO- en VO-kolom zijn verwisseld".into()));
            }
            if rows.insert(pc4, row).is_some() {
                return Err(fail(format!("postcode {pc4} staat er twee keer in")));
            }
        }
        Ok(Self { rows })
    }

    pub fn lookup(&self, pc4: Pc4) -> Result<&RegioRegel, RegioError> {
        self.rows
            .get(&pc4)
            .ok_or(RegioError::OnbekendePostcode(pc4))
    }

    /// The woon-SWV (PO and VO) of an address.
    pub fn woon_swv(&self, pc4: Pc4) -> Result<WoonSwv, RegioError> {
        let row = self.lookup(pc4)?;
        match (&row.po_swv, &row.vo_swv) {
            (Some(po), Some(vo)) => Ok(WoonSwv {
                po: po.clone(),
                vo: vo.clone(),
            }),
            _ => Err(RegioError::GeenSwv(pc4)),
        }
    }

    /// The SWV of a sector that covers a postcode: for a vestiging, the SWV it belongs to
    /// unless set otherwise (WPO art. 18a, WVO art. 17a).
    pub fn swv_van(&self, pc4: Pc4, sector: Sector) -> Result<SwvCode, RegioError> {
        self.woon_swv(pc4).map(|w| w.for_sector(sector).clone())
    }

    pub fn rows(&self) -> impl Iterator<Item = &RegioRegel> {
        self.rows.values()
    }

    /// Every SWV code in the table, sorted.
    pub fn swv_codes(&self) -> BTreeSet<SwvCode> {
        self.rows
            .values()
            .flat_map(|r| [r.po_swv.clone(), r.vo_swv.clone()])
            .flatten()
            .collect()
    }

    /// The postcodes an SWV covers.
    pub fn pc4s_of(&self, swv: &SwvCode) -> Vec<Pc4> {
        self.rows
            .values()
            .filter(|r| r.po_swv.as_ref() == Some(swv) || r.vo_swv.as_ref() == Some(swv))
            .map(|r| r.pc4)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pc4(s: &str) -> Pc4 {
        Pc4::parse(s).unwrap()
    }

    #[test]
    fn official_table_has_the_known_counts() {
        let table = RegioIndeling::officieel();
        assert_eq!(table.rows().count(), 4046);
        let codes = table.swv_codes();
        assert_eq!(
            codes.iter().filter(|c| c.sector() == Sector::Po).count(),
            76
        );
        assert_eq!(
            codes.iter().filter(|c| c.sector() == Sector::Vo).count(),
            74
        );
    }

    #[test]
    fn looks_up_real_postcodes() {
        let table = RegioIndeling::officieel();
        let amsterdam = table.woon_swv(pc4("1011")).unwrap();
        assert_eq!(amsterdam.po.as_str(), "PO2707");
        assert_eq!(amsterdam.vo.as_str(), "VO2708");
        // Nijmegen, the example of RULES §6.2.
        assert_eq!(table.woon_swv(pc4("6511")).unwrap().po.as_str(), "PO2507");
        assert_eq!(
            table.lookup(pc4("3431")).unwrap().gemeente_2015,
            "Nieuwegein"
        );
    }

    #[test]
    fn europoort_and_unknown_postcodes_are_errors() {
        let table = RegioIndeling::officieel();
        assert_eq!(
            table.woon_swv(pc4("3197")),
            Err(RegioError::GeenSwv(pc4("3197")))
        );
        let err = table.woon_swv(pc4("1000")).unwrap_err();
        assert_eq!(err, RegioError::OnbekendePostcode(pc4("1000")));
        assert!(err.to_string().contains("1000"));
    }

    #[test]
    fn malformed_file_names_the_line() {
        let text = "pc4,gemeente_2015,gemeentecode,gemeentecode_2019,po_swv,vo_swv\n\
                    1011,Amsterdam,0363,0363,PO2707,VO2708\n\
                    1012,Amsterdam,0363,0363,VO2707,PO2708\n";
        let err = RegioIndeling::parse(text).unwrap_err();
        assert!(matches!(err, RegioError::Bestand { regel: 3, .. }), "{err}");
    }
}
