//! The leavers the caller follows up, and where they were a year later.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// The leavers the caller records and follows up (the list read is logged).
    pub async fn uitstroom_leerlingen(
        self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<UitstroomRegel>, StoreError> {
        let Some((conditie, scope)) = partij_conditie(wie) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM vso_uitstroom u JOIN leerling l ON l.id = u.leerling_id \
             JOIN vestiging v ON v.code = u.vestiging_code WHERE {conditie} ORDER BY u.uitstroomdatum DESC, u.id DESC"
        );
        let out = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(regel)
            .collect::<Result<Vec<_>, _>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// Records where a leaver was a year after leaving (once). Outside the caller's own
    /// schools the record does not exist.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_uitstroom_na_jaar_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        bestemming: Bestemming,
        vervolg_soort: Option<&str>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "uitstroom",
            sleutel: id.to_string(),
        };
        let Some((conditie, scope)) = partij_conditie(wie) else {
            return Err(not_found());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM vso_uitstroom u JOIN leerling l ON l.id = u.leerling_id \
             JOIN vestiging v ON v.code = u.vestiging_code WHERE u.id = $2 AND {conditie}"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let u = regel(&r)?;
        if u.na_jaar_bestemming.is_some() {
            return Err(ongeldig("de situatie na een jaar is al vastgelegd"));
        }
        let jaar_later = u
            .uitstroomdatum
            .checked_add(1.year())
            .unwrap_or(u.uitstroomdatum);
        if datum < jaar_later || datum > today {
            return Err(ongeldig(format!(
                "datum: de situatie na een jaar wordt vastgelegd vanaf {jaar_later} tot en met vandaag"
            )));
        }
        toets_uitstroom(bestemming, vervolg_soort).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE vso_uitstroom SET na_jaar_datum = $1, na_jaar_bestemming = $2, na_jaar_soort = $3 \
             WHERE id = $4 AND na_jaar_bestemming IS NULL",
        )
        .bind(datum.to_string())
        .bind(bestemming.as_str())
        .bind(vervolg_soort.map(str::trim).filter(|s| !s.is_empty()))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig("de situatie na een jaar is al vastgelegd"));
        }
        commit_audited(
            tx,
            wie,
            Some(u.leerling_id),
            Actie::Wijzigen,
            route,
            &["na een jaar"],
        )
        .await
    }
}
