//! Governance and accountability (issue 10): the ondersteuningsplan in versions with OOGO and
//! the ondersteuningsplanraad's consent, disputes and referrals, and vso outflow. Aggregates
//! (plans, counts, outflow tables) are scoped to the caller's SWV here; records about a pupil go
//! through the pupil's dossier scope.

mod geschil;
mod plan;
mod uitstroom;

pub use geschil::{Geschil, GeschilStap, NieuwGeschil};
pub use plan::{
    KENGETALLEN, NieuwPlan, NieuweStreefwaarde, Oogo, OprInstemming, OverlegSwv, PlanRegel,
    PlanVersie, Streefwaarde,
};
pub use uitstroom::{NieuweUitstroom, UitstroomGroep, UitstroomRegel, UitstroomRij};

use crate::StoreError;
use crate::repo::VerantwoordingStore;
use crate::toegang::Verzoeker;
use passend_domain::toegang::Functie;
use passend_domain::{Schooljaar, SwvCode};
use sqlx::Row;

/// Anonymous count of disputes of one kind at one SWV in a schooljaar, for the monitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeschilTelling {
    pub swv: SwvCode,
    /// `toelating`, `verwijdering`, `opp`, `onderwijsconsulent` or `tlv-bezwaar`.
    pub soort: String,
    pub aantal: i64,
}

/// Which SWVs' aggregates a caller may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Bereik {
    /// Staff and OPR of one SWV.
    Swv(String),
    /// National supervision: every SWV, never a single child.
    Landelijk,
    Geen,
}

pub(crate) fn bereik(wie: &Verzoeker) -> Bereik {
    use passend_domain::toegang::Bereik as B;
    match wie.kijker.bereik(&Functie::Verantwoordingscijfers) {
        Some(B::Swv(s) | B::Opr(s)) => Bereik::Swv(s),
        Some(B::Landelijk) => Bereik::Landelijk,
        _ => Bereik::Geen,
    }
}

impl Bereik {
    pub(crate) fn omvat(&self, swv: &str) -> bool {
        match self {
            Bereik::Swv(s) => s == swv,
            Bereik::Landelijk => true,
            Bereik::Geen => false,
        }
    }
}

pub(crate) fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

impl VerantwoordingStore<'_> {
    /// Disputes and referrals per SWV and kind whose case started in the schooljaar (received
    /// by the geschillencommissie, referred to the onderwijsconsulent, bezwaar lodged against
    /// a TLV). No pupil, school or date leaves this function; small cells are the monitor's
    /// to suppress. SWV staff and OPR see their own SWV, inspectie and ministerie all.
    pub async fn geschillen_telling(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
    ) -> Result<Vec<GeschilTelling>, StoreError> {
        let bereik = bereik(wie);
        if bereik == Bereik::Geen {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT swv_code, soort, COUNT(*) FROM geschil WHERE ingediend_op >= $1 AND ingediend_op <= $2 \
             GROUP BY swv_code, soort \
             UNION ALL SELECT t.swv_code, 'tlv-bezwaar', COUNT(*) FROM tlv_bezwaar b JOIN tlv t ON t.id = b.tlv_id \
             WHERE b.ingediend_op >= $1 AND b.ingediend_op <= $2 GROUP BY t.swv_code \
             ORDER BY 1, 2",
        )
        .bind(schooljaar.start().to_string())
        .bind(schooljaar.end().to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let swv: String = r.try_get(0)?;
            if !bereik.omvat(&swv) {
                continue;
            }
            out.push(GeschilTelling {
                swv: SwvCode::parse(&swv).map_err(ongeldig)?,
                soort: r.try_get(1)?,
                aantal: r.try_get(2)?,
            });
        }
        Ok(out)
    }
}
