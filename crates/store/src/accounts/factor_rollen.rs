//! The roles for which the beheerder requires a second factor (none by default). A user
//! whose active role requires one and who has none confirmed enrols before anything else.

use super::*;
use crate::audit::{Actie, commit_audited};
use crate::toegang::Verzoeker;
use passend_domain::toegang::Functie;

impl AccountsStore<'_> {
    /// The roles that require a second factor, in the order of [`Rol::ALL`].
    pub async fn tweede_factor_rollen(self) -> Result<Vec<Rol>, StoreError> {
        let namen: Vec<String> = sqlx::query("SELECT rol FROM tweede_factor_rol")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?;
        Ok(Rol::ALL
            .into_iter()
            .filter(|r| namen.iter().any(|n| n == r.as_str()))
            .collect())
    }

    /// Sets which roles require a second factor (the beheerder only); audited.
    pub async fn zet_tweede_factor_rollen(
        self,
        wie: &Verzoeker,
        rollen: &[Rol],
    ) -> Result<(), StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "tweede-factor".into(),
            });
        }
        if let Some(r) = rollen.iter().find(|r| !r.tweede_factor_te_vereisen()) {
            return Err(StoreError::Ongeldig(format!(
                "voor de rol {} kan geen tweede factor worden vereist",
                r.omschrijving()
            )));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM tweede_factor_rol")
            .execute(&mut *tx)
            .await?;
        for r in rollen {
            sqlx::query("INSERT INTO tweede_factor_rol (rol) VALUES ($1) ON CONFLICT DO NOTHING")
                .bind(r.as_str())
                .execute(&mut *tx)
                .await?;
        }
        let namen: Vec<&str> = rollen.iter().map(|r| r.as_str()).collect();
        let wijziging = format!("tweede factor vereist voor: {}", namen.join(" "));
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            "/beheer/tweede-factor",
            &[&wijziging],
        )
        .await
    }

    /// Whether this user must enrol a second factor before anything else: the active role
    /// requires one and the account has none confirmed. Parents never do.
    pub async fn moet_tweede_factor_instellen(self, wie: &Verzoeker) -> Result<bool, StoreError> {
        if !wie.kijker.rol.tweede_factor_te_vereisen() {
            return Ok(false);
        }
        Ok(sqlx::query(
            "SELECT 1 FROM tweede_factor_rol WHERE rol = $1 AND NOT EXISTS \
             (SELECT 1 FROM tweede_factor WHERE account_id = $2 AND bevestigd IS NOT NULL)",
        )
        .bind(wie.kijker.rol.as_str())
        .bind(wie.account_id)
        .fetch_optional(&self.pool)
        .await?
        .is_some())
    }
}
