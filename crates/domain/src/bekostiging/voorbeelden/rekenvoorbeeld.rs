//! The worked example of RULES.md §3.9.

use super::*;

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
