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

/// Pupils of one school (BRIN) on its vestigingen in an SWV on the teldatum: the key by
/// which an uitputting is charged (WPO art. 125a, WVO art. 85c).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolTelling {
    pub swv: SwvCode,
    /// The school (BRIN), as the charge is per school.
    pub school: String,
    pub schoolsoort: Schoolsoort,
    pub aantal: u64,
}

/// Everything the engine needs, already counted (the batch and the app aggregate rows).
#[derive(Debug, Clone, Default)]
pub struct Invoer {
    /// Pupils on the teldatum (1 oktober).
    pub leerlingen: Vec<LeerlingenTelling>,
    /// Pupils on the 1 februari after it (sbo growth and 2%, WPO art. 124); `None`: not
    /// counted, so those transfers are missing rather than zero.
    pub leerlingen_februari: Option<Vec<LeerlingenTelling>>,
    pub tlv: Vec<TlvTelling>,
    /// The signed 2011-based verevening basisbedrag per SWV.
    pub verevening: Vec<(SwvCode, Decimal)>,
    /// No basisbedragen are known at all (the application registers none): an SWV without
    /// one then has its verevening missing, not zero as for a file without its row.
    pub verevening_onbekend: bool,
    /// Pupils per school on the teldatum, to charge an uitputting; may be empty.
    pub scholen: Vec<SchoolTelling>,
    /// lwoo/pro pupils on the VO-SWV's vestigingen on the teldatum (WVO art. 85b1); `None`:
    /// not counted.
    pub lwoo_pro: Option<Vec<(SwvCode, u64)>>,
    /// Regime teldatum_1_februari: sbo pupils with a TLV issued by the SWV on the teldatum;
    /// `None`: not counted, so that regime's lichte ondersteuning is missing, not too high.
    pub sbo_tlv: Option<Vec<(SwvCode, u64)>>,
}
