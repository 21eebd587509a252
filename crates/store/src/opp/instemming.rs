//! The parents' consent to an OPP version.

use super::*;
use crate::repo::OppsStore;

impl OppsStore<'_> {
    /// Records the parents' consent to the handelingsdeel of the current version.
    pub async fn opp_instemming(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        datum: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (vestiging, _) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        if datum > today {
            return Err(ongeldig("de datum van instemming ligt niet in de toekomst"));
        }
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE opp_versie SET instemming_ouders = $1 WHERE instemming_ouders IS NULL AND opp_id = \
             (SELECT id FROM opp WHERE leerling_id = $2 AND vestiging_code = $3) AND versie = \
             (SELECT MAX(versie) FROM opp_versie WHERE opp_id = (SELECT id FROM opp WHERE leerling_id = $2 AND vestiging_code = $3))",
        )
        .bind(datum.to_string())
        .bind(leerling.0)
        .bind(&vestiging)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(ongeldig(
                "er is geen ontwikkelingsperspectief zonder instemming om bij te werken",
            ));
        }
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["instemming_ouders"],
        )
        .await
    }
}
