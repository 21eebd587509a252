//! Reading a rule-set file: JSON with every amount as a string and its source; errors name
//! the file and the key.

use super::regelset::{
    BEDRAG_SLEUTELS, Bedrag, REGIME_PEILDATUM_1_OKTOBER, REGIME_TELDATUM_1_FEBRUARI, Regelset,
    RegelsetError, Regime, TOP_SLEUTELS,
};
use crate::codes::Sector;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use jiff::civil::{Date, date};
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

impl Regelset {
    /// Reads a rule-set file. Errors name `file_name` and the key.
    pub fn parse(text: &str, file_name: &str) -> Result<Self, RegelsetError> {
        let p = Parser { bestand: file_name };
        let root: Value = serde_json::from_str(text).map_err(|e| RegelsetError::Json {
            bestand: file_name.to_string(),
            melding: e.to_string(),
        })?;
        let top = p.object(&root, "", &TOP_SLEUTELS)?;
        let schooljaar_text = p.tekst(top, "", "schooljaar")?;
        let schooljaar = Schooljaar::parse(schooljaar_text)
            .map_err(|e| p.ongeldig("schooljaar", e.to_string()))?;
        let regime_text = p.tekst(top, "", "regime")?;
        let regime = Regime::parse(regime_text).ok_or_else(|| {
            p.ongeldig(
                "regime",
                format!(
                    "'{regime_text}' wordt niet ondersteund; alleen {REGIME_PEILDATUM_1_OKTOBER} \
                     of {REGIME_TELDATUM_1_FEBRUARI}"
                ),
            )
        })?;
        let start = schooljaar.start().year();
        // RULES §3.7: the 1 februari regime starts with kalenderjaar 2023, so the first
        // schooljaar that can use it is 2022-2023.
        let (jaren, periode) = match regime {
            Regime::Peildatum1Oktober => (2014..=2021, "2014-2015 tot en met 2021-2022"),
            Regime::Teldatum1Februari => (2022..=9998, "vanaf 2022-2023"),
        };
        if !jaren.contains(&start) {
            return Err(p.ongeldig(
                "schooljaar",
                format!(
                    "{schooljaar} valt buiten het regime {} ({periode})",
                    regime.as_str()
                ),
            ));
        }
        let regeling = p.tekst(top, "", "regeling")?.to_string();
        if let Some(v) = top.get("toelichting") {
            v.as_str()
                .ok_or_else(|| p.ongeldig("toelichting", "verwacht tekst".into()))?;
        }
        let (teldatum, teldatum_bron, groei_teldatum, groei_teldatum_bron) = match regime {
            // WPO art. 132 lid 1, 3 en 4, WVO art. 85b lid 2 en 3: "1 oktober van het jaar
            // voorafgaand"; WPO art. 125b, WVO art. 85d: 1 februari against that 1 oktober.
            Regime::Peildatum1Oktober => {
                let (t, tb) = p.datum(top, "teldatum", &[date(start - 1, 10, 1)], regime)?;
                let (g, gb) = p.datum(top, "groei_teldatum", &[date(start, 2, 1)], regime)?;
                (t, tb, g, gb)
            }
            // RULES §3.7: teldatum 1 februari t-1 of kalenderjaar t. Which kalenderjaar a
            // schooljaar file stands for is not in RULES, so the file says it: 1 februari of
            // the year before or of the year the schooljaar starts. No groeiregeling.
            Regime::Teldatum1Februari => {
                let mogelijk = [date(start - 1, 2, 1), date(start, 2, 1)];
                let (t, tb) = p.datum(top, "teldatum", &mogelijk, regime)?;
                if top.contains_key("groei_teldatum") {
                    return Err(p.ongeldig(
                        "groei_teldatum",
                        format!(
                            "het regime {REGIME_TELDATUM_1_FEBRUARI} kent geen groeiregeling \
                             (vervallen op 1 januari 2023); laat deze sleutel weg"
                        ),
                    ));
                }
                let gb = "geen groeiregeling: vervallen met de vereenvoudiging van de \
                          bekostiging po per 1 januari 2023 (RULES §3.7)"
                    .to_string();
                (t, tb, t, gb)
            }
        };

        let nb = p.object(
            p.veld(top, "", "normbudget_schoolsoorten")?,
            "normbudget_schoolsoorten",
            &["po", "vo"],
        )?;
        let mut normbudget = BTreeMap::new();
        for (key, sector) in [("po", Sector::Po), ("vo", Sector::Vo)] {
            normbudget.insert(sector, p.schoolsoorten(nb, key, sector)?);
        }

        let b = p.object(p.veld(top, "", "bedragen")?, "bedragen", &BEDRAG_SLEUTELS)?;
        // Rules that do not exist in a regime must say so, so that no amount of the other
        // regime is applied by accident.
        let niet_in_regime: &[&str] = match regime {
            Regime::Peildatum1Oktober => &["sbo_tlv_po"],
            Regime::Teldatum1Februari => &["sbo_groei_po", "sbo_2_procent_po"],
        };
        let mut bedragen = BTreeMap::new();
        for key in BEDRAG_SLEUTELS {
            // Every key must be there: an amount the regeling lacks is written as null, one
            // outside the regime with "van_toepassing": false; a missing key is an error.
            let bedrag = p.bedrag(b, "bedragen", key, "bedrag", 2)?;
            bedragen.insert(key, bedrag);
        }
        for key in niet_in_regime {
            if bedragen[key].van_toepassing {
                return Err(p.ongeldig(
                    &format!("bedragen.{key}.van_toepassing"),
                    format!("moet false zijn in regime {}", regime.as_str()),
                ));
            }
        }
        let verevening_percentage = p.bedrag(top, "", "verevening_percentage", "percentage", 6)?;
        if verevening_percentage
            .waarde
            .is_some_and(|w| w > Decimal::ONE_HUNDRED)
        {
            return Err(p.ongeldig("verevening_percentage.percentage", "hoger dan 100".into()));
        }
        Ok(Regelset {
            bestand: file_name.to_string(),
            schooljaar,
            regime,
            regeling,
            teldatum,
            teldatum_bron,
            groei_teldatum,
            groei_teldatum_bron,
            groeiregeling: regime == Regime::Peildatum1Oktober,
            normbudget,
            bedragen,
            verevening_percentage,
        })
    }
}

struct Parser<'a> {
    bestand: &'a str,
}

type Obj = Map<String, Value>;

impl Parser<'_> {
    fn ongeldig(&self, sleutel: &str, probleem: String) -> RegelsetError {
        RegelsetError::Ongeldig {
            bestand: self.bestand.to_string(),
            sleutel: sleutel.to_string(),
            probleem,
        }
    }

    fn object<'v>(
        &self,
        v: &'v Value,
        pad: &str,
        allowed: &[&str],
    ) -> Result<&'v Obj, RegelsetError> {
        let obj = v.as_object().ok_or_else(|| {
            let waar = if pad.is_empty() { "(het bestand)" } else { pad };
            self.ongeldig(waar, "verwacht een object { … }".into())
        })?;
        if let Some(key) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(RegelsetError::Onbekend {
                bestand: self.bestand.to_string(),
                sleutel: join(pad, key),
            });
        }
        Ok(obj)
    }

    fn veld<'v>(&self, obj: &'v Obj, pad: &str, key: &str) -> Result<&'v Value, RegelsetError> {
        obj.get(key).ok_or_else(|| RegelsetError::Ontbreekt {
            bestand: self.bestand.to_string(),
            sleutel: join(pad, key),
        })
    }

    fn tekst<'v>(&self, obj: &'v Obj, pad: &str, key: &str) -> Result<&'v str, RegelsetError> {
        let text = self
            .veld(obj, pad, key)?
            .as_str()
            .ok_or_else(|| self.ongeldig(&join(pad, key), "verwacht tekst".into()))?;
        if text.trim().is_empty() {
            return Err(self.ongeldig(&join(pad, key), "is leeg".into()));
        }
        Ok(text)
    }

    /// `{ "datum": "YYYY-MM-DD", "bron": "…" }`, which must be one of `expected` in `regime`.
    fn datum(
        &self,
        top: &Obj,
        key: &str,
        expected: &[Date],
        regime: Regime,
    ) -> Result<(Date, String), RegelsetError> {
        let obj = self.object(self.veld(top, "", key)?, key, &["datum", "bron"])?;
        let text = self.tekst(obj, key, "datum")?;
        let datum: Date = text.parse().map_err(|_| {
            self.ongeldig(
                &join(key, "datum"),
                format!("'{text}' is geen datum JJJJ-MM-DD"),
            )
        })?;
        if !expected.contains(&datum) {
            let lijst: Vec<String> = expected.iter().map(Date::to_string).collect();
            return Err(self.ongeldig(
                &join(key, "datum"),
                format!(
                    "in regime {} hoort hier {}",
                    regime.as_str(),
                    lijst.join(" of ")
                ),
            ));
        }
        Ok((datum, self.tekst(obj, key, "bron")?.to_string()))
    }

    fn schoolsoorten(
        &self,
        nb: &Obj,
        key: &str,
        sector: Sector,
    ) -> Result<(Vec<Schoolsoort>, String), RegelsetError> {
        let pad = join("normbudget_schoolsoorten", key);
        let obj = self.object(
            self.veld(nb, "normbudget_schoolsoorten", key)?,
            &pad,
            &["schoolsoorten", "bron"],
        )?;
        let list = self
            .veld(obj, &pad, "schoolsoorten")?
            .as_array()
            .filter(|a| !a.is_empty())
            .ok_or_else(|| {
                self.ongeldig(
                    &join(&pad, "schoolsoorten"),
                    "verwacht een lijst als [\"bao\", \"sbo\"]".into(),
                )
            })?;
        let mut soorten = Vec::new();
        for item in list {
            let soort = item
                .as_str()
                .and_then(|s| Schoolsoort::parse(s).ok())
                .filter(|s| s.sector() == sector)
                .ok_or_else(|| {
                    self.ongeldig(
                        &join(&pad, "schoolsoorten"),
                        format!("{item} is geen schoolsoort van {}", sector.as_str()),
                    )
                })?;
            soorten.push(soort);
        }
        Ok((soorten, self.tekst(obj, &pad, "bron")?.to_string()))
    }

    /// `{ "<veld>": "123.45" | null, "bron": "…" }` under `key` of `obj` (found at `pad`).
    fn bedrag(
        &self,
        obj: &Obj,
        pad: &str,
        key: &str,
        veld: &str,
        max_scale: u32,
    ) -> Result<Bedrag, RegelsetError> {
        let entry = self.veld(obj, pad, key)?;
        let pad = join(pad, key);
        let entry = self.object(entry, &pad, &[veld, "bron", "van_toepassing"])?;
        let sleutel = join(&pad, veld);
        let waarde = match self.veld(entry, &pad, veld)? {
            Value::Null => None,
            Value::String(s) => {
                Some(parse_decimal(s, max_scale).map_err(|p| self.ongeldig(&sleutel, p))?)
            }
            Value::Number(n) => {
                return Err(self.ongeldig(
                    &sleutel,
                    format!(
                        "schrijf {n} als tekst, zoals \"{n}\": een JSON-getal zou via een float gelezen worden"
                    ),
                ));
            }
            other => {
                return Err(self.ongeldig(
                    &sleutel,
                    format!("verwacht tekst of null, gevonden {other}"),
                ));
            }
        };
        let bron = self.tekst(entry, &pad, "bron")?.to_string();
        let van_toepassing = match entry.get("van_toepassing") {
            None => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(self.ongeldig(
                    &join(&pad, "van_toepassing"),
                    "verwacht true of false".into(),
                ));
            }
        };
        if !van_toepassing && waarde.is_some() {
            return Err(self.ongeldig(
                &sleutel,
                "een regel die niet van toepassing is heeft geen bedrag (null)".into(),
            ));
        }
        Ok(Bedrag {
            waarde,
            bron,
            van_toepassing,
        })
    }
}

fn join(pad: &str, key: &str) -> String {
    if pad.is_empty() {
        key.to_string()
    } else {
        format!("{pad}.{key}")
    }
}

/// A non-negative decimal written with digits and an optional `.`, at most `max_scale`
/// decimals: `"156.61"`. No exponent, no sign, no thousands separator, no comma, and the
/// integer part at most 9 digits, so that no sum of `aantal × bedrag` can overflow.
fn parse_decimal(s: &str, max_scale: u32) -> Result<Decimal, String> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (s.contains('.') && frac.is_empty()) {
        return Err(format!(
            "'{s}' is geen bedrag: verwacht cijfers met een punt, zoals 156.61"
        ));
    }
    if frac.len() > max_scale as usize {
        return Err(format!("'{s}' heeft meer dan {max_scale} decimalen"));
    }
    if int.trim_start_matches('0').len() > 9 {
        return Err(format!(
            "'{s}' is te groot (meer dan 9 cijfers voor de punt)"
        ));
    }
    s.parse::<Decimal>().map_err(|e| format!("'{s}': {e}"))
}

/// An amount in euros as in the input CSV files: optional `-`, digits, optional `.` and at
/// most two decimals (`-1234.50`). Parsed straight into a [`Decimal`], never via a float.
pub fn parse_bedrag(s: &str) -> Result<Decimal, String> {
    match s.strip_prefix('-') {
        Some(rest) => parse_decimal(rest, 2).map(|d| -d),
        None => parse_decimal(s, 2),
    }
}

#[cfg(test)]
mod tests {
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
}
