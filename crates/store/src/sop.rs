//! Schoolondersteuningsprofielen: public, set by the school itself.

use crate::StoreError;
use crate::repo::AanbodStore;
use crate::toegang::Verzoeker;
use jiff::civil::Date;
use passend_domain::VestigingCode;
use passend_domain::ondersteuning::{Aanbod, Domein, Niveau};
use passend_domain::toegang::Functie;
use sqlx::Row;

impl AanbodStore<'_> {
    /// The profile of a vestiging: the date it was set and its offer per domain.
    pub async fn sop(
        self,
        vestiging: &VestigingCode,
    ) -> Result<Option<(Date, Vec<Aanbod>)>, StoreError> {
        let head = sqlx::query("SELECT vastgesteld FROM sop WHERE vestiging_code = $1")
            .bind(vestiging.as_str())
            .fetch_optional(&self.pool)
            .await?;
        let Some(head) = head else { return Ok(None) };
        let vastgesteld: String = head.try_get(0)?;
        let vastgesteld = vastgesteld
            .parse()
            .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum {vastgesteld}")))?;
        let rows = sqlx::query(
            "SELECT domein, tot_niveau, plaatsen FROM sop_aanbod WHERE vestiging_code = $1",
        )
        .bind(vestiging.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut aanbod = Vec::new();
        for r in &rows {
            let fout = |e: passend_domain::ondersteuning::OndersteuningError| {
                StoreError::Ongeldig(e.to_string())
            };
            aanbod.push(Aanbod {
                domein: Domein::parse(&r.try_get::<String, _>(0)?).map_err(fout)?,
                tot_niveau: Niveau::new(r.try_get(1)?).map_err(fout)?,
                plaatsen: u32::try_from(r.try_get::<i64, _>(2)?).unwrap_or(0),
            });
        }
        aanbod.sort_by_key(|a| a.domein);
        Ok(Some((vastgesteld, aanbod)))
    }

    /// Sets the profile of the caller's own vestiging, replacing the previous one.
    pub async fn set_sop(
        self,
        wie: &Verzoeker,
        vestiging: &VestigingCode,
        vastgesteld: Date,
        aanbod: &[Aanbod],
        today: Date,
    ) -> Result<(), StoreError> {
        let eigen = wie
            .kijker
            .schrijft_voor_vestiging(&Functie::OndersteuningsprofielBijwerken);
        if eigen.as_deref() != Some(vestiging.as_str()) {
            return Err(StoreError::NietGevonden {
                wat: "vestiging",
                sleutel: vestiging.to_string(),
            });
        }
        if vastgesteld > today {
            return Err(StoreError::Ongeldig(
                "de datum van vaststelling ligt in de toekomst".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sop_aanbod WHERE vestiging_code = $1")
            .bind(vestiging.as_str())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sop WHERE vestiging_code = $1")
            .bind(vestiging.as_str())
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO sop (vestiging_code, vastgesteld) VALUES ($1, $2)")
            .bind(vestiging.as_str())
            .bind(vastgesteld.to_string())
            .execute(&mut *tx)
            .await?;
        for a in aanbod {
            sqlx::query("INSERT INTO sop_aanbod (vestiging_code, domein, tot_niveau, plaatsen) VALUES ($1, $2, $3, $4)")
                .bind(vestiging.as_str())
                .bind(a.domein.as_str())
                .bind(i64::from(a.tot_niveau.value()))
                .bind(i64::from(a.plaatsen))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
