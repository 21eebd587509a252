//! Reading cases within the caller's scope.

use super::*;
use crate::repo::ThuiszittersStore;

impl ThuiszittersStore<'_> {
    /// Case rows of the pupils in the caller's scope (the same SQL scope as pupil lists).
    async fn zaak_rows(self, wie: &Verzoeker, today: Date) -> Result<Vec<AnyRow>, StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {ZAAK_COLUMNS} FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id \
             WHERE {condition} ORDER BY CASE WHEN z.opgelost_op IS NULL THEN 0 ELSE 1 END, z.startdatum, z.id"
        );
        let mut q = scope.bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
        if dated {
            q = q.bind(today.to_string());
        }
        Ok(q.fetch_all(&self.pool).await?)
    }

    async fn zaak_from(self, row: &AnyRow, today: Date) -> Result<Zaak, StoreError> {
        let swv: String = row.try_get("swv_code")?;
        let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
        zaak_met_ladder(row, &ladder, swv, today)
    }

    /// The cases of the pupils in the caller's scope, open ones first (one ladder look-up
    /// per SWV); the list read is logged.
    pub async fn zaken_voor(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Zaak>, StoreError> {
        let rows = self.zaak_rows(wie, today).await?;
        let mut ladders = std::collections::HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let swv: String = r.try_get("swv_code")?;
            if !ladders.contains_key(&swv) {
                ladders.insert(swv.clone(), self.ladder(&SwvCode::parse(&swv)?).await?);
            }
            out.push(zaak_met_ladder(r, &ladders[&swv], swv, today)?);
        }
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// One case, if the caller may see the pupil; the read is logged on the pupil.
    pub async fn zaak_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Zaak, StoreError> {
        let rows = sqlx::query("SELECT leerling_id FROM thuiszitter_zaak WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let not_found = || StoreError::NietGevonden {
            wat: "zaak",
            sleutel: id.to_string(),
        };
        let leerling = LeerlingId(rows.ok_or_else(not_found)?.try_get(0)?);
        // The scope check of the dossier decides, and logs the read.
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|e| match e {
                StoreError::NietGevonden { .. } => not_found(),
                other => other,
            })?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ZAAK_COLUMNS} FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id WHERE z.id = $1"
        )))
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        self.zaak_from(&row, today).await
    }
}
