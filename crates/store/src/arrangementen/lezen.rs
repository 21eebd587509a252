//! Reading arrangements per pupil, per SWV and one by id.

use super::*;
use crate::repo::ArrangementenStore;

impl ArrangementenStore<'_> {
    /// The arrangements of a pupil, for a caller who may read the pupil's dossier (asked
    /// here; the dossier read itself is logged where it happens).
    pub async fn arrangementen_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Arrangement>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        self.arrangementen_rijen(leerling).await
    }

    async fn arrangementen_rijen(
        self,
        leerling: LeerlingId,
    ) -> Result<Vec<Arrangement>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM arrangement a JOIN leerling l ON l.id = a.leerling_id WHERE a.leerling_id = $1 ORDER BY a.id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(arrangement_row)
            .collect()
    }

    /// The SWV's caseload: every request to it, open first.
    pub async fn arrangementen_van_swv(
        self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Arrangement>, StoreError> {
        let Some(swv) = wie.kijker.schrijft_voor_swv(&Functie::ArrangementToekennen) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM arrangement a JOIN leerling l ON l.id = a.leerling_id WHERE a.swv_code = $1 \
             ORDER BY CASE WHEN a.besluit IS NULL THEN 0 ELSE 1 END, a.aangevraagd_op, a.id"
        );
        let list = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(swv)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(arrangement_row)
            .collect::<Result<Vec<_>, _>>()?;
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(list)
    }

    /// One arrangement request, through the pupil's dossier scope (the read is logged).
    pub async fn arrangement_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Arrangement, StoreError> {
        let leerling = self
            .leerling_van_record(wie, "arrangement", "arrangement", id, today, route)
            .await?;
        self.arrangementen_rijen(leerling)
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(StoreError::NietGevonden {
                wat: "arrangement",
                sleutel: id.to_string(),
            })
    }
}
