//! Sign-in sessions. The cookie holds a random 256-bit token; the database holds only
//! its BLAKE2b hash, so a copy of the database does not let anyone sign in.

use crate::{Account, Store, StoreError};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use blake2::{Blake2b512, Digest};
use sqlx::Row;

/// A session ends this long after sign-in.
pub const SESSION_HOURS: i64 = 10;

fn hash_token(token: &str) -> String {
    let digest = Blake2b512::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Starts a session for an account; returns the token for the cookie.
    pub async fn create_session(&self, account_id: i64) -> Result<String, StoreError> {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let now = jiff::Timestamp::now();
        let until = now
            .checked_add(jiff::SignedDuration::from_hours(SESSION_HOURS))
            .map_err(|_| StoreError::Ongeldig("ongeldige sessieduur".into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessie WHERE verloopt < $1")
            .bind(now.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO sessie (token_hash, account_id, aangemaakt, verloopt) VALUES ($1, $2, $3, $4)")
            .bind(hash_token(&token))
            .bind(account_id)
            .bind(now.to_string())
            .bind(until.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The account of a live session, if any.
    pub async fn session_account(&self, token: &str) -> Result<Option<Account>, StoreError> {
        let row =
            sqlx::query("SELECT account_id FROM sessie WHERE token_hash = $1 AND verloopt > $2")
                .bind(hash_token(token))
                .bind(jiff::Timestamp::now().to_string())
                .fetch_optional(&self.pool)
                .await?;
        match row {
            Some(r) => self.account(r.try_get(0)?).await.map(Some),
            None => Ok(None),
        }
    }

    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessie WHERE token_hash = $1")
            .bind(hash_token(token))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
