//! Key money figures for the other areas.

use super::*;
use crate::repo::GeldStore;

/// Key money figures of one SWV for a schooljaar, for the monitor and governance areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeldKerncijfers {
    pub swv: SwvCode,
    /// Netto budget computed with the schooljaar's own rule set; `None` when there is none
    /// (never computed with an example's amounts).
    pub budget: Option<Decimal>,
    /// Income, spending and reserve as recorded for the latest boekjaar up to the one in which
    /// the schooljaar starts (an annual report exists only after its year has ended).
    pub boekjaar: Option<i16>,
    pub baten: Option<Decimal>,
    pub lasten: Option<Decimal>,
    pub reserve: Option<Decimal>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

impl GeldStore<'_> {
    /// Key money figures per SWV the caller may see (SWV and OPR: their own; inspectie and
    /// ministerie: all; anyone else: none). The budget is computed only with the
    /// schooljaar's own rule set; lasten and reserve are those of the boekjaar in which the
    /// schooljaar starts.
    pub async fn geld_kerncijfers(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
    ) -> Result<Vec<GeldKerncijfers>, StoreError> {
        let codes: Vec<SwvCode> = match self.geld_bereik(wie) {
            Ok(GeldBereik::Landelijk) => sqlx::query("SELECT code FROM swv ORDER BY code")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .filter_map(|r| {
                    r.try_get::<String, _>(0)
                        .ok()
                        .and_then(|c| SwvCode::parse(&c).ok())
                })
                .collect(),
            Ok(GeldBereik::Swv { swv, .. }) => vec![swv],
            _ => return Ok(Vec::new()),
        };
        let berekening = match self.bereken_geld(schooljaar, None, AfdrachtNaar::Tlv).await {
            Ok(b) => Some(b),
            Err(StoreError::Ongeldig(_)) => None,
            Err(e) => return Err(e),
        };
        let cijfers = self.laatste_jaarcijfers(schooljaar.start().year()).await?;
        Ok(codes
            .into_iter()
            .map(|swv| {
                let j = cijfers.get(&swv);
                GeldKerncijfers {
                    budget: berekening
                        .as_ref()
                        .map(|b| b.rij(&swv).map(|r| r.netto).unwrap_or(Decimal::ZERO)),
                    boekjaar: j.map(|j| j.jaar),
                    baten: j.map(|j| j.baten),
                    lasten: j.map(|j| j.lasten),
                    reserve: j.map(|j| j.reserve),
                    signaleringswaarde_overschreden: j.map(|j| j.toets.bovenmatig()),
                    swv,
                }
            })
            .collect())
    }
}
