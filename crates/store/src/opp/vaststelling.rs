//! Adopting a new OPP version.

use super::*;
use crate::repo::OppsStore;

impl OppsStore<'_> {
    /// Stores a new version of the pupil's OPP at this school (the first one creates it).
    /// The latest version's needs become the pupil's ondersteuningsbehoefte, which the
    /// dekkend aanbod counts.
    pub async fn stel_opp_vast(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        v: &NieuweOppVersie,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let (vestiging, soort) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        toets(&Perspectief {
            soort,
            uitstroom: v.uitstroom,
            belemmerend: &v.belemmerend,
            bevorderend: &v.bevorderend,
            overleg_ouders: v.overleg_ouders,
            doelen: v.doelen.len(),
        })
        .map_err(ongeldig)?;
        if v.doelen.iter().any(|d| {
            [&d.doel, &d.ondersteuning, &d.wie, &d.frequentie]
                .iter()
                .any(|t| t.trim().is_empty())
        }) {
            return Err(ongeldig(
                "elk doel noemt de ondersteuning, wie die geeft en hoe vaak",
            ));
        }
        let overleg = v.overleg_ouders.unwrap_or(today);
        if overleg > today || v.instemming_ouders.is_some_and(|d| d > today) {
            return Err(ongeldig(
                "data van overleg en instemming liggen niet in de toekomst",
            ));
        }
        let mut tx = self.begin_write().await?;
        let bestaand =
            sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
                .bind(leerling.0)
                .bind(&vestiging)
                .fetch_optional(&mut *tx)
                .await?;
        let opp: i64 = match bestaand {
            Some(r) => r.try_get(0)?,
            None => sqlx::query(
                "INSERT INTO opp (leerling_id, vestiging_code, aangemaakt) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(leerling.0)
            .bind(&vestiging)
            .bind(instant_text(jiff::Timestamp::now()))
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?,
        };
        let versie: i64 =
            sqlx::query("SELECT COALESCE(MAX(versie), 0) + 1 FROM opp_versie WHERE opp_id = $1")
                .bind(opp)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
        sqlx::query(
            "INSERT INTO opp_versie (opp_id, versie, vastgesteld_op, uitstroom, belemmerend, bevorderend, overleg_ouders, \
             overleg_verslag, instemming_ouders, stem_kind, account_id, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(opp)
        .bind(versie)
        .bind(today.to_string())
        .bind(v.uitstroom.as_str())
        .bind(v.belemmerend.trim())
        .bind(v.bevorderend.trim())
        .bind(overleg.to_string())
        .bind(Some(v.overleg_verslag.trim()).filter(|s| !s.is_empty()))
        .bind(v.instemming_ouders.map(|d| d.to_string()))
        .bind(Some(v.stem_kind.trim()).filter(|s| !s.is_empty()))
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        for (domein, niveau) in &v.behoeften {
            sqlx::query(
                "INSERT INTO opp_behoefte (opp_id, versie, domein, niveau) VALUES ($1, $2, $3, $4)",
            )
            .bind(opp)
            .bind(versie)
            .bind(domein.as_str())
            .bind(i64::from(niveau.value()))
            .execute(&mut *tx)
            .await?;
        }
        for (i, d) in v.doelen.iter().enumerate() {
            sqlx::query(
                "INSERT INTO opp_doel (opp_id, versie, volgorde, doel, ondersteuning, wie, frequentie) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(opp)
            .bind(versie)
            .bind(i as i64 + 1)
            .bind(d.doel.trim())
            .bind(d.ondersteuning.trim())
            .bind(d.wie.trim())
            .bind(d.frequentie.trim())
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM behoefte WHERE leerling_id = $1")
            .bind(leerling.0)
            .execute(&mut *tx)
            .await?;
        for (domein, niveau) in &v.behoeften {
            sqlx::query("INSERT INTO behoefte (leerling_id, domein, niveau) VALUES ($1, $2, $3)")
                .bind(leerling.0)
                .bind(domein.as_str())
                .bind(i64::from(niveau.value()))
                .execute(&mut *tx)
                .await?;
        }
        commit_audited(tx, wie, Some(leerling), Actie::Wijzigen, route, &["opp"]).await?;
        Ok(versie)
    }
}
