//! Adopting a plan and submitting it.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Marks a version final (SWV staff): only with all contents, OOGO with every gemeente of
    /// the region and the ondersteuningsplanraad's consent.
    pub async fn stel_plan_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        if !p.ontbreekt.is_empty() {
            return Err(ongeldig(format!(
                "het plan kan nog niet worden vastgesteld: {}",
                p.ontbreekt.join("; ")
            )));
        }
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE ondersteuningsplan SET vastgesteld_op = $1 WHERE id = $2 AND vastgesteld_op IS NULL",
        )
        .bind(today.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig("deze versie is al vastgesteld"));
        }
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["vastgesteld"]).await
    }

    /// Records the day the final plan went to the inspectie (SWV staff); returns whether that
    /// was on time (before 1 May preceding the first schooljaar). A late submission is still
    /// recorded, as it happened, and shown as late.
    pub async fn dien_plan_in(
        self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        today: Date,
        route: &str,
    ) -> Result<bool, StoreError> {
        eigen_swv(wie)?;
        let p = self.plan_versie(wie, id, today).await?;
        let Some(vastgesteld) = p.regel.vastgesteld_op else {
            return Err(ongeldig(
                "alleen een vastgesteld plan gaat naar de inspectie",
            ));
        };
        if p.regel.ingediend_op.is_some() {
            return Err(ongeldig("deze versie is al bij de inspectie ingediend"));
        }
        if datum < vastgesteld || datum > today {
            return Err(ongeldig(
                "datum van indiening: ligt tussen de vaststelling en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE ondersteuningsplan SET ingediend_op = $1 WHERE id = $2 AND ingediend_op IS NULL",
        )
        .bind(datum.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["ingediend"]).await?;
        Ok(tijdig_ingediend(p.regel.van, datum))
    }
}
