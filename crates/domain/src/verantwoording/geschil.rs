//! Disputes: their kinds, the geschillencommissie's term and the bestuur's reaction.

use super::*;

/// The geschillencommissie gives its oordeel within a number of weeks of receiving the
/// dispute (10 in WPO art. 43 / WEC art. 45 / WVO art. 27c as of 2015; the term is kept as
/// data in `richtlijnen.json` because the commission's later form is not verified).
pub fn oordeel_uiterlijk(ontvangen: Date, weken: u32) -> Date {
    ontvangen
        .checked_add(i64::from(weken).weeks())
        .unwrap_or(ontvangen)
}

/// What a dispute or referral is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeschilSoort {
    /// Toelating after an aanmelding (WPO art. 40, geschillencommissie).
    Toelating,
    Verwijdering,
    /// The ontwikkelingsperspectief (WPO art. 40a).
    Opp,
    /// A referral to an onderwijsconsulent (mediation; no term in the law).
    Onderwijsconsulent,
}

impl GeschilSoort {
    pub const ALL: [GeschilSoort; 4] = [
        Self::Toelating,
        Self::Verwijdering,
        Self::Opp,
        Self::Onderwijsconsulent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Toelating => "toelating",
            Self::Verwijdering => "verwijdering",
            Self::Opp => "opp",
            Self::Onderwijsconsulent => "onderwijsconsulent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|g| g.as_str().eq_ignore_ascii_case(s.trim()))
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Toelating => "geschil over toelating (geschillencommissie)",
            Self::Verwijdering => "geschil over verwijdering (geschillencommissie)",
            Self::Opp => "geschil over het ontwikkelingsperspectief (geschillencommissie)",
            Self::Onderwijsconsulent => "verwijzing naar een onderwijsconsulent",
        }
    }

    /// Goes to the geschillencommissie (with its term for an oordeel).
    pub fn geschillencommissie(self) -> bool {
        self != Self::Onderwijsconsulent
    }
}

/// The board tells parents and the commission what it does with the oordeel and motivates a
/// deviation (BbWPO art. 34.9 lid 8; RULES §1.4).
pub fn toets_reactie_bestuur(volgt_oordeel: bool, motivering: &str) -> Result<(), String> {
    if !volgt_oordeel && motivering.trim().is_empty() {
        return Err(
            "het bestuur motiveert waarom het van het oordeel afwijkt (Besluit bekostiging WPO art. 34.9 lid 8)"
                .into(),
        );
    }
    Ok(())
}
