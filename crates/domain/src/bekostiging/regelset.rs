//! A rule set: the amounts, counting dates and counted schoolsoorten of one schooljaar, read
//! from a JSON file in which every amount names its source (regeling and article).
//!
//! Amounts are JSON strings with a `.` (`"156.61"`), parsed straight into [`Decimal`]; a JSON
//! number is refused because it would pass through a float. An amount the regeling does
//! not give is written as `"bedrag": null` with a `bron` saying so: it is never invented,
//! and the engine reports the components that need it as `ontbrekend`. The shape (see
//! `data/bekostiging/2015-2016.json`; every key is required, unknown keys are refused):
//!
//! ```text
//! { "schooljaar": "2015-2016", "regime": "peildatum_1_oktober", "regeling": "…",
//!   "toelichting": "… (optional)",
//!   "teldatum": {"datum": "2014-10-01", "bron": "…"},
//!   "groei_teldatum": {"datum": "2015-02-01", "bron": "…"},
//!   "normbudget_schoolsoorten": {"po": {"schoolsoorten": ["bao", "sbo"], "bron": "…"},
//!                                "vo": {"schoolsoorten": ["vo"], "bron": "…"}},
//!   "bedragen": {"<one of BEDRAG_SLEUTELS>": {"bedrag": "318.83" | null, "bron": "…"}, …},
//!   "verevening_percentage": {"percentage": "100" | null, "bron": "…"} }
//! ```

use super::groep::TlvGroep;
use crate::codes::Sector;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts on 1 oktober of the previous year, growth on 1 februari (schooljaren 2014-2015 to
/// 2021-2022).
pub const REGIME_PEILDATUM_1_OKTOBER: &str = "peildatum_1_oktober";
/// From 1 januari 2023 (RULES §3.7): teldatum 1 februari, no groeiregeling and no sbo
/// 2%-regeling; the lichte ondersteuning PO is reduced per sbo-TLV of the SWV.
pub const REGIME_TELDATUM_1_FEBRUARI: &str = "teldatum_1_februari";

/// The counting regime of a rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    Peildatum1Oktober,
    Teldatum1Februari,
}

impl Regime {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            REGIME_PEILDATUM_1_OKTOBER => Some(Regime::Peildatum1Oktober),
            REGIME_TELDATUM_1_FEBRUARI => Some(Regime::Teldatum1Februari),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Regime::Peildatum1Oktober => REGIME_PEILDATUM_1_OKTOBER,
            Regime::Teldatum1Februari => REGIME_TELDATUM_1_FEBRUARI,
        }
    }
}

/// Keys of the amounts per pupil, in the order of the rule-set files. An amount that does
/// not exist in a regime or schooljaar is written with `"van_toepassing": false`.
pub const BEDRAG_SLEUTELS: [&str; 16] = [
    "lichte_ondersteuning_po",
    "zware_ondersteuning_po",
    "zware_ondersteuning_vo",
    "normbedrag_so_jonger_dan_8_laag",
    "normbedrag_so_jonger_dan_8_midden",
    "normbedrag_so_jonger_dan_8_hoog",
    "normbedrag_so_8_en_ouder_laag",
    "normbedrag_so_8_en_ouder_midden",
    "normbedrag_so_8_en_ouder_hoog",
    "normbedrag_vso_laag",
    "normbedrag_vso_midden",
    "normbedrag_vso_hoog",
    // BbWPO art. 32 lid 1 (WPO art. 124 lid 1): per sbo pupil more on 1 februari.
    "sbo_groei_po",
    // BbWPO art. 32 lid 2 (WPO art. 124 lid 2): per sbo pupil above 2% on 1 februari.
    "sbo_2_procent_po",
    // Regime teldatum_1_februari: the sbo amount per sbo-TLV off the lichte ondersteuning.
    "sbo_tlv_po",
    // WVO art. 85b1 (from 1 januari 2016): per lwoo/pro pupil, off the VO-SWV's budget.
    "lwoo_pro_vo",
];

pub(super) const TOP_SLEUTELS: [&str; 9] = [
    "schooljaar",
    "regime",
    "regeling",
    "toelichting",
    "teldatum",
    "groei_teldatum",
    "normbudget_schoolsoorten",
    "bedragen",
    "verevening_percentage",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegelsetError {
    #[error("{bestand}: geen geldige JSON: {melding}")]
    Json { bestand: String, melding: String },
    #[error("{bestand}: '{sleutel}' ontbreekt")]
    Ontbreekt { bestand: String, sleutel: String },
    #[error("{bestand}: '{sleutel}' is ongeldig: {probleem}")]
    Ongeldig {
        bestand: String,
        sleutel: String,
        probleem: String,
    },
    #[error("{bestand}: onbekende sleutel '{sleutel}' (tikfout?)")]
    Onbekend { bestand: String, sleutel: String },
    #[error(
        "geen regelset voor schooljaar {schooljaar}: bedragen worden nooit verzonnen. \
         Er zijn regelsets voor {beschikbaar}; voeg een regelsetbestand voor {schooljaar} toe"
    )]
    GeenRegelset {
        schooljaar: Schooljaar,
        beschikbaar: String,
    },
}

/// An amount (euros, or a percentage) with its source. `waarde` is `None` when the
/// regeling does not give it; `van_toepassing` is false when the rule does not exist in
/// this schooljaar or regime (then `waarde` is `None` too, and it is not "missing").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bedrag {
    #[serde(with = "rust_decimal::serde::str_option")]
    pub waarde: Option<Decimal>,
    pub bron: String,
    pub van_toepassing: bool,
}

/// The rule set of one schooljaar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regelset {
    /// The file it was read from, for messages and explanations.
    pub bestand: String,
    pub schooljaar: Schooljaar,
    pub regime: Regime,
    pub regeling: String,
    /// Teldatum of the normbudget and the afdracht: 1 oktober of the previous year (regime
    /// teldatum_1_februari: a 1 februari, see the file).
    pub teldatum: Date,
    pub teldatum_bron: String,
    /// Teldatum for growth (groeiregeling): 1 februari, compared with `teldatum`. Without a
    /// groeiregeling (regime teldatum_1_februari) it equals `teldatum`.
    pub groei_teldatum: Date,
    pub groei_teldatum_bron: String,
    /// False in regime teldatum_1_februari: no growth transfers (sbo and (v)so).
    pub groeiregeling: bool,
    pub(super) normbudget: BTreeMap<Sector, (Vec<Schoolsoort>, String)>,
    pub(super) bedragen: BTreeMap<&'static str, Bedrag>,
    /// Share of the verevening basisbedrag applied this schooljaar, in percent.
    pub verevening_percentage: Bedrag,
}

impl Regelset {
    /// The amount under `sleutel` (one of [`BEDRAG_SLEUTELS`]).
    pub fn bedrag(&self, sleutel: &str) -> &Bedrag {
        &self.bedragen[sleutel]
    }

    /// The normbedrag of a (v)so group: afdracht and growth.
    pub fn normbedrag(&self, groep: TlvGroep) -> &Bedrag {
        self.bedrag(groep.sleutel())
    }

    /// The schoolsoorten whose pupils on 1 oktober count for the normbudget of an SWV of
    /// `sector`, and the source of that list.
    pub fn normbudget_schoolsoorten(&self, sector: Sector) -> (&[Schoolsoort], &str) {
        let (soorten, bron) = &self.normbudget[&sector];
        (soorten, bron)
    }
}

/// The rule sets known to a run: the shipped ones plus any the user adds.
#[derive(Debug, Clone, Default)]
pub struct Regelsets {
    sets: BTreeMap<Schooljaar, Regelset>,
}

impl Regelsets {
    /// Adds a rule set; one for the same schooljaar is replaced and returned.
    pub fn voeg_toe(&mut self, regelset: Regelset) -> Option<Regelset> {
        self.sets.insert(regelset.schooljaar, regelset)
    }

    /// The rule set of `schooljaar`, or a Dutch refusal that lists the schooljaren there are.
    pub fn voor(&self, schooljaar: Schooljaar) -> Result<&Regelset, RegelsetError> {
        self.sets
            .get(&schooljaar)
            .ok_or_else(|| RegelsetError::GeenRegelset {
                schooljaar,
                beschikbaar: if self.sets.is_empty() {
                    "geen enkel schooljaar".to_string()
                } else {
                    self.schooljaren()
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            })
    }

    pub fn schooljaren(&self) -> Vec<Schooljaar> {
        self.sets.keys().copied().collect()
    }
}
