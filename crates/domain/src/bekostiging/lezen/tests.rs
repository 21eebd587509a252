use super::*;
use crate::bekostiging::Regelsets;

/// A minimal valid file, edited per test.
fn minimal() -> Value {
    let mut bedragen = Map::new();
    for key in BEDRAG_SLEUTELS {
        bedragen.insert(
            key.into(),
            serde_json::json!({"bedrag": "1.00", "bron": "test"}),
        );
    }
    bedragen["sbo_tlv_po"] =
        serde_json::json!({"bedrag": null, "van_toepassing": false, "bron": "test"});
    serde_json::json!({
        "schooljaar": "2016-2017",
        "regime": "peildatum_1_oktober",
        "regeling": "test",
        "teldatum": {"datum": "2015-10-01", "bron": "WPO art. 132"},
        "groei_teldatum": {"datum": "2016-02-01", "bron": "WPO art. 125b"},
        "normbudget_schoolsoorten": {
            "po": {"schoolsoorten": ["bao", "sbo"], "bron": "WPO art. 132 lid 3"},
            "vo": {"schoolsoorten": ["vo"], "bron": "WVO art. 85b lid 2"}
        },
        "bedragen": bedragen,
        "verevening_percentage": {"percentage": null, "bron": "niet gevonden"}
    })
}

fn parse(v: &Value) -> Result<Regelset, RegelsetError> {
    Regelset::parse(&v.to_string(), "2016-2017.json")
}

#[test]
fn a_user_file_for_another_year_is_read() {
    let r = parse(&minimal()).unwrap();
    assert_eq!(r.schooljaar.to_string(), "2016-2017");
    assert_eq!(r.teldatum, date(2015, 10, 1));
    assert_eq!(
        r.bedrag("zware_ondersteuning_vo").waarde,
        Some(Decimal::new(100, 2))
    );
    assert_eq!(r.verevening_percentage.waarde, None);
    let (soorten, _) = r.normbudget_schoolsoorten(Sector::Po);
    assert_eq!(soorten, [Schoolsoort::Bao, Schoolsoort::Sbo]);
    let mut sets = Regelsets::default();
    sets.voeg_toe(r);
    assert!(sets.voor(Schooljaar::parse("2016-2017").unwrap()).is_ok());
}

/// Sets (or with `None` removes) the value at `path` of a copy of the minimal file.
fn edited(path: &[&str], new: Option<Value>) -> Value {
    let mut v = minimal();
    let (last, parents) = path.split_last().unwrap();
    let obj = parents.iter().fold(&mut v, |v, key| &mut v[*key]);
    let obj = obj.as_object_mut().unwrap();
    match new {
        Some(new) => obj.insert(last.to_string(), new),
        None => obj.remove(*last),
    };
    v
}

#[test]
fn errors_name_the_file_and_the_key() {
    use serde_json::json;
    #[rustfmt::skip]
    let cases = [
        (&["bedragen", "zware_ondersteuning_po"][..], None,
         "2016-2017.json: 'bedragen.zware_ondersteuning_po' ontbreekt"),
        (&["bedragen", "normbedrag_vso_laag", "bedrag"], Some(json!(9144.59)),
         "'bedragen.normbedrag_vso_laag.bedrag' is ongeldig: schrijf 9144.59 als tekst"),
        (&["bedragen", "lichte_ondersteuning_po", "bedrag"], Some(json!("156,61")),
         "'bedragen.lichte_ondersteuning_po.bedrag' is ongeldig: '156,61' is geen bedrag"),
        (&["bedragen", "lichte_ondersteuning_po", "bedrag"], Some(json!("156.615")),
         "meer dan 2 decimalen"),
        (&["bedragen", "normbedrag_vso_hoog", "bron"], None,
         "'bedragen.normbedrag_vso_hoog.bron' ontbreekt"),
        (&["bedragen", "zware_ondersteuning_p0"], Some(json!({})),
         "onbekende sleutel 'bedragen.zware_ondersteuning_p0'"),
        (&["teldatum", "datum"], Some(json!("2016-10-01")),
         "'teldatum.datum' is ongeldig: in regime peildatum_1_oktober hoort hier 2015-10-01"),
        (&["regime"], Some(json!("teldatum_1_oktober")),
         "'regime' is ongeldig: 'teldatum_1_oktober' wordt niet ondersteund"),
        (&["regime"], Some(json!("teldatum_1_februari")),
         "'schooljaar' is ongeldig: 2016-2017 valt buiten het regime teldatum_1_februari (vanaf 2022-2023)"),
        (&["bedragen", "sbo_tlv_po", "van_toepassing"], Some(json!(true)),
         "'bedragen.sbo_tlv_po.van_toepassing' is ongeldig: moet false zijn in regime peildatum_1_oktober"),
        (&["bedragen", "lwoo_pro_vo", "van_toepassing"], Some(json!(false)),
         "'bedragen.lwoo_pro_vo.bedrag' is ongeldig: een regel die niet van toepassing is heeft geen bedrag"),
        (&["bedragen", "lwoo_pro_vo", "van_toepassing"], Some(json!("nee")),
         "'bedragen.lwoo_pro_vo.van_toepassing' is ongeldig: verwacht true of false"),
        (&["schooljaar"], Some(json!("2023-2024")),
         "'schooljaar' is ongeldig: 2023-2024 valt buiten het regime"),
        (&["normbudget_schoolsoorten", "po", "schoolsoorten"], Some(json!(["bao", "vso"])),
         "'normbudget_schoolsoorten.po.schoolsoorten' is ongeldig: \"vso\" is geen schoolsoort van PO"),
        (&["verevening_percentage", "percentage"], Some(json!("101")),
         "'verevening_percentage.percentage' is ongeldig: hoger dan 100"),
    ];
    for (path, new, expected) in cases {
        let err = parse(&edited(path, new)).unwrap_err().to_string();
        assert!(err.contains(expected), "{path:?}: {err}");
    }
    let err = Regelset::parse("{", "x.json").unwrap_err().to_string();
    assert!(err.starts_with("x.json: geen geldige JSON"), "{err}");
}

/// TEST FILE, not real amounts: a user's rule set in the 1 februari regime.
pub(crate) fn testbestand_teldatum_1_februari() -> Value {
    let mut v = minimal();
    v["schooljaar"] = "2024-2025".into();
    v["regime"] = "teldatum_1_februari".into();
    v["regeling"] = "TESTBESTAND met verzonnen testbedragen, geen regeling".into();
    v["teldatum"] = serde_json::json!({"datum": "2024-02-01", "bron": "test"});
    v.as_object_mut().unwrap().remove("groei_teldatum");
    v["verevening_percentage"] = serde_json::json!({"percentage": "0", "bron": "test"});
    let b = &mut v["bedragen"];
    for key in ["sbo_groei_po", "sbo_2_procent_po"] {
        b[key] = serde_json::json!({"bedrag": null, "van_toepassing": false,
                                    "bron": "test: vervallen per 1 januari 2023"});
    }
    b["sbo_tlv_po"] = serde_json::json!({"bedrag": "50.00", "bron": "test"});
    v
}

#[test]
fn the_1_februari_regime_is_read_without_groeiregeling() {
    use serde_json::json;
    let v = testbestand_teldatum_1_februari();
    let r = Regelset::parse(&v.to_string(), "2024-2025.json").unwrap();
    assert_eq!(r.regime, Regime::Teldatum1Februari);
    assert!(!r.groeiregeling);
    assert_eq!(
        (r.teldatum, r.groei_teldatum),
        (date(2024, 2, 1), date(2024, 2, 1))
    );
    assert!(r.groei_teldatum_bron.starts_with("geen groeiregeling"));
    // 1 februari of the year before is allowed too (kalenderjaar 2025 counts 1-2-2024).
    let mut early = v.clone();
    early["teldatum"]["datum"] = "2023-02-01".into();
    assert!(Regelset::parse(&early.to_string(), "x.json").is_ok());
    #[rustfmt::skip]
    let cases = [
        (&["teldatum", "datum"][..], json!("2023-10-01"),
         "'teldatum.datum' is ongeldig: in regime teldatum_1_februari hoort hier 2023-02-01 of 2024-02-01"),
        (&["groei_teldatum"], json!({"datum": "2025-02-01", "bron": "x"}),
         "'groei_teldatum' is ongeldig: het regime teldatum_1_februari kent geen groeiregeling"),
        (&["bedragen", "sbo_2_procent_po"], json!({"bedrag": "1.00", "bron": "x"}),
         "'bedragen.sbo_2_procent_po.van_toepassing' is ongeldig: moet false zijn in regime teldatum_1_februari"),
        (&["schooljaar"], json!("2021-2022"),
         "2021-2022 valt buiten het regime teldatum_1_februari"),
    ];
    for (path, new, expected) in cases {
        let mut e = v.clone();
        let (last, parents) = path.split_last().unwrap();
        let obj = parents.iter().fold(&mut e, |v, key| &mut v[*key]);
        obj[*last] = new;
        let err = Regelset::parse(&e.to_string(), "2024-2025.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains(expected), "{path:?}: {err}");
    }
}

/// A file in the format before the sbo and lwoo/pro keys is still read; those amounts
/// are missing, and the 1 februari rule is not applicable in this regime.
#[test]
fn every_amount_key_is_required() {
    for key in ["sbo_2_procent_po", "lwoo_pro_vo", "normbedrag_vso_laag"] {
        let mut v = minimal();
        v["bedragen"].as_object_mut().unwrap().remove(key);
        let err = parse(&v).unwrap_err().to_string();
        assert!(
            err.contains(&format!("'bedragen.{key}' ontbreekt")),
            "{err}"
        );
    }
}

/// The engine on the TEST FILE above (test amounts, not a regeling): lichte ondersteuning
/// PO 100 bao × 1.00 = 100.00 minus per sbo-TLV 50.00, never below zero; no growth and
/// no sbo transfers, reported as not applicable rather than missing.
#[test]
fn the_engine_applies_the_1_februari_regime() {
    use crate::bekostiging::{
        AfdrachtNaar, Component, Invoer, LeerlingenTelling, Peildatum, TlvTelling, bereken,
    };
    use crate::bekostiging::{Categorie, Leeftijdsgroep, TlvGroep};
    use crate::codes::SwvCode;
    let r = Regelset::parse(&testbestand_teldatum_1_februari().to_string(), "t.json").unwrap();
    let swv = |s: &str| SwvCode::parse(s).unwrap();
    let bao = |s: &str| LeerlingenTelling {
        swv: swv(s),
        schoolsoort: Schoolsoort::Bao,
        aantal: 100,
    };
    let groep = TlvGroep::So(Leeftijdsgroep::AchtEnOuder, Categorie::Laag);
    let invoer = Invoer {
        leerlingen: vec![bao("PO1111"), bao("PO2222")],
        // A 1 februari TLV count is ignored: there is no groeiregeling.
        tlv: vec![TlvTelling {
            peildatum: Peildatum::Februari,
            groep,
            tlv_swv: swv("PO1111"),
            woon_swv: swv("PO1111"),
            school_swv: None,
            aantal: 5,
        }],
        sbo_tlv: Some(vec![(swv("PO1111"), 1), (swv("PO2222"), 3)]),
        ..Invoer::default()
    };
    let rijen = bereken(&r, &invoer, AfdrachtNaar::Tlv).unwrap();
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    assert_eq!(rijen[0].lichte_ondersteuning, Some(d("50.00")));
    assert_eq!(
        rijen[1].lichte_ondersteuning,
        Some(Decimal::ZERO),
        "not below zero"
    );
    for rij in &rijen {
        assert_eq!(rij.groei, Some(Decimal::ZERO));
        assert_eq!(
            (rij.sbo_groei, rij.sbo_2_procent),
            (Some(Decimal::ZERO), Some(Decimal::ZERO))
        );
        assert!(rij.ontbrekend.is_empty(), "{:?}", rij.ontbrekend);
        assert!(rij.toelichting.iter().any(|t| {
            t.component == Component::Groei
                && t.invoer
                    .starts_with("niet van toepassing: geen groeiregeling")
        }));
    }
    // Without a count of sbo-TLVs the deduction is unknown: the lichte ondersteuning is
    // missing, not the gross amount.
    let zonder = Invoer {
        sbo_tlv: None,
        ..invoer
    };
    for rij in bereken(&r, &zonder, AfdrachtNaar::Tlv).unwrap() {
        assert_eq!(rij.lichte_ondersteuning, None);
        assert_eq!(rij.ontbrekend, [Component::LichteOndersteuning]);
    }
}

#[test]
fn decimals_never_pass_through_floats() {
    assert_eq!(
        parse_decimal("0.1", 2).unwrap() + parse_decimal("0.2", 2).unwrap(),
        parse_decimal("0.3", 2).unwrap()
    );
    for bad in [
        "",
        ".5",
        "5.",
        "-1",
        "+1",
        "1e3",
        "1 000",
        "1.000,00",
        "1234567890",
    ] {
        assert!(parse_decimal(bad, 2).is_err(), "{bad}");
    }
    assert_eq!(parse_bedrag("-1234.50").unwrap().to_string(), "-1234.50");
    assert!(parse_bedrag("--1").is_err() && parse_bedrag("1.234").is_err());
}
