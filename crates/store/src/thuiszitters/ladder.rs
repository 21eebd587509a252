//! The SWV's escalation ladder.

use super::*;
use crate::repo::ThuiszittersStore;

impl ThuiszittersStore<'_> {
    /// The SWV's ladder; an SWV that has not set one works with the example ladder.
    pub async fn ladder(self, swv: &SwvCode) -> Result<Escalatieladder, StoreError> {
        let rows = sqlx::query(
            "SELECT naam, eigenaar, weken FROM escalatiestap WHERE swv_code = $1 ORDER BY volgorde",
        )
        .bind(swv.as_str())
        .fetch_all(&self.pool)
        .await?;
        if rows.is_empty() {
            return Ok(Escalatieladder::voorbeeld());
        }
        let stappen = rows
            .iter()
            .map(|r| {
                Ok(Stap {
                    naam: r.try_get(0)?,
                    eigenaar: r.try_get(1)?,
                    weken: r.try_get(2)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Escalatieladder::new(stappen).map_err(|e| StoreError::Ongeldig(e.to_string()))
    }

    /// Sets an SWV's ladder; only staff of that SWV may.
    pub async fn set_ladder(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        ladder: &Escalatieladder,
    ) -> Result<(), StoreError> {
        let eigen = wie
            .kijker
            .schrijft_voor_swv(&Functie::EscalatieladderVastleggen);
        if eigen.as_deref() != Some(swv.as_str()) {
            return Err(StoreError::NietGevonden {
                wat: "samenwerkingsverband",
                sleutel: swv.to_string(),
            });
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM escalatiestap WHERE swv_code = $1")
            .bind(swv.as_str())
            .execute(&mut *tx)
            .await?;
        for (i, s) in ladder.stappen().iter().enumerate() {
            sqlx::query("INSERT INTO escalatiestap (swv_code, volgorde, naam, eigenaar, weken) VALUES ($1, $2, $3, $4, $5)")
                .bind(swv.as_str())
                .bind(i as i64)
                .bind(s.naam.trim())
                .bind(s.eigenaar.trim())
                .bind(s.weken)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
