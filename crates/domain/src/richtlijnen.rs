//! Terms and guidelines that do not come from a verified statute text (RULES §2.5 and §8):
//! shipped as data (`data/richtlijnen.json`) with their source, so they can be corrected
//! without touching the rules that use them.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BezwaarTermijnen {
    pub indienen_weken: u32,
    pub beslissen_met_commissie_weken: u32,
    pub verdagen_weken: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SymbioseRichtlijn {
    pub max_regulier_procent: u32,
}

/// The inspectie's signaleringswaarde for an SWV's reserve: `fractie` × total gross income,
/// at least `minimum` euro.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReserveRichtlijn {
    #[serde(with = "rust_decimal::serde::str")]
    pub fractie: rust_decimal::Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub minimum: rust_decimal::Decimal,
}

/// The geschillencommissie's term for its oordeel, in weeks after receiving the dispute.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GeschillenTermijn {
    pub oordeel_weken: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Richtlijnen {
    pub bezwaar: BezwaarTermijnen,
    pub symbiose: SymbioseRichtlijn,
    pub reserves: ReserveRichtlijn,
    pub geschillen: GeschillenTermijn,
}

impl Richtlijnen {
    /// The shipped values. The file is part of the binary and checked by a test, so a
    /// parse failure here is a build defect.
    pub fn ingebouwd() -> &'static Richtlijnen {
        static R: OnceLock<Richtlijnen> = OnceLock::new();
        R.get_or_init(|| {
            serde_json::from_str(include_str!("../data/richtlijnen.json"))
                .expect("data/richtlijnen.json is valid (tested)")
        })
    }
}

impl BezwaarTermijnen {
    pub fn ingebouwd() -> &'static BezwaarTermijnen {
        &Richtlijnen::ingebouwd().bezwaar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_values_load_and_every_value_names_its_source() {
        let r = Richtlijnen::ingebouwd();
        assert_eq!(r.bezwaar.indienen_weken, 6);
        assert_eq!(r.symbiose.max_regulier_procent, 60);
        assert_eq!(r.geschillen.oordeel_weken, 10);
        let raw: serde_json::Value =
            serde_json::from_str(include_str!("../data/richtlijnen.json")).unwrap();
        for (groep, bron) in [
            ("bezwaar", "indienen_bron"),
            ("bezwaar", "beslissen_bron"),
            ("bezwaar", "verdagen_bron"),
            ("symbiose", "bron"),
            ("reserves", "bron"),
            ("geschillen", "bron"),
        ] {
            assert!(raw[groep][bron].as_str().is_some_and(|s| s.len() > 20));
        }
    }
}
