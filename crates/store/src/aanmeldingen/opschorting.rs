//! Suspending the term and withdrawing an aanmelding.

use super::*;
use crate::repo::AanmeldingenStore;

impl AanmeldingenStore<'_> {
    /// VO (WVO art. 27 lid 2g): the school asked the parents to complete the registration on
    /// `van`; `tot` is the day it was completed (or the term lapsed). The clock stands still
    /// in between.
    pub async fn schort_op(
        self,
        wie: &Verzoeker,
        id: i64,
        van: Date,
        tot: Option<Date>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        let vo = self.vestiging_is_vo(&a.vestiging_code).await?;
        if van < a.ontvangen || van > today || tot.is_some_and(|t| t > today) {
            return Err(StoreError::Ongeldig(
                "het verzoek om aanvulling ligt niet tussen de ontvangst en vandaag".into(),
            ));
        }
        termijnen(
            a.ontvangen,
            None,
            &[Opschorting { van, tot }],
            vo,
            true,
            None,
        )
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET opschorting_van = $1, opschorting_tot = $2 \
             WHERE id = $3 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(van.to_string())
        .bind(tot.map(|d| d.to_string()))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        bevestig_open(tx, gezet, wie, a.leerling_id, route, &["opschorting"]).await?;
        Ok(())
    }

    /// The parents withdrew the registration.
    pub async fn trek_aanmelding_in(
        self,
        wie: &Verzoeker,
        id: i64,
        op: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.eigen_open(wie, id, today, route).await?;
        if op > today || op < a.ontvangen {
            return Err(StoreError::Ongeldig(
                "de datum van intrekken ligt niet tussen de ontvangst en vandaag".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE aanmelding SET ingetrokken_op = $1 WHERE id = $2 AND besluit IS NULL AND ingetrokken_op IS NULL",
        )
        .bind(op.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        bevestig_open(tx, gezet, wie, a.leerling_id, route, &["ingetrokken"]).await?;
        Ok(())
    }
}
