//! Resolving cases by attendance: after absence data is uploaded (and on the hourly clock),
//! every open case whose child is enrolled and present again is resolved on that day
//! ([`opgelost_door`]), by the system, logged.

use super::*;
use crate::repo::ThuiszittersStore;
use passend_domain::thuiszitters::{Schooldag, opgelost_door};

impl ThuiszittersStore<'_> {
    /// Resolves the open cases whose child attends again by `today`. Returns how many.
    pub async fn los_op_bij_aanwezigheid(self, today: Date) -> Result<usize, StoreError> {
        let open = sqlx::query(
            "SELECT id, leerling_id, startdatum FROM thuiszitter_zaak WHERE opgelost_op IS NULL",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut opgelost = 0;
        for z in &open {
            let (id, leerling): (i64, i64) = (z.try_get(0)?, z.try_get(1)?);
            let start = date(&z.try_get::<String, _>(2)?)?;
            let dagen = sqlx::query(
                "SELECT r.datum, r.gepland, r.ongeoorloofd + r.geoorloofd, \
                 CAST(CASE WHEN EXISTS (SELECT 1 FROM inschrijving i WHERE i.leerling_id = r.leerling_id \
                 AND i.vestiging_code = r.vestiging_code AND i.van <= r.datum AND (i.tot IS NULL OR i.tot >= r.datum)) \
                 THEN 1 ELSE 0 END AS BIGINT) FROM verzuimregel r WHERE r.leerling_id = $1 AND r.datum > $2 AND r.datum <= $3",
            )
            .bind(leerling)
            .bind(start.to_string())
            .bind(today.to_string())
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Schooldag {
                    datum: date(&r.try_get::<String, _>(0)?)?,
                    gepland: r.try_get(1)?,
                    afwezig: r.try_get(2)?,
                    ingeschreven: r.try_get::<i64, _>(3)? == 1,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
            let Some(dag) = opgelost_door(start, &dagen) else {
                continue;
            };
            let systeem = self.systeem().await?;
            let mut tx = self.begin_write().await?;
            let gezet = sqlx::query(
                "UPDATE thuiszitter_zaak SET opgelost_op = $1, oplossing = 'aanwezig' WHERE id = $2 AND opgelost_op IS NULL",
            )
            .bind(dag.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if gezet == 1 {
                append(
                    &mut tx,
                    &systeem,
                    Some(LeerlingId(leerling)),
                    Actie::Wijzigen,
                    "verzuimgegevens",
                    Some(&["opgelost"]),
                )
                .await?;
                opgelost += 1;
            }
            tx.commit().await?;
        }
        Ok(opgelost)
    }
}
