//! The evaluation of an OPP.

use super::*;
use crate::repo::OppsStore;

impl OppsStore<'_> {
    /// Records an evaluation; only one with the parents counts as the yearly one (WPO art.
    /// 40a lid 3, see `passend_domain::opp::evaluatie`).
    pub async fn evalueer_opp(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        e: &OppEvaluatie,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (datum, met_ouders, verslag) = (e.datum, e.met_ouders, e.verslag.as_str());
        let (vestiging, _) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        if verslag.trim().is_empty() {
            return Err(ongeldig("schrijf kort wat de evaluatie opleverde"));
        }
        if datum > today {
            return Err(ongeldig("de evaluatie ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        let opp = sqlx::query("SELECT id FROM opp WHERE leerling_id = $1 AND vestiging_code = $2")
            .bind(leerling.0)
            .bind(&vestiging)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| ongeldig("stel eerst een ontwikkelingsperspectief vast"))?
            .try_get::<i64, _>(0)?;
        sqlx::query("INSERT INTO opp_evaluatie (opp_id, datum, met_ouders, verslag, aangemaakt) VALUES ($1, $2, $3, $4, $5)")
            .bind(opp)
            .bind(datum.to_string())
            .bind(i64::from(met_ouders))
            .bind(verslag.trim())
            .bind(instant_text(jiff::Timestamp::now()))
            .execute(&mut *tx)
            .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["opp_evaluatie"],
        )
        .await
    }
}
