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

mod decimaal;
mod parser;

pub use decimaal::*;
use parser::*;

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

#[cfg(test)]
mod tests;
