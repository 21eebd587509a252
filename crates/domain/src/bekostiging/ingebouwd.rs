//! The rule sets shipped with passend (`crates/domain/data/bekostiging/`, see
//! `data/PROVENANCE.md`), embedded at compile time.

use super::regelset::{Regelset, Regelsets};
use std::sync::LazyLock;

/// File name and text of every shipped rule set.
pub const INGEBOUWDE_REGELSETS: [(&str, &str); 2] = [
    (
        "bekostiging/2014-2015.json",
        include_str!("../../data/bekostiging/2014-2015.json"),
    ),
    (
        "bekostiging/2015-2016.json",
        include_str!("../../data/bekostiging/2015-2016.json"),
    ),
];

static INGEBOUWD: LazyLock<Regelsets> = LazyLock::new(|| {
    let mut sets = Regelsets::default();
    for (name, text) in INGEBOUWDE_REGELSETS {
        sets.voeg_toe(Regelset::parse(text, name).expect("shipped rule set is valid"));
    }
    sets
});

impl Regelsets {
    /// The shipped rule sets (parsed once); clone it to add a user's file.
    pub fn ingebouwd() -> &'static Regelsets {
        &INGEBOUWD
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Sector;
    use crate::schooljaar::Schooljaar;
    use crate::schoolsoort::Schoolsoort;
    use jiff::civil::date;

    fn set(sj: &str) -> &'static Regelset {
        Regelsets::ingebouwd()
            .voor(Schooljaar::parse(sj).unwrap())
            .unwrap()
    }

    /// Every amount as read from the regeling text in `../shared/data/law/`, with the
    /// article it stands in. `None`: the regeling gives no such amount.
    /// R1415 = BWBR0037032 (15 september 2015), R1516 = BWBR0037118 (15 oktober 2015),
    /// Lwoo15 = BWBR0037129 (15 oktober 2015).
    #[rustfmt::skip]
    const LAW: [(&str, &str, Option<&str>, &str); 32] = [
        ("2014-2015", "lichte_ondersteuning_po",           Some("151.06"),   "R1415 art. 22"),
        ("2014-2015", "zware_ondersteuning_po",            Some("16.61"),    "R1415 art. 24"),
        ("2014-2015", "zware_ondersteuning_vo",            Some("16.61"),    "R1415 art. 26"),
        ("2014-2015", "normbedrag_so_jonger_dan_8_laag",   None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_so_jonger_dan_8_midden", None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_so_jonger_dan_8_hoog",   None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_so_8_en_ouder_laag",     None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_so_8_en_ouder_midden",   None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_so_8_en_ouder_hoog",     None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_vso_laag",               None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_vso_midden",             None,             "Niet in R1415"),
        ("2014-2015", "normbedrag_vso_hoog",               None,             "Niet in R1415"),
        ("2014-2015", "sbo_groei_po",                      Some("2880.94"),  "R1415 art. 22"),
        ("2014-2015", "sbo_2_procent_po",                  Some("4117.44"),  "R1415 art. 22"),
        ("2014-2015", "sbo_tlv_po",                        None,             "Niet van toepassing"),
        ("2014-2015", "lwoo_pro_vo",                       None,             "Niet van toepassing"),
        ("2015-2016", "lichte_ondersteuning_po",           Some("156.61"),   "R1516 art. 19"),
        ("2015-2016", "zware_ondersteuning_po",            Some("318.83"),   "R1516 art. 21"),
        ("2015-2016", "zware_ondersteuning_vo",            Some("512.95"),   "R1516 art. 22"),
        ("2015-2016", "normbedrag_so_jonger_dan_8_laag",   Some("9059.77"),  "R1516 art. 15"),
        ("2015-2016", "normbedrag_so_jonger_dan_8_midden", Some("13281.76"), "R1516 art. 15"),
        ("2015-2016", "normbedrag_so_jonger_dan_8_hoog",   Some("20228.81"), "R1516 art. 15"),
        ("2015-2016", "normbedrag_so_8_en_ouder_laag",     Some("8220.95"),  "R1516 art. 15"),
        ("2015-2016", "normbedrag_so_8_en_ouder_midden",   Some("14381.55"), "R1516 art. 15"),
        ("2015-2016", "normbedrag_so_8_en_ouder_hoog",     Some("21328.60"), "R1516 art. 15"),
        ("2015-2016", "normbedrag_vso_laag",               Some("9144.59"),  "R1516 art. 15"),
        ("2015-2016", "normbedrag_vso_midden",             Some("16229.51"), "R1516 art. 15"),
        ("2015-2016", "normbedrag_vso_hoog",               Some("20186.72"), "R1516 art. 15"),
        ("2015-2016", "sbo_groei_po",                      Some("2986.87"),  "R1516 art. 19"),
        ("2015-2016", "sbo_2_procent_po",                  Some("4268.84"),  "R1516 art. 19"),
        ("2015-2016", "sbo_tlv_po",                        None,             "Niet van toepassing"),
        ("2015-2016", "lwoo_pro_vo",                       Some("4100.39"),  "Lwoo15 art. 4 lid 4"),
    ];

    #[test]
    fn shipped_amounts_match_the_regeling_line_by_line() {
        for (sj, key, amount, article) in LAW {
            let b = set(sj).bedrag(key);
            assert_eq!(
                b.waarde.map(|d| d.to_string()),
                amount.map(str::to_string),
                "{sj} {key}"
            );
            assert!(b.bron.starts_with(article), "{sj} {key}: bron '{}'", b.bron);
        }
        // Every key of every shipped file is in the table above.
        assert_eq!(LAW.len(), 2 * super::super::regelset::BEDRAG_SLEUTELS.len());
    }

    /// The regeling each source abbreviation stands for, by its BWB id in the file name.
    const REGELINGEN: [(&str, &str); 3] = [
        ("R1415 ", "BWBR0037032"),
        ("R1516 ", "BWBR0037118"),
        ("Lwoo15 ", "BWBR0037129"),
    ];

    /// `9059.77` as the regelingen write it: `9.059,77`.
    fn nederlands(d: &rust_decimal::Decimal) -> String {
        let s = format!("{:.2}", d);
        let (int, frac) = s.split_once('.').unwrap();
        let mut groups = Vec::new();
        let mut rest = int;
        while rest.len() > 3 {
            let (a, b) = rest.split_at(rest.len() - 3);
            groups.insert(0, b);
            rest = a;
        }
        groups.insert(0, rest);
        format!("{},{frac}", groups.join("."))
    }

    /// Every shipped amount stands, in Dutch notation, in the text of the regeling its
    /// source names, read from `../shared/data/law` (the law mirror next to the workspace).
    #[test]
    fn shipped_amounts_stand_in_the_regeling_text() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/law");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!(
                "SKIPPED: {} not found; the amounts are not checked against the law texts",
                dir.display()
            );
            return;
        };
        let files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        let mut checked = 0;
        for (name, text) in INGEBOUWDE_REGELSETS {
            let r = Regelset::parse(text, name).unwrap();
            for key in super::super::regelset::BEDRAG_SLEUTELS {
                let b = r.bedrag(key);
                let Some(waarde) = b.waarde else { continue };
                let (_, bwb) = REGELINGEN
                    .iter()
                    .find(|(afk, _)| b.bron.starts_with(afk))
                    .unwrap_or_else(|| {
                        panic!("{name} {key}: bron '{}' names no known regeling", b.bron)
                    });
                let file = files
                    .iter()
                    .find(|f| f.to_string_lossy().contains(bwb))
                    .unwrap_or_else(|| {
                        panic!("{name} {key}: no law file for {bwb} in {}", dir.display())
                    });
                let law = std::fs::read_to_string(file)
                    .unwrap()
                    .replace('\u{a0}', " ");
                let bedrag = nederlands(&waarde);
                assert!(
                    law.contains(&format!("€ {bedrag}")) || law.contains(&format!("€  {bedrag}")),
                    "{name} {key}: € {bedrag} not in {}",
                    file.display()
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 3 + 2 + 3 + 9 + 2 + 1, "amounts checked");
    }

    #[test]
    fn dutch_notation_of_amounts() {
        let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!(nederlands(&d("9059.77")), "9.059,77");
        assert_eq!(nederlands(&d("16.61")), "16,61");
        assert_eq!(nederlands(&d("1280652.00")), "1.280.652,00");
        assert_eq!(nederlands(&d("318.83")), "318,83");
    }

    #[test]
    fn shipped_dates_percentages_and_counted_sorts() {
        let a = set("2014-2015");
        let b = set("2015-2016");
        assert_eq!(
            (a.teldatum, a.groei_teldatum),
            (date(2013, 10, 1), date(2014, 2, 1))
        );
        assert_eq!(
            (b.teldatum, b.groei_teldatum),
            (date(2014, 10, 1), date(2015, 2, 1))
        );
        // Wet passend onderwijs art. XIII/XV: none in the first schooljaar, 100% in the second.
        assert_eq!(a.verevening_percentage.waarde.unwrap().to_string(), "0");
        assert_eq!(b.verevening_percentage.waarde.unwrap().to_string(), "100");
        assert!(b.verevening_percentage.bron.contains("art. XIII lid 2"));
        for r in [a, b] {
            let (po, _) = r.normbudget_schoolsoorten(Sector::Po);
            let (vo, _) = r.normbudget_schoolsoorten(Sector::Vo);
            assert_eq!(po, [Schoolsoort::Bao, Schoolsoort::Sbo]);
            assert_eq!(vo, [Schoolsoort::Vo]);
        }
    }

    #[test]
    fn a_schooljaar_without_a_rule_set_is_refused() {
        let err = Regelsets::ingebouwd()
            .voor(Schooljaar::parse("2016-2017").unwrap())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "geen regelset voor schooljaar 2016-2017: bedragen worden nooit verzonnen. \
             Er zijn regelsets voor 2014-2015, 2015-2016; voeg een regelsetbestand voor 2016-2017 toe"
        );
    }
}
