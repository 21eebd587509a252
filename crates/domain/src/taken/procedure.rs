//! The terms that are not the law's but the SWV's procedure (its ondersteuningsplan), as
//! data. Where the law gives no term and none is configured, a task has no deadline: a term
//! is never guessed.

/// Terms of the SWV's procedure, in weeks from the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Procedure {
    /// A deskundige's advice on a TLV request. The law (WPO art. 18a lid 11, WVO art. 17a
    /// lid 12) gives no term; the SWV's ondersteuningsplan may.
    pub advies_weken: Option<u32>,
    /// The SWV's decision on a TLV or arrangement request: a besluit under the Awb, which
    /// without a statutory term is a "redelijke termijn" of at most 8 weeks (Awb art. 4:13
    /// lid 2; RULES.md §2.5 marks the article [MEMORY], so it is data here, not a constant).
    pub besluit_weken: Option<u32>,
    /// Handling a verzuimmelding by the leerplichtambtenaar (Leerplichtwet art. 22 gives no
    /// term).
    pub verzuim_weken: Option<u32>,
}

impl Default for Procedure {
    fn default() -> Self {
        Self {
            advies_weken: None,
            besluit_weken: Some(8),
            verzuim_weken: None,
        }
    }
}

impl Procedure {
    /// `van` plus `weken`, when a term is set.
    pub fn na(van: jiff::civil::Date, weken: Option<u32>) -> Option<jiff::civil::Date> {
        weken.map(|w| van.saturating_add(jiff::ToSpan::weeks(i64::from(w))))
    }
}
