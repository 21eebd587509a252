//! The SWV's verdeelmodel: how its budget is passed on.

use super::*;
use crate::repo::GeldStore;

/// A stored verdeelmodel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdeelmodelInstelling {
    pub swv: SwvCode,
    pub schooljaar: Schooljaar,
    pub model: Verdeelmodel,
    pub toelichting: String,
    pub gewijzigd: String,
}

impl GeldStore<'_> {
    /// The stored verdeelmodel of an SWV for a schooljaar, if any.
    pub async fn verdeelmodel(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
    ) -> Result<Option<VerdeelmodelInstelling>, StoreError> {
        self.mag_swv_zien(wie, swv)?;
        self.lees_verdeelmodel(swv, schooljaar).await
    }

    pub(super) async fn lees_verdeelmodel(
        self,
        swv: &SwvCode,
        schooljaar: Schooljaar,
    ) -> Result<Option<VerdeelmodelInstelling>, StoreError> {
        let row = sqlx::query(
            "SELECT eigen_taken, per_leerling, toelichting, gewijzigd FROM geld_verdeelmodel WHERE swv_code = $1 AND schooljaar = $2",
        )
        .bind(swv.as_str())
        .bind(schooljaar.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(VerdeelmodelInstelling {
            swv: swv.clone(),
            schooljaar,
            model: Verdeelmodel {
                eigen_taken: decimaal(&r.try_get::<String, _>(0)?, "eigen_taken")?,
                per_leerling: decimaal(&r.try_get::<String, _>(1)?, "per_leerling")?,
            },
            toelichting: r.try_get(2)?,
            gewijzigd: r.try_get(3)?,
        }))
    }

    /// Stores the verdeelmodel of the caller's own SWV for a schooljaar (shares 0..1).
    pub async fn bewaar_verdeelmodel(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
        model: &Verdeelmodel,
        toelichting: &str,
        route: &str,
    ) -> Result<(), StoreError> {
        self.mag_swv_wijzigen(wie, swv)?;
        for (naam, d) in [
            ("eigen taken", model.eigen_taken),
            ("per leerling", model.per_leerling),
        ] {
            if d < Decimal::ZERO || d > Decimal::ONE {
                return Err(ongeldig(format!(
                    "{naam}: het aandeel ligt tussen 0% en 100%"
                )));
            }
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_verdeelmodel WHERE swv_code = $1 AND schooljaar = $2")
            .bind(swv.as_str())
            .bind(schooljaar.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_verdeelmodel (swv_code, schooljaar, eigen_taken, per_leerling, toelichting, account_id, gewijzigd) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(swv.as_str())
        .bind(schooljaar.to_string())
        .bind(model.eigen_taken.normalize().to_string())
        .bind(model.per_leerling.normalize().to_string())
        .bind(toelichting.trim())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            route,
            &["eigen_taken", "per_leerling", "toelichting"],
        )
        .await
    }
}
