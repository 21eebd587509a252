//! Reading disputes per pupil, within the caller's scope, and one by id.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// The disputes of a pupil, for a caller who may read the pupil's dossier.
    pub async fn geschillen_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Geschil>, StoreError> {
        self.toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await?;
        self.geschillen_rijen(leerling).await
    }

    async fn geschillen_rijen(self, leerling: LeerlingId) -> Result<Vec<Geschil>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM geschil g JOIN leerling l ON l.id = g.leerling_id JOIN vestiging v ON v.code = g.vestiging_code \
             WHERE g.leerling_id = $1 ORDER BY g.ingediend_op DESC, g.id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(geschil_row)
            .collect()
    }

    /// The disputes of every pupil in the caller's scope (the list read is logged); empty for
    /// roles that see no single pupil.
    pub async fn geschillen_voor(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Geschil>, StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok(Vec::new());
        };
        // A dispute about toelating is about a registration: its school, bestuur and SWV
        // are parties to it without the dossier (as `registreer_geschil` allows).
        let partij = match wie.kijker.leerling_filter() {
            LeerlingFilter::HuidigeVestiging(_) => "g.vestiging_code = $1",
            LeerlingFilter::HuidigBestuur(_) => {
                "g.vestiging_code IN (SELECT v2.code FROM vestiging v2 JOIN school s2 ON s2.brin = v2.brin \
                 JOIN bestuur b2 ON b2.id = s2.bestuur_id WHERE b2.bevoegd_gezag = $1)"
            }
            LeerlingFilter::HuidigSwv(_) => "v.swv_code = $1",
            _ => "1 = 0",
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM geschil g JOIN leerling l ON l.id = g.leerling_id JOIN vestiging v ON v.code = g.vestiging_code \
             WHERE ({condition}) OR (g.soort = 'toelating' AND {partij}) ORDER BY g.ingediend_op DESC, g.id DESC"
        );
        let mut q = scope.bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
        if dated {
            q = q.bind(today.to_string());
        }
        let mut out = q
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(geschil_row)
            .collect::<Result<Vec<_>, _>>()?;
        for g in out.iter_mut().filter(|g| g.soort == "toelating") {
            g.dossier = self
                .mag(wie, &Handeling::DossierLezen, g.leerling_id, today)
                .await?;
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// One dispute, through the pupil's dossier scope (the read is logged).
    pub async fn geschil_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Geschil, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "geschil",
            sleutel: id.to_string(),
        };
        let r = sqlx::query("SELECT leerling_id, soort, vestiging_code FROM geschil WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let leerling = LeerlingId(r.try_get(0)?);
        let soort: String = r.try_get(1)?;
        let anders = if soort == "toelating" {
            let school = self.school_context(&r.try_get::<String, _>(2)?).await?;
            Some(Handeling::AanmeldingLezen(school))
        } else {
            None
        };
        let dossier = self
            .lees_record(wie, leerling, anders.as_ref(), today, route)
            .await
            .map_err(|_| not_found())?;
        self.geschillen_rijen(leerling)
            .await?
            .into_iter()
            .find(|g| g.id == id)
            .map(|g| Geschil { dossier, ..g })
            .ok_or(StoreError::NietGevonden {
                wat: "geschil",
                sleutel: id.to_string(),
            })
    }
}
