//! The payer-rule scenarios: afdracht across SWV borders and groei.

use super::*;

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
