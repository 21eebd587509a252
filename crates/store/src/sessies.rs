//! Sign-in sessions. The cookie holds a random 256-bit token; the database holds only
//! its BLAKE2b hash, so a copy of the database does not let anyone sign in.

use crate::repo::AccountsStore;
use crate::tokens::{hash_token, random_token};
use crate::{Account, StoreError};
use sqlx::Row;

/// A session ends this long after sign-in.
pub const SESSION_HOURS: i64 = 10;

impl AccountsStore<'_> {
    /// Starts a session for an account; returns the token for the cookie.
    pub async fn create_session(self, account_id: i64) -> Result<String, StoreError> {
        let token = random_token();
        let now = jiff::Timestamp::now();
        let until = now
            .checked_add(jiff::SignedDuration::from_hours(SESSION_HOURS))
            .map_err(|_| StoreError::Ongeldig("ongeldige sessieduur".into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessie WHERE verloopt < $1")
            .bind(crate::instant_text(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO sessie (token_hash, account_id, aangemaakt, verloopt) VALUES ($1, $2, $3, $4)")
            .bind(hash_token(&token))
            .bind(account_id)
            .bind(crate::instant_text(now))
            .bind(crate::instant_text(until))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The account of a live session, if any, with the index of its active role.
    pub async fn session_account(
        self,
        token: &str,
    ) -> Result<Option<(Account, usize)>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id, rol_index FROM sessie WHERE token_hash = $1 AND verloopt > $2",
        )
        .bind(hash_token(token))
        .bind(crate::instant_text(jiff::Timestamp::now()))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let account = self.account(r.try_get(0)?).await?;
        let index = usize::try_from(r.try_get::<i64, _>(1)?).unwrap_or(0);
        let index = if index < account.rollen.len() {
            index
        } else {
            0
        };
        Ok(Some((account, index)))
    }

    /// Makes another of the account's roles the active one for this session.
    pub async fn set_session_role(self, token: &str, index: usize) -> Result<(), StoreError> {
        let Some((account, _)) = self.session_account(token).await? else {
            return Err(StoreError::NietGevonden {
                wat: "sessie",
                sleutel: "huidig".into(),
            });
        };
        if index >= account.rollen.len() {
            return Err(StoreError::Ongeldig(
                "deze rol hoort niet bij uw account".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE sessie SET rol_index = $1 WHERE token_hash = $2")
            .bind(index as i64)
            .bind(hash_token(token))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn end_session(self, token: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessie WHERE token_hash = $1")
            .bind(hash_token(token))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
