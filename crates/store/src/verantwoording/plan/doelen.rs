//! Which plan targets may say behaald/niet behaald about a hidden small count: decided over
//! every target the SWV's plans set on the same figure, in the order they were set
//! ([`passend_domain::verantwoording::mag_antwoorden`]), so that no pair of answers, on one
//! version or across versions, pins down the count.

use super::*;
use crate::repo::VerantwoordingStore;
use std::collections::{BTreeMap, HashSet};

impl VerantwoordingStore<'_> {
    /// The targets (plan id, volgorde) of the SWV's plans that may answer for a hidden count.
    pub(super) async fn antwoordbare_doelen(
        self,
        swv: &str,
    ) -> Result<HashSet<(i64, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.plan_id, s.volgorde, s.kengetal, s.richting, s.streefwaarde \
             FROM op_streefwaarde s JOIN ondersteuningsplan p ON p.id = s.plan_id \
             WHERE p.swv_code = $1 ORDER BY p.versie, p.id, s.volgorde",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        type Doelen = Vec<((i64, i64), String, u64)>;
        let mut per_kengetal: BTreeMap<String, Doelen> = BTreeMap::new();
        for r in &rows {
            let doel = u64::try_from(r.try_get::<i64, _>(4)?).unwrap_or(0);
            per_kengetal.entry(r.try_get(2)?).or_default().push((
                (r.try_get(0)?, r.try_get(1)?),
                r.try_get(3)?,
                doel,
            ));
        }
        let drempel = crate::monitor::drempel();
        let mut mag = HashSet::new();
        for doelen in per_kengetal.values() {
            let paren: Vec<(&str, u64)> = doelen.iter().map(|(_, r, d)| (r.as_str(), *d)).collect();
            let ja = passend_domain::verantwoording::mag_antwoorden(&paren, drempel);
            mag.extend(doelen.iter().zip(ja).filter(|(_, j)| *j).map(|(d, _)| d.0));
        }
        Ok(mag)
    }
}
