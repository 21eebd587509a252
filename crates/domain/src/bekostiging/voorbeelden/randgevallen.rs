//! Missing amounts, rounding, inconsistent input and the uitputting per school.

use super::*;

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
    use super::super::invoer::SchoolTelling;
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
