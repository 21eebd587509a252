//! The engine's output: one row per SWV with an explanation of every number, serializable
//! for the web app (amounts as strings, never floats).

use crate::codes::SwvCode;
use rust_decimal::Decimal;
use serde::Serialize;

/// The output columns that carry an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    LichteOndersteuning,
    ZwareOndersteuning,
    AfdrachtSo,
    AfdrachtVso,
    Verevening,
    Groei,
    SboGroei,
    Sbo2Procent,
    LwooPro,
    Uitputting,
}

impl Component {
    /// The column name in the output CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Component::LichteOndersteuning => "lichte_ondersteuning",
            Component::ZwareOndersteuning => "zware_ondersteuning",
            Component::AfdrachtSo => "afdracht_so",
            Component::AfdrachtVso => "afdracht_vso",
            Component::Verevening => "verevening",
            Component::Groei => "groei",
            Component::SboGroei => "sbo_groei",
            Component::Sbo2Procent => "sbo_2_procent",
            Component::LwooPro => "lwoo_pro",
            Component::Uitputting => "uitputting",
        }
    }
}

/// One line of the explanation of a number: which inputs, which rule and amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Toelichting {
    pub component: Component,
    /// The inputs, in Dutch: "9500 bao-leerlingen op 2014-10-01".
    pub invoer: String,
    /// The rule-set key of the amount (or percentage) applied.
    pub sleutel: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub factor: Option<Decimal>,
    pub bron: String,
    /// `None`: the amount is missing, so this part is not computed.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub uitkomst: Option<Decimal>,
}

/// The outcome for one SWV: one row of the output, with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SwvBekostiging {
    #[serde(serialize_with = "swv_as_str")]
    pub swv: SwvCode,
    pub leerlingen: u64,
    /// Each component is `None` when the rule set lacks an amount it needs.
    pub lichte_ondersteuning: Option<Decimal>,
    pub zware_ondersteuning: Option<Decimal>,
    pub afdracht_so: Option<Decimal>,
    pub afdracht_vso: Option<Decimal>,
    pub verevening: Option<Decimal>,
    pub groei: Option<Decimal>,
    /// WPO art. 124 lid 1: paid to the sbo schools for growth up to 1 februari.
    pub sbo_groei: Option<Decimal>,
    /// WPO art. 124 lid 2: paid to the sbo schools for sbo pupils above 2% on 1 februari.
    pub sbo_2_procent: Option<Decimal>,
    /// WVO art. 85b1: the ondersteuningsbedrag of the lwoo/pro pupils, off the budget.
    pub lwoo_pro: Option<Decimal>,
    /// WPO art. 125a, WVO art. 85c: the afdracht above the zware ondersteuning, which the
    /// minister charges to the schools in the area, so it is added back to the SWV.
    pub uitputting: Option<Decimal>,
    /// The uitputting per school (BRIN), pro rata its pupils, to the cent; sums to it.
    pub uitputting_per_school: Vec<(String, Decimal)>,
    /// lichte + zware − afdracht_so − afdracht_vso + verevening − groei − sbo_groei
    /// − sbo_2_procent − lwoo_pro + uitputting, over the present ones.
    pub netto: Decimal,
    pub ontbrekend: Vec<Component>,
    pub toelichting: Vec<Toelichting>,
}

impl SwvBekostiging {
    /// The amount of one component; `None` when missing.
    pub fn bedrag(&self, c: Component) -> Option<Decimal> {
        match c {
            Component::LichteOndersteuning => self.lichte_ondersteuning,
            Component::ZwareOndersteuning => self.zware_ondersteuning,
            Component::AfdrachtSo => self.afdracht_so,
            Component::AfdrachtVso => self.afdracht_vso,
            Component::Verevening => self.verevening,
            Component::Groei => self.groei,
            Component::SboGroei => self.sbo_groei,
            Component::Sbo2Procent => self.sbo_2_procent,
            Component::LwooPro => self.lwoo_pro,
            Component::Uitputting => self.uitputting,
        }
    }
}

fn swv_as_str<S: serde::Serializer>(swv: &SwvCode, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(swv.as_str())
}
