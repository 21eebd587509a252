//! The engine's input: counts, not rows. The batch and the web app aggregate their rows
//! (per vestiging, per pupil) into these before calling [`super::bereken`].

use super::groep::TlvGroep;
use crate::codes::SwvCode;
use crate::schoolsoort::Schoolsoort;
use rust_decimal::Decimal;
use serde::Serialize;

/// Which SWV pays the normbedrag of a (v)so pupil (afdracht and growth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AfdrachtNaar {
    /// The law: the SWV that issued the TLV (WPO art. 132 lid 4, WVO art. 85b lid 3).
    Tlv,
    /// Scenario: the SWV where the pupil lives.
    Woon,
    /// Scenario: the SWV of the pupil's so/vso vestiging.
    School,
}

/// The teldatum a TLV count belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Peildatum {
    /// 1 oktober of the previous year: afdracht, and the base of growth.
    Oktober,
    /// The following 1 februari: growth (WPO art. 125b, WVO art. 85d).
    Februari,
}

/// Pupils of one schoolsoort on the vestigingen of an SWV on the teldatum (1 oktober).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeerlingenTelling {
    pub swv: SwvCode,
    pub schoolsoort: Schoolsoort,
    pub aantal: u64,
}

/// (V)so pupils of one normbedrag group with the same three SWVs on one peildatum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlvTelling {
    pub peildatum: Peildatum,
    pub groep: TlvGroep,
    /// The SWV that issued the TLV.
    pub tlv_swv: SwvCode,
    /// The SWV where the pupil lives.
    pub woon_swv: SwvCode,
    /// The SWV of the so/vso vestiging; needed only for [`AfdrachtNaar::School`].
    pub school_swv: Option<SwvCode>,
    pub aantal: u64,
}

/// Everything the engine needs, already counted (the batch and the app aggregate rows).
#[derive(Debug, Clone, Default)]
pub struct Invoer {
    pub leerlingen: Vec<LeerlingenTelling>,
    pub tlv: Vec<TlvTelling>,
    /// The signed 2011-based verevening basisbedrag per SWV.
    pub verevening: Vec<(SwvCode, Decimal)>,
}
