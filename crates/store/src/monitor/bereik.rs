//! Who sees the monitor, and whether the figures are protected.

use super::*;

/// Whose figures a viewer gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bereik {
    /// The SWV's own staff: own SWV, unprotected.
    EigenSwv(String),
    /// The OPR of an SWV: own SWV, protected.
    Opr(String),
    /// Inspectie and ministerie: all SWVs and the national totals, protected.
    Landelijk,
}

impl Bereik {
    pub fn van(wie: &Verzoeker) -> Result<Bereik, StoreError> {
        let geen = || StoreError::NietGevonden {
            wat: "monitor",
            sleutel: wie.kijker.rol.to_string(),
        };
        use passend_domain::toegang::Bereik as B;
        match wie.kijker.bereik(&Functie::Monitor) {
            Some(B::Swv(swv)) => Ok(Bereik::EigenSwv(swv)),
            Some(B::Opr(swv)) => Ok(Bereik::Opr(swv)),
            Some(B::Landelijk) => Ok(Bereik::Landelijk),
            _ => Err(geen()),
        }
    }

    /// Whether the figures leave the scope they are about, and so are protected.
    pub fn beschermd(&self) -> bool {
        !matches!(self, Bereik::EigenSwv(_))
    }
}
