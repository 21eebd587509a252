//! Engine tests on whole examples: hand-computed SWVs, the worked example of RULES.md §3.9,
//! and the payer-rule scenarios of `--afdracht-naar`.

use super::bereken::{BekostigingError, bereken};
use super::groep::{Categorie::*, Leeftijdsgroep::*, TlvGroep};
use super::invoer::{AfdrachtNaar, Invoer, LeerlingenTelling, Peildatum, TlvTelling};
use super::regelset::{Regelset, Regelsets};
use super::uitkomst::Component;
use crate::codes::SwvCode;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use rust_decimal::Decimal;

pub fn swv(code: &str) -> SwvCode {
    SwvCode::parse(code).unwrap()
}
pub fn eur(s: &str) -> Decimal {
    s.parse().unwrap()
}
pub fn set(sj: &str) -> &'static Regelset {
    Regelsets::ingebouwd()
        .voor(Schooljaar::parse(sj).unwrap())
        .unwrap()
}
pub fn tel(code: &str, schoolsoort: Schoolsoort, aantal: u64) -> LeerlingenTelling {
    LeerlingenTelling {
        swv: swv(code),
        schoolsoort,
        aantal,
    }
}
/// `n` pupils of `groep` on `peildatum`; SWVs: TLV, woon, school.
pub fn tlv(peildatum: Peildatum, groep: TlvGroep, swvs: [&str; 3], aantal: u64) -> TlvTelling {
    TlvTelling {
        peildatum,
        groep,
        tlv_swv: swv(swvs[0]),
        woon_swv: swv(swvs[1]),
        school_swv: Some(swv(swvs[2])),
        aantal,
    }
}

/// PO-SWV, 2015-2016, hand-computed:
/// lichte  200 bao × 156.61                          =  31 322.00
/// zware   (200 bao + 10 sbo) × 318.83                =  66 954.30  (so is not counted)
/// afdracht_so 2 × 13 281.76 (so <8 midden) + 1 × 21 328.60 (so ≥8 hoog) = 47 892.12
/// groei   (3 − 2) × 13 281.76 (so <8 midden; so ≥8 hoog 1 − 1 = 0)     = 13 281.76
/// verevening −2 500.00 × 100 %                       =  −2 500.00
/// netto 31 322.00 + 66 954.30 − 47 892.12 − 0 − 2 500.00 − 13 281.76 = 34 602.42
#[test]
fn po_swv_by_hand() {
    let p = ["PO1111"; 3];
    let invoer = Invoer {
        leerlingen: vec![
            tel("PO1111", Schoolsoort::Bao, 200),
            tel("PO1111", Schoolsoort::Sbo, 10),
            tel("PO1111", Schoolsoort::So, 3),
        ],
        tlv: vec![
            tlv(Peildatum::Oktober, TlvGroep::So(JongerDan8, Midden), p, 2),
            tlv(Peildatum::Oktober, TlvGroep::So(AchtEnOuder, Hoog), p, 1),
            tlv(Peildatum::Februari, TlvGroep::So(JongerDan8, Midden), p, 3),
            tlv(Peildatum::Februari, TlvGroep::So(AchtEnOuder, Hoog), p, 1),
        ],
        verevening: vec![(swv("PO1111"), eur("-2500.00"))],
        // 4 sbo on 1 februari: not above the 10 on 1 oktober, not above 2% of 210 (4).
        leerlingen_februari: Some(vec![tel("PO1111", Schoolsoort::Sbo, 4)]),
        ..Invoer::default()
    };
    let [r] = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.leerlingen, 210);
    assert_eq!(r.lichte_ondersteuning, Some(eur("31322.00")));
    assert_eq!(r.zware_ondersteuning, Some(eur("66954.30")));
    assert_eq!(r.afdracht_so, Some(eur("47892.12")));
    assert_eq!(r.afdracht_vso, Some(Decimal::ZERO));
    assert_eq!(r.verevening, Some(eur("-2500.00")));
    assert_eq!(r.groei, Some(eur("13281.76")));
    assert_eq!(r.netto, eur("34602.42"));
    assert!(r.ontbrekend.is_empty());
    // Every number is explained by its inputs, amount and source.
    let groei: Vec<_> = r
        .toelichting
        .iter()
        .filter(|t| t.component == Component::Groei)
        .collect();
    assert_eq!(groei.len(), 1);
    assert!(groei[0].invoer.starts_with("3 leerlingen so jonger dan 8, categorie midden op 2015-02-01 − 2 op 2014-10-01 = 1 meer"), "{}", groei[0].invoer);
    assert!(groei[0].bron.starts_with("R1516 art. 15"));
    assert_eq!(groei[0].uitkomst, Some(eur("13281.76")));
}

/// VO-SWV, 2015-2016, hand-computed:
/// zware   1 000 vo × 512.95                          = 512 950.00  (vso is not counted)
/// afdracht_vso 4 × 9 144.59 (laag) + 1 × 20 186.72 (hoog) = 56 765.08
/// groei   (6 − 4) × 9 144.59 (laag; hoog 0 − 1 is no negative growth) = 18 289.18
/// verevening 1 234.56 × 100 %                        =   1 234.56
/// lichte  not in the rule set for VO → ontbrekend, left out of netto
/// lwoo/pro 3 × 4 100.39 (Lwoo15 art. 4 lid 4)            =  12 301.17
/// netto 512 950.00 − 0 − 56 765.08 + 1 234.56 − 18 289.18 − 12 301.17 = 426 829.13
#[test]
fn vo_swv_by_hand() {
    let v = ["VO2222"; 3];
    let invoer = Invoer {
        leerlingen: vec![
            tel("VO2222", Schoolsoort::Vo, 1000),
            tel("VO2222", Schoolsoort::Vso, 50),
        ],
        tlv: vec![
            tlv(Peildatum::Oktober, TlvGroep::Vso(Laag), v, 4),
            tlv(Peildatum::Oktober, TlvGroep::Vso(Hoog), v, 1),
            tlv(Peildatum::Februari, TlvGroep::Vso(Laag), v, 6),
        ],
        verevening: vec![(swv("VO2222"), eur("1234.56"))],
        lwoo_pro: Some(vec![(swv("VO2222"), 3)]),
        ..Invoer::default()
    };
    let [r] = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.leerlingen, 1000);
    assert_eq!(r.lichte_ondersteuning, None);
    assert_eq!(r.zware_ondersteuning, Some(eur("512950.00")));
    assert_eq!(
        (r.afdracht_so, r.afdracht_vso),
        (Some(Decimal::ZERO), Some(eur("56765.08")))
    );
    assert_eq!(r.groei, Some(eur("18289.18")));
    assert_eq!(r.lwoo_pro, Some(eur("12301.17")));
    assert_eq!(
        (r.sbo_groei, r.sbo_2_procent),
        (Some(Decimal::ZERO), Some(Decimal::ZERO))
    );
    assert_eq!(r.netto, eur("426829.13"));
    assert_eq!(r.ontbrekend, [Component::LichteOndersteuning]);
}

/// RULES.md §3.9, reproduced to the cent. PO-SWV, 2015-2016, counts on 1-10-2014: 9 500 bao
/// and 500 sbo pupils; 75 so pupils with a TLV of this SWV (on an so vestiging in the same
/// SWV, which does not count for the normbudget): 20 × so <8 laag, 40 × so ≥8 laag,
/// 10 × so ≥8 midden and 5 × so ≥8 hoog. 500 sbo pupils again on 1 februari: 2% of 10 000
/// = 200, so (500 − 200) × 4 268.84 = 1 280 652.00 (WPO art. 124 lid 2), and no sbo growth
/// (500 − 500 = 0, lid 1). RULES dates that count 1-2-2016 (for 2016-17); the engine uses
/// the rule set's groei_teldatum 1-2-2015, as for (v)so growth: same numbers.
#[test]
fn worked_example_of_rules_3_9() {
    let p = ["PO2707"; 3];
    let invoer = Invoer {
        leerlingen: vec![
            tel("PO2707", Schoolsoort::Bao, 9_500),
            tel("PO2707", Schoolsoort::Sbo, 500),
            tel("PO2707", Schoolsoort::So, 75),
        ],
        tlv: vec![
            tlv(Peildatum::Oktober, TlvGroep::So(JongerDan8, Laag), p, 20),
            tlv(Peildatum::Oktober, TlvGroep::So(AchtEnOuder, Laag), p, 40),
            tlv(Peildatum::Oktober, TlvGroep::So(AchtEnOuder, Midden), p, 10),
            tlv(Peildatum::Oktober, TlvGroep::So(AchtEnOuder, Hoog), p, 5),
        ],
        verevening: vec![],
        leerlingen_februari: Some(vec![tel("PO2707", Schoolsoort::Sbo, 500)]),
        ..Invoer::default()
    };
    let [r] = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.leerlingen, 10_000);
    assert_eq!(r.sbo_2_procent, Some(eur("1280652.00")));
    assert_eq!(r.sbo_groei, Some(Decimal::ZERO));
    assert_eq!(r.uitputting, Some(Decimal::ZERO));
    assert!(r.ontbrekend.is_empty(), "{:?}", r.ontbrekend);
    let lijn = r
        .toelichting
        .iter()
        .find(|t| t.component == Component::Sbo2Procent)
        .unwrap();
    assert!(
        lijn.invoer.contains("(afgerond 200) = 300 boven 2%"),
        "{}",
        lijn.invoer
    );
    assert!(lijn.bron.starts_with("R1516 art. 19"), "{}", lijn.bron);
    assert_eq!(r.zware_ondersteuning, Some(eur("3188300.00")));
    assert_eq!(r.afdracht_so, Some(eur("760491.90")));
    assert_eq!(
        r.zware_ondersteuning.unwrap() - r.afdracht_so.unwrap(),
        eur("2427808.10"),
        "netto zware ondersteuning"
    );
    assert_eq!(r.lichte_ondersteuning, Some(eur("1487795.00")));
    // 1 487 795.00 + 2 427 808.10 − 1 280 652.00
    assert_eq!(r.netto, eur("2634951.10"));

    // Where no basisbedrag is known at all (the application), the verevening is missing,
    // not zero, and the rest is unchanged.
    let onbekend = Invoer {
        verevening_onbekend: true,
        ..invoer.clone()
    };
    let [o] = bereken(set("2015-2016"), &onbekend, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(o.verevening, None);
    assert_eq!(o.ontbrekend, [Component::Verevening]);
    assert_eq!(o.netto, r.netto);

    // The VO analog: 8 000 pupils; 30 laag + 8 midden + 2 hoog vso.
    let v = ["VO2708"; 3];
    let invoer = Invoer {
        leerlingen: vec![tel("VO2708", Schoolsoort::Vo, 8_000)],
        tlv: vec![
            tlv(Peildatum::Oktober, TlvGroep::Vso(Laag), v, 30),
            tlv(Peildatum::Oktober, TlvGroep::Vso(Midden), v, 8),
            tlv(Peildatum::Oktober, TlvGroep::Vso(Hoog), v, 2),
        ],
        verevening: vec![],
        ..Invoer::default()
    };
    let [r] = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.zware_ondersteuning, Some(eur("4103600.00")));
    assert_eq!(r.afdracht_vso, Some(eur("444547.22")));
}

/// The payer rule moves the afdracht between SWVs of pupils who cross a border, and never
/// changes its national total. Pupils on 1-10-2014 (SWVs: TLV, woon, school):
/// * 5 × so <8 laag (A, B, C):        5 × 9 059.77  = 45 298.85
/// * 2 × so ≥8 hoog (B, B, A):        2 × 21 328.60 = 42 657.20
/// * 3 × so ≥8 midden (C, C, C):      3 × 14 381.55 = 43 144.65  (stays home)
/// * 1 × vso midden (VO01, VO02, VO01):               16 229.51
///
/// National total 147 330.21 in every scenario.
#[test]
fn afdracht_naar_moves_money_across_borders_but_keeps_the_total() {
    let (a, b, c) = ("PO0101", "PO0202", "PO0303");
    let okt = Peildatum::Oktober;
    let invoer = Invoer {
        leerlingen: vec![
            tel(a, Schoolsoort::Bao, 1_000),
            tel(b, Schoolsoort::Bao, 2_000),
            tel(c, Schoolsoort::Bao, 3_000),
        ],
        tlv: vec![
            tlv(okt, TlvGroep::So(JongerDan8, Laag), [a, b, c], 5),
            tlv(okt, TlvGroep::So(AchtEnOuder, Hoog), [b, b, a], 2),
            tlv(okt, TlvGroep::So(AchtEnOuder, Midden), [c, c, c], 3),
            tlv(
                okt,
                TlvGroep::Vso(Midden),
                ["VO0101", "VO0202", "VO0101"],
                1,
            ),
        ],
        verevening: vec![],
        ..Invoer::default()
    };
    let afdracht = |naar| -> Vec<(String, Decimal, Decimal)> {
        bereken(set("2015-2016"), &invoer, naar)
            .unwrap()
            .into_iter()
            .map(|r| {
                let af = r.afdracht_so.unwrap() + r.afdracht_vso.unwrap();
                // Only the afdracht moves: netto = the budget minus it.
                let budget =
                    r.lichte_ondersteuning.unwrap_or_default() + r.zware_ondersteuning.unwrap();
                // An SWV without pupils cannot bear its afdracht: the schools do (uitputting).
                let terug = r.uitputting.unwrap();
                assert_eq!(
                    terug,
                    (af - r.zware_ondersteuning.unwrap()).max(Decimal::ZERO)
                );
                assert_eq!(r.netto, budget - af + terug, "{}", r.swv);
                (r.swv.to_string(), af, budget)
            })
            .collect()
    };
    let rows = |v: [&str; 5]| -> Vec<Decimal> { v.into_iter().map(eur).collect() };
    let expected = [
        (
            AfdrachtNaar::Tlv,
            rows(["45298.85", "42657.20", "43144.65", "16229.51", "0"]),
        ),
        (
            AfdrachtNaar::Woon,
            rows(["0", "87956.05", "43144.65", "0", "16229.51"]),
        ),
        (
            AfdrachtNaar::School,
            rows(["42657.20", "0", "88443.50", "16229.51", "0"]),
        ),
    ];
    let tlv_rows = afdracht(AfdrachtNaar::Tlv);
    for (naar, want) in expected {
        let got = afdracht(naar);
        let codes: Vec<_> = got.iter().map(|(s, ..)| s.as_str()).collect();
        assert_eq!(
            codes,
            [a, b, c, "VO0101", "VO0202"],
            "same SWVs in every scenario"
        );
        assert_eq!(
            got.iter().map(|(_, af, _)| *af).collect::<Vec<_>>(),
            want,
            "{naar:?}"
        );
        let total: Decimal = got.iter().map(|(_, af, _)| *af).sum();
        assert_eq!(total, eur("147330.21"), "{naar:?}");
        // The budgets before afdracht do not depend on the payer rule.
        for (x, y) in got.iter().zip(&tlv_rows) {
            assert_eq!(x.2, y.2);
        }
    }
}

/// Growth is charged by the same payer rule, per charged SWV and group.
#[test]
fn groei_follows_the_payer_rule() {
    let g = TlvGroep::So(AchtEnOuder, Laag);
    let invoer = Invoer {
        tlv: vec![
            tlv(Peildatum::Oktober, g, ["PO0101", "PO0202", "PO0101"], 1),
            tlv(Peildatum::Februari, g, ["PO0101", "PO0202", "PO0101"], 2),
        ],
        ..Invoer::default()
    };
    let groei = |naar| -> Vec<String> {
        bereken(set("2015-2016"), &invoer, naar)
            .unwrap()
            .iter()
            .map(|r| format!("{} {}", r.swv, r.groei.unwrap()))
            .collect()
    };
    assert_eq!(groei(AfdrachtNaar::Tlv), ["PO0101 8220.95", "PO0202 0"]);
    assert_eq!(groei(AfdrachtNaar::Woon), ["PO0101 0", "PO0202 8220.95"]);
    let rows = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv).unwrap();
    assert!(
        rows.iter()
            .all(|r| !r.ontbrekend.contains(&Component::Groei))
    );
}

/// 2014-2015 has no normbedragen: afdracht and groei are missing, not zero.
/// lichte 100 × 151.06 = 15 106.00; zware 100 × 16.61 = 1 661.00; verevening 5 000 × 0 % = 0;
/// netto 16 767.00.
#[test]
fn missing_amounts_are_listed_and_left_out_of_netto() {
    let invoer = Invoer {
        leerlingen: vec![tel("PO1111", Schoolsoort::Bao, 100)],
        tlv: vec![tlv(
            Peildatum::Oktober,
            TlvGroep::So(AchtEnOuder, Laag),
            ["PO1111"; 3],
            1,
        )],
        verevening: vec![(swv("PO1111"), eur("5000"))],
        ..Invoer::default()
    };
    let [r] = bereken(set("2014-2015"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!((r.afdracht_so, r.groei), (None, None));
    assert_eq!(r.verevening, Some(Decimal::ZERO));
    assert_eq!(r.netto, eur("16767.00"));
    // No 1 februari counts: the sbo transfers are missing too; without the afdracht the
    // uitputting cannot be known.
    assert_eq!(
        r.ontbrekend,
        [
            Component::AfdrachtSo,
            Component::Groei,
            Component::SboGroei,
            Component::Sbo2Procent,
            Component::Uitputting
        ]
    );
    assert!(
        r.toelichting
            .iter()
            .any(|t| t.uitkomst.is_none() && t.bron.starts_with("Niet in R1415"))
    );
}

/// Verevening is the one rounding point: half a cent goes away from zero (0.005 → 0.01,
/// −0.005 → −0.01), where banker's rounding (`round_dp`) would give 0.00.
#[test]
fn verevening_rounds_half_away_from_zero() {
    let (name, text) = crate::bekostiging::INGEBOUWDE_REGELSETS[1];
    let half = Regelset::parse(
        &text.replace("\"percentage\": \"100\"", "\"percentage\": \"50\""),
        name,
    )
    .unwrap();
    let invoer = Invoer {
        verevening: vec![
            (swv("PO1111"), eur("0.01")),
            (swv("PO2222"), eur("-0.01")),
            (swv("PO3333"), eur("100.03")),
        ],
        ..Invoer::default()
    };
    let rows = bereken(&half, &invoer, AfdrachtNaar::Tlv).unwrap();
    let v: Vec<_> = rows
        .iter()
        .map(|r| r.verevening.unwrap().to_string())
        .collect();
    assert_eq!(v, ["0.01", "-0.01", "50.02"]);
    assert_eq!(
        eur("0.005").round_dp(2).to_string(),
        "0.00",
        "round_dp is banker's rounding"
    );
}

#[test]
fn inconsistent_input_is_refused() {
    let invoer = Invoer {
        leerlingen: vec![tel("VO2222", Schoolsoort::Bao, 1)],
        ..Invoer::default()
    };
    let err = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "VO2222 is een VO-samenwerkingsverband en kan geen bao-leerlingen hebben"
    );
    let mut t = tlv(Peildatum::Oktober, TlvGroep::Vso(Laag), ["VO2222"; 3], 1);
    t.school_swv = None;
    let invoer = Invoer {
        tlv: vec![t],
        ..Invoer::default()
    };
    assert!(bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv).is_ok());
    assert!(matches!(
        bereken(set("2015-2016"), &invoer, AfdrachtNaar::School),
        Err(BekostigingError::SchoolSwvOnbekend { .. })
    ));
}

/// Uitputting (WPO art. 125a), by hand. PO-SWV, 2015-2016: 3 bao pupils, one at each of
/// three schools; 1 so <8 laag pupil with a TLV of this SWV.
/// zware 3 × 318.83 = 956.49; afdracht 9 059.77; excess 8 103.28, borne by the schools:
/// 8 103.28 / 3 = 2 701.0933…, floors 3 × 2 701.09 = 8 103.27, the one cent left over goes
/// (equal remainders) to the first school by code. The SWV does not pay the excess:
/// netto = 3 × 156.61 + 956.49 − 9 059.77 + 8 103.28 = 469.83.
#[test]
fn uitputting_is_charged_to_the_schools_to_the_cent() {
    use super::invoer::SchoolTelling;
    let p = ["PO1111"; 3];
    let school = |s: &str| SchoolTelling {
        swv: swv("PO1111"),
        school: s.into(),
        schoolsoort: Schoolsoort::Bao,
        aantal: 1,
    };
    let invoer = Invoer {
        leerlingen: vec![tel("PO1111", Schoolsoort::Bao, 3)],
        tlv: vec![tlv(
            Peildatum::Oktober,
            TlvGroep::So(JongerDan8, Laag),
            p,
            1,
        )],
        scholen: vec![school("CCCC"), school("AAAA"), school("BBBB")],
        ..Invoer::default()
    };
    let [r] = bereken(set("2015-2016"), &invoer, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.uitputting, Some(eur("8103.28")));
    let per: Vec<_> = r
        .uitputting_per_school
        .iter()
        .map(|(s, d)| format!("{s} {d}"))
        .collect();
    assert_eq!(per, ["AAAA 2701.10", "BBBB 2701.09", "CCCC 2701.09"]);
    assert_eq!(r.netto, eur("469.83"));
    // Without pupils per school the excess is still known, its split is not.
    let zonder = Invoer {
        scholen: vec![],
        ..invoer
    };
    let [r] = bereken(set("2015-2016"), &zonder, AfdrachtNaar::Tlv)
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(r.uitputting, Some(eur("8103.28")));
    assert!(r.uitputting_per_school.is_empty());
    let lijn = r
        .toelichting
        .iter()
        .find(|t| t.component == Component::Uitputting)
        .unwrap();
    assert!(
        lijn.invoer.contains("verdeling niet berekend"),
        "{}",
        lijn.invoer
    );
    assert!(lijn.bron.starts_with("WPO art. 125a"));
}
