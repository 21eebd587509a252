//! The system account: the clocks and command-line imports act under it, so that what
//! they change is audited like any user's change.

use super::Verzoeker;
use crate::{Store, StoreError};
use sqlx::Row;

impl Store {
    /// The system account acting in a role and scope: for command-line imports and clocks,
    /// so that what they change is audited like any user's change.
    pub async fn systeem_verzoeker(
        &self,
        rol: passend_domain::Rol,
        scope: &str,
    ) -> Result<Verzoeker, StoreError> {
        Ok(Verzoeker {
            account_id: self.systeem_account().await?,
            kijker: passend_domain::Kijker {
                rol,
                scope: Some(scope.to_string()),
            },
        })
    }

    /// The system account acting as itself ([`passend_domain::Kijker::systeem`]).
    pub(crate) async fn systeem(&self) -> Result<Verzoeker, StoreError> {
        Ok(Verzoeker {
            account_id: self.systeem_account().await?,
            kijker: passend_domain::Kijker::systeem(),
        })
    }

    /// The id of the system account, under which the clocks and automatic steps act.
    pub(crate) async fn systeem_account(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT id FROM account WHERE gebruikersnaam = 'systeem'")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }
}
