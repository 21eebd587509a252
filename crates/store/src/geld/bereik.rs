//! Who sees which SWV's money ([`GeldBereik`]) and the checks on it.

use super::*;
use crate::repo::GeldStore;

/// What the caller may see of the money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeldBereik {
    /// Inspectie, ministerie: every SWV, read-only, and the national comparison.
    Landelijk,
    /// SWV staff (`schrijven`) or the OPR (read-only): their own SWV.
    Swv { swv: SwvCode, schrijven: bool },
    /// A school board: only what its own board receives.
    Bestuur(String),
}

impl GeldStore<'_> {
    /// The caller's view of the money; roles without one get "not found".
    pub fn geld_bereik(self, wie: &Verzoeker) -> Result<GeldBereik, StoreError> {
        use passend_domain::toegang::Bereik as B;
        let swv = |s: &str| SwvCode::parse(s).map_err(|_| niet_gevonden(s));
        match wie.kijker.bereik(&Functie::Geld) {
            Some(B::Landelijk) => Ok(GeldBereik::Landelijk),
            Some(B::Swv(s)) => Ok(GeldBereik::Swv {
                swv: swv(&s)?,
                schrijven: true,
            }),
            // The OPR reads the SWV's money, it does not keep it (WMS art. 4a).
            Some(B::Opr(s)) => Ok(GeldBereik::Swv {
                swv: swv(&s)?,
                schrijven: false,
            }),
            Some(B::Bestuur(b)) if !b.is_empty() => Ok(GeldBereik::Bestuur(b)),
            _ => Err(niet_gevonden("geld")),
        }
    }

    /// May the caller see `swv`'s budget, reserves and annual report?
    pub(super) fn mag_swv_zien(self, wie: &Verzoeker, swv: &SwvCode) -> Result<(), StoreError> {
        match self.geld_bereik(wie)? {
            GeldBereik::Landelijk => Ok(()),
            GeldBereik::Swv { swv: eigen, .. } if &eigen == swv => Ok(()),
            _ => Err(niet_gevonden(swv.as_str())),
        }
    }

    /// May the caller change `swv`'s verdeelmodel and figures? Only its own staff.
    pub(super) fn mag_swv_wijzigen(self, wie: &Verzoeker, swv: &SwvCode) -> Result<(), StoreError> {
        match self.geld_bereik(wie)? {
            GeldBereik::Swv {
                swv: eigen,
                schrijven: true,
            } if &eigen == swv => Ok(()),
            _ => Err(niet_gevonden(swv.as_str())),
        }
    }

    pub(super) async fn swv_bestaat(self, swv: &SwvCode) -> Result<(), StoreError> {
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM swv WHERE code = $1")
            .bind(swv.as_str())
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        if n == 0 {
            return Err(niet_gevonden(swv.as_str()));
        }
        Ok(())
    }
}
