//! A school's request for an arrangement.

use super::*;
use crate::repo::ArrangementenStore;

impl ArrangementenStore<'_> {
    /// The school where the pupil is enrolled asks its own SWV for an arrangement, with the
    /// pupil's OPP at that school when there is one.
    pub async fn vraag_arrangement_aan(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        vraag: &str,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        let scope = wie
            .kijker
            .schrijft_voor_vestiging(&Functie::ArrangementAanvragen)
            .unwrap_or_default();
        let enrolled = dossier.inschrijvingen.iter().any(|i| {
            i.vestiging_code == scope && i.van <= today && i.tot.is_none_or(|t| t >= today)
        });
        if !enrolled {
            return Err(ongeldig(
                "alleen de school waar de leerling is ingeschreven vraagt een arrangement aan",
            ));
        }
        if vraag.trim().is_empty() {
            return Err(ongeldig("beschrijf de ondersteuningsvraag"));
        }
        let s = school(&self, &scope).await?;
        let mut tx = self.begin_write().await?;
        let opp: Option<i64> =
            sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
                .bind(leerling.0)
                .bind(&scope)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
        let id: i64 = sqlx::query(
            "INSERT INTO arrangement (leerling_id, vestiging_code, swv_code, opp_id, vraag, aangevraagd_op, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&scope)
        .bind(&s.swv_code)
        .bind(opp)
        .bind(vraag.trim())
        .bind(today.to_string())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["arrangement"],
        )
        .await?;
        Ok(id)
    }
}
