//! Recording the OOGO, the consultation of overlapping SWVs and the OPR's consent.

use super::*;
use crate::repo::VerantwoordingStore;

impl VerantwoordingStore<'_> {
    /// Records the OOGO with one gemeente of the region (SWV staff). Without agreement the
    /// disagreements are written down.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_oogo_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        gemeentecode: &str,
        datum: Date,
        uitkomst: &str,
        verschillen: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        if !p.oogo.iter().any(|o| o.gemeentecode == gemeentecode) {
            return Err(ongeldig(format!(
                "gemeente: '{gemeentecode}' ligt niet in de regio van {}",
                p.regel.swv_code
            )));
        }
        let u = OogoUitkomst::parse(uitkomst).ok_or_else(|| {
            ongeldig(format!(
                "uitkomst: '{uitkomst}' is geen uitkomst; kies overeenstemming of geen overeenstemming"
            ))
        })?;
        if u == OogoUitkomst::GeenOvereenstemming && verschillen.trim().is_empty() {
            return Err(ongeldig(
                "verschillen: zonder overeenstemming worden de punten van verschil vastgelegd",
            ));
        }
        if datum > today {
            return Err(ongeldig("datum: het overleg ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_oogo WHERE plan_id = $1 AND gemeentecode = $2")
            .bind(id)
            .bind(gemeentecode)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_oogo (plan_id, gemeentecode, datum, uitkomst, verschillen) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(gemeentecode)
        .bind(datum.to_string())
        .bind(u.as_str())
        .bind(Some(verschillen.trim()).filter(|s| !s.is_empty()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["oogo"]).await
    }

    /// Records the overleg with an overlapping SWV of the other sector (SWV staff), before
    /// vaststelling (WPO art. 18a lid 9, WVO art. 17a lid 9).
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_overleg_swv_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        swv_code: &str,
        datum: Date,
        verslag: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        eigen_swv(wie)?;
        let p = self.eigen_concept(wie, id, today).await?;
        let code = swv_code.trim().to_uppercase();
        if !p.overleg_swv.iter().any(|o| o.swv_code == code) {
            return Err(ongeldig(format!(
                "samenwerkingsverband: '{code}' overlapt niet met het gebied van {}; kies uit {}",
                p.regel.swv_code,
                p.overleg_swv
                    .iter()
                    .map(|o| o.swv_code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        if datum > today {
            return Err(ongeldig("datum: het overleg ligt niet in de toekomst"));
        }
        if verslag.trim().is_empty() {
            return Err(ongeldig("verslag: leg kort vast wat er is besproken"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_overleg_swv WHERE plan_id = $1 AND swv_code = $2")
            .bind(id)
            .bind(&code)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_overleg_swv (plan_id, swv_code, datum, verslag) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&code)
        .bind(datum.to_string())
        .bind(verslag.trim())
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["overleg_swv"]).await
    }

    /// Records the ondersteuningsplanraad's vote on a version, as its minutes give it (SWV
    /// staff: the OPR's own view is read-only). The audit log names who recorded it.
    #[allow(clippy::too_many_arguments)]
    pub async fn leg_instemming_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        stemming: Stemming,
        voorwaarden: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let p = self.eigen_concept(wie, id, today).await?;
        if wie.kijker.schrijft_voor_swv(&Functie::PlanSchrijven) != Some(p.regel.swv_code.clone()) {
            return Err(StoreError::NietGevonden {
                wat: "ondersteuningsplan",
                sleutel: id.to_string(),
            });
        }
        if !stemming.geldig() {
            return Err(ongeldig(
                "stemming: de aantallen zijn 0 of meer en er is ten minste één stem voor of tegen",
            ));
        }
        if datum > today {
            return Err(ongeldig("datum: de vergadering ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM op_instemming WHERE plan_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO op_instemming (plan_id, datum, voor, tegen, onthouding, voorwaarden) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(datum.to_string())
        .bind(stemming.voor)
        .bind(stemming.tegen)
        .bind(stemming.onthouding)
        .bind(Some(voorwaarden.trim()).filter(|s| !s.is_empty()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["instemming"]).await
    }
}
