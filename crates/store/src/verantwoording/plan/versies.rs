//! Drafting plan versions and listing an SWV's plans.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Stores a new version of the SWV's plan (SWV staff). Every version starts as a concept.
    pub async fn maak_plan_versie(
        self,
        wie: &Verzoeker,
        p: &NieuwPlan,
        route: &str,
    ) -> Result<i64, StoreError> {
        let swv = eigen_swv(wie)?;
        toets_periode(p.van, p.tot).map_err(ongeldig)?;
        let mut streef = Vec::new();
        for (i, s) in p.streefwaarden.iter().enumerate() {
            let n = i + 1;
            if s.doel.trim().is_empty() || s.meting.trim().is_empty() {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: noem het doel en hoe het wordt gemeten"
                )));
            }
            if kengetal_van(&s.kengetal).is_none() {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: '{}' is geen kengetal; kies uit {}",
                    s.kengetal,
                    KENGETALLEN.map(|k| k.sleutel).join(", ")
                )));
            }
            if !["hoogstens", "minstens"].contains(&s.richting.as_str()) {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: richting is hoogstens of minstens"
                )));
            }
            if s.streefwaarde < 0 {
                return Err(ongeldig(format!(
                    "streefwaarde {n}: de streefwaarde is 0 of meer"
                )));
            }
            streef.push(s);
        }
        let mut tx = self.begin_write().await?;
        let versie: i64 = sqlx::query(
            "SELECT COALESCE(MAX(versie), 0) + 1 FROM ondersteuningsplan WHERE swv_code = $1",
        )
        .bind(&swv)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let id: i64 = sqlx::query(
            "INSERT INTO ondersteuningsplan (swv_code, versie, van_schooljaar, tot_schooljaar, basisondersteuning, \
             extra_ondersteuning, middelen, tlv_procedure, ouders, doelen, terugplaatsing, overdrachten, account_id, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(&swv)
        .bind(versie)
        .bind(i64::from(p.van.start().year()))
        .bind(i64::from(p.tot.start().year()))
        .bind(p.basisondersteuning.trim())
        .bind(p.extra_ondersteuning.trim())
        .bind(p.middelen.trim())
        .bind(p.tlv_procedure.trim())
        .bind(p.ouders.trim())
        .bind(p.doelen.trim())
        .bind(p.terugplaatsing.trim())
        .bind(p.overdrachten.trim())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for (i, s) in streef.iter().enumerate() {
            sqlx::query(
                "INSERT INTO op_streefwaarde (plan_id, volgorde, doel, kengetal, richting, streefwaarde, meting) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(s.doel.trim())
            .bind(&s.kengetal)
            .bind(&s.richting)
            .bind(s.streefwaarde)
            .bind(s.meting.trim())
            .execute(&mut *tx)
            .await?;
        }
        commit_audited(
            tx,
            wie,
            None,
            Actie::Aanmaken,
            route,
            &["ondersteuningsplan"],
        )
        .await?;
        Ok(id)
    }

    /// The versions of the plans the caller may see (own SWV; all for national supervision),
    /// newest first. Empty for every other role.
    pub async fn plannen(self, wie: &Verzoeker) -> Result<Vec<PlanRegel>, StoreError> {
        let bereik = bereik(wie);
        let sql =
            format!("SELECT {PLAN_COLUMNS} FROM ondersteuningsplan ORDER BY swv_code, versie DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let p = regel(r)?;
            if bereik.omvat(&p.swv_code) {
                out.push(p);
            }
        }
        Ok(out)
    }
}
