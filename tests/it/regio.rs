//! The woon-SWV lookup against the official table in ../shared (the source of the copy
//! shipped in crates/domain/data).

use passend_domain::{Pc4, RegioIndeling, Sector};
use std::collections::{BTreeMap, BTreeSet};

const OFFICIAL: &str = "../shared/data/reference/swv_regio_indeling_pc4_2015.csv";
const OFFICIAL_WITH_CODES: &str =
    "../shared/data/reference/swv_regio_indeling_pc4_2015_met_gemeentecode.csv";

fn skipped(file: &str) {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {file} is not there (../shared must lie beside the project)"
    );
}

fn official_rows() -> Option<Vec<Vec<String>>> {
    let Ok(text) = std::fs::read_to_string(OFFICIAL) else {
        skipped(OFFICIAL);
        return None;
    };
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    Some(
        reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect(),
    )
}

#[test]
fn shipped_copy_equals_the_official_file() {
    let Ok(official) = std::fs::read_to_string(OFFICIAL_WITH_CODES) else {
        skipped(OFFICIAL_WITH_CODES);
        return;
    };
    assert_eq!(official, passend_domain::regio::REGIO_INDELING_2015_CSV);
}

#[test]
fn woon_swv_matches_a_sample_of_the_official_table() {
    let Some(rows) = official_rows() else { return };
    assert_eq!(rows.len(), 4046);
    let table = RegioIndeling::officieel();
    let mut checked = 0;
    for row in rows.iter().step_by(37).chain(rows.last()) {
        let pc4 = Pc4::parse(&row[0]).unwrap();
        if row[2] == "Europoort" {
            assert!(table.woon_swv(pc4).is_err());
            continue;
        }
        let woon = table.woon_swv(pc4).unwrap();
        assert_eq!(woon.po.as_str(), row[2], "{row:?}");
        assert_eq!(woon.vo.as_str(), row[3], "{row:?}");
        assert_eq!(table.lookup(pc4).unwrap().gemeente_2015, row[1]);
        checked += 1;
    }
    assert!(checked > 100);
}

#[test]
fn split_gemeenten_get_the_swv_of_their_postcode() {
    let Some(rows) = official_rows() else { return };
    // gemeente -> PO-SWV -> one postcode in it
    let mut by_gemeente: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
    for row in &rows {
        by_gemeente
            .entry(&row[1])
            .or_default()
            .entry(&row[2])
            .or_insert(&row[0]);
    }
    let split: BTreeSet<&str> = by_gemeente
        .iter()
        .filter(|(_, swvs)| swvs.keys().filter(|s| **s != "Europoort").count() > 1)
        .map(|(g, _)| *g)
        .collect();
    // RULES §6.3 names twelve gemeenten split over more than one PO-SWV.
    for g in [
        "Alphen aan den Rijn",
        "Bronckhorst",
        "Rotterdam",
        "Staphorst",
        "Zuidplas",
        "Montferland",
    ] {
        assert!(split.contains(g), "{g}");
    }
    assert_eq!(split.len(), 12);
    let table = RegioIndeling::officieel();
    for g in &split {
        for (swv, pc4) in &by_gemeente[g] {
            if *swv == "Europoort" {
                continue;
            }
            let pc4 = Pc4::parse(pc4).unwrap();
            assert_eq!(
                table.swv_van(pc4, Sector::Po).unwrap().as_str(),
                *swv,
                "{g} {pc4}"
            );
        }
    }
}
