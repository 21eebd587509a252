//! The SWV's gemeenten and the SWVs overlapping it: the parties to the OOGO.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// The gemeenten of an SWV's region (any postcode of the regio-indeling), code and name.
    pub async fn gemeenten_van_swv(self, swv: &str) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT p.gemeentecode, g.naam FROM postcode_regio p JOIN gemeente g ON g.code = p.gemeentecode \
             WHERE p.po_swv = $1 OR p.vo_swv = $1 ORDER BY g.naam",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// The SWVs of the other sector whose area overlaps this one's (WPO art. 18a lid 9, WVO
    /// art. 17a lid 9): sharing a postcode in the regio-indeling.
    pub async fn overlappende_swvs(self, swv: &str) -> Result<Vec<String>, StoreError> {
        let (eigen, ander) = if swv.starts_with("PO") {
            ("po_swv", "vo_swv")
        } else {
            ("vo_swv", "po_swv")
        };
        let sql = format!(
            "SELECT DISTINCT {ander} FROM postcode_regio WHERE {eigen} = $1 AND {ander} IS NOT NULL ORDER BY 1"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(swv)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }
}
