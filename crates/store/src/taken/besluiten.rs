//! New decisions about a parent's children, for the notification sweep: a decision on a
//! registration, a TLV or an arrangement taken since the parent's account exists (an older
//! one is not news to announce).

use super::teksten::{BESLUIT_AANMELDING, BESLUIT_ARRANGEMENT, BESLUIT_TLV};
use crate::{Store, StoreError};
use sqlx::Row;

/// The keys of the decisions about the children of ouder `ouder` (the ouder role's scope)
/// taken on or after `sinds` (YYYY-MM-DD).
pub(super) async fn van_ouder(
    store: &Store,
    ouder: &str,
    sinds: &str,
) -> Result<Vec<String>, StoreError> {
    let Ok(ouder) = ouder.parse::<i64>() else {
        return Ok(Vec::new());
    };
    let mut uit = Vec::new();
    for (code, tabel) in [
        (BESLUIT_AANMELDING, "aanmelding"),
        (BESLUIT_TLV, "tlv"),
        (BESLUIT_ARRANGEMENT, "arrangement"),
    ] {
        let sql = format!(
            "SELECT x.id FROM {tabel} x JOIN ouder_leerling o ON o.leerling_id = x.leerling_id \
             WHERE o.ouder_id = $1 AND x.besluit IS NOT NULL AND x.besluit_datum >= $2 ORDER BY x.id"
        );
        for r in sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(ouder)
            .bind(sinds)
            .fetch_all(&store.pool)
            .await?
        {
            uit.push(format!("{code}:{}", r.try_get::<i64, _>(0)?));
        }
    }
    Ok(uit)
}
