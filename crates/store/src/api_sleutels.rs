//! API keys: bearer tokens tied to an account, so an API client acts with that account's
//! roles and scopes. The key is shown once; only its hash is stored.

use crate::organisatie::non_empty;
use crate::repo::AccountsStore;
use crate::tokens::{hash_token, random_token};
use crate::{Account, StoreError};
use sqlx::Row;

/// Keys start with this prefix, so that a leaked key is recognisable in a secret scanner.
pub const PREFIX: &str = "psd_";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiSleutel {
    pub id: i64,
    pub naam: String,
    pub aangemaakt: String,
    pub ingetrokken: Option<String>,
}

impl AccountsStore<'_> {
    /// Creates a key for an account; returns the key itself (shown once).
    pub async fn create_api_sleutel(
        self,
        account_id: i64,
        naam: &str,
    ) -> Result<String, StoreError> {
        let naam = non_empty(naam, "naam van de sleutel")?;
        let token = format!("{PREFIX}{}", random_token());
        let mut tx = self.begin_write().await?;
        sqlx::query("INSERT INTO api_sleutel (token_hash, account_id, naam, aangemaakt) VALUES ($1, $2, $3, $4)")
            .bind(hash_token(&token))
            .bind(account_id)
            .bind(naam)
            .bind(crate::instant_text(jiff::Timestamp::now()))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    pub async fn api_sleutels(self, account_id: i64) -> Result<Vec<ApiSleutel>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, naam, aangemaakt, ingetrokken FROM api_sleutel WHERE account_id = $1 ORDER BY id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(ApiSleutel {
                    id: r.try_get(0)?,
                    naam: r.try_get(1)?,
                    aangemaakt: r.try_get(2)?,
                    ingetrokken: r.try_get(3)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// Revokes one of the account's own keys.
    pub async fn revoke_api_sleutel(self, account_id: i64, id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE api_sleutel SET ingetrokken = $1 WHERE id = $2 AND account_id = $3 AND ingetrokken IS NULL",
        )
        .bind(crate::instant_text(jiff::Timestamp::now()))
        .bind(id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NietGevonden {
                wat: "API-sleutel",
                sleutel: id.to_string(),
            });
        }
        tx.commit().await?;
        Ok(())
    }

    /// The account behind a live key.
    pub async fn api_account(self, token: &str) -> Result<Option<Account>, StoreError> {
        if !token.starts_with(PREFIX) {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT account_id FROM api_sleutel WHERE token_hash = $1 AND ingetrokken IS NULL",
        )
        .bind(hash_token(token))
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(r) => self.account(r.try_get(0)?).await.map(Some),
            None => Ok(None),
        }
    }
}
