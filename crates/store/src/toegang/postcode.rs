//! Recording a pupil's new address postcode.

use super::*;

impl Store {
    /// Records a pupil's new address postcode, for the school where the pupil is enrolled.
    /// The change and its audit entry (naming the field, not the value) commit together;
    /// an unknown postcode changes nothing.
    pub async fn wijzig_postcode(
        &self,
        wie: &Verzoeker,
        id: LeerlingId,
        postcode: &passend_domain::Postcode,
        today: Date,
        route: &str,
    ) -> Result<bool, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: id.0.to_string(),
        };
        self.toets(wie, &Handeling::GegevensWijzigen, id, today, route)
            .await
            .map_err(|e| match e {
                StoreError::Ongeldig(_) => e,
                _ => not_found(),
            })?;
        passend_domain::RegioIndeling::officieel().woon_swv(postcode.pc4())?;
        let mut tx = self.begin_write().await?;
        let current: String = sqlx::query("SELECT postcode FROM leerling WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if current == postcode.to_string() {
            return Ok(false);
        }
        sqlx::query("UPDATE leerling SET postcode = $1, pc4 = $2 WHERE id = $3")
            .bind(postcode.to_string())
            .bind(i64::from(postcode.pc4().value()))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        crate::audit::append(
            &mut tx,
            wie,
            Some(id),
            Actie::Wijzigen,
            route,
            Some(&["postcode"]),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
