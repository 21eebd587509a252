//! A po and a vo SWV computed by hand.

use super::*;

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
