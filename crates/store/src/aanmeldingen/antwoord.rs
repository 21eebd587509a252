//! The asked school's side of a willingness request: its list, one request (the child's
//! name and age and the support need the parents share, never the dossier), and its own
//! answer ([`Handeling::BereidheidVerklaren`]).

use super::bereidheid::{Bereidheid, VRAAG, bereidheid};
use super::*;
use crate::repo::AanmeldingenStore;
use passend_domain::zorgplicht::toets_antwoord;

impl AanmeldingenStore<'_> {
    /// The requests to the signed-in school, open first; the read is logged. Other roles get
    /// "not found".
    pub async fn bereidheidsvragen_voor(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Bereidheid>, StoreError> {
        // Only a school is asked; for anyone else the list does not exist.
        let eigen = wie
            .kijker
            .eigen_vestiging()
            .ok_or(StoreError::NietGevonden {
                wat: "bereidheidsvragen",
                sleutel: String::new(),
            })?;
        let sql = format!(
            "{VRAAG} WHERE q.vestiging_code = $1 ORDER BY CASE WHEN q.bereid IS NULL THEN 0 ELSE 1 END, q.uiterlijk, q.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(eigen)
            .fetch_all(&self.pool)
            .await?;
        let out = rows
            .iter()
            .map(|r| bereidheid(r, today))
            .collect::<Result<Vec<_>, _>>()?;
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// One request, for the school asked ([`Handeling::BereidheidVerklaren`]); logged.
    pub async fn bereidheidsvraag_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Bereidheid, StoreError> {
        let (b, leerling) = self.toets_gevraagd(wie, id, today, route).await?;
        self.audit(wie, Some(leerling), Actie::Lezen, route).await?;
        Ok(b)
    }

    /// The asked school's own answer, yes or no with its date, once and in time.
    pub async fn beantwoord_bereidheid(
        self,
        wie: &Verzoeker,
        id: i64,
        bereid: bool,
        datum: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (b, leerling) = self.toets_gevraagd(wie, id, today, route).await?;
        toets_antwoord(&b.vraag, datum, today).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE bereidheidsvraag SET bereid = $1, antwoord_datum = $2, beantwoord_door = $3 WHERE id = $4 AND bereid IS NULL",
        )
        .bind(i16::from(bereid))
        .bind(datum.to_string())
        .bind(wie.account_id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Conflict("deze vraag is al beantwoord".into()));
        }
        crate::audit::commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["bereidheid"],
        )
        .await
    }

    async fn toets_gevraagd(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(Bereidheid, LeerlingId), StoreError> {
        let niet = || StoreError::NietGevonden {
            wat: "bereidheidsvraag",
            sleutel: id.to_string(),
        };
        let sql = format!("{VRAAG} WHERE q.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(niet)?;
        let b = bereidheid(&r, today)?;
        let leerling = LeerlingId(r.try_get(14)?);
        let school = self.school_context(&b.vestiging_code).await?;
        match self
            .toets(
                wie,
                &Handeling::BereidheidVerklaren(school),
                leerling,
                today,
                route,
            )
            .await
        {
            Err(StoreError::NietGevonden { .. }) => Err(niet()),
            other => other.map(|_| (b, leerling)),
        }
    }
}
