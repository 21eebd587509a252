//! Local accounts with argon2 password hashes, and their roles with scopes.
//! Signing in through an external identity provider would add another way to find an
//! account; the account and role model stays the same.

use crate::error::on_unique;
use crate::organisatie::non_empty;
use crate::{Store, StoreError};
use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use passend_domain::Rol;
use sqlx::Row;

/// Shorter passwords are refused.
pub const MIN_PASSWORD_LEN: usize = 12;

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub gebruikersnaam: String,
    pub weergavenaam: String,
    pub wachtwoord: String,
    pub rollen: Vec<AccountRol>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRol {
    pub rol: Rol,
    /// Vestiging code, bestuur number, SWV code, gemeentecode or ouder id, as the role needs.
    pub scope: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub gebruikersnaam: String,
    pub weergavenaam: String,
    pub rollen: Vec<AccountRol>,
}

fn hash_password(password: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StoreError::Wachtwoord)
}

impl Store {
    pub async fn create_account(&self, new: &NewAccount) -> Result<i64, StoreError> {
        let naam = non_empty(&new.gebruikersnaam, "gebruikersnaam")?;
        let weergave = non_empty(&new.weergavenaam, "naam")?;
        if new.wachtwoord.chars().count() < MIN_PASSWORD_LEN {
            return Err(StoreError::Ongeldig(format!(
                "het wachtwoord moet minstens {MIN_PASSWORD_LEN} tekens hebben"
            )));
        }
        if new.rollen.is_empty() {
            return Err(StoreError::Ongeldig(
                "een account heeft minstens één rol".into(),
            ));
        }
        for r in &new.rollen {
            if r.rol.vraagt_scope() != r.scope.is_some() {
                return Err(StoreError::Ongeldig(format!(
                    "de rol {} {} een werkgebied",
                    r.rol.omschrijving(),
                    if r.rol.vraagt_scope() {
                        "vraagt"
                    } else {
                        "heeft geen"
                    }
                )));
            }
        }
        let hash = hash_password(&new.wachtwoord)?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, aangemaakt) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(naam)
        .bind(weergave)
        .bind(hash)
        .bind(jiff::Timestamp::now().to_string())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| on_unique(e, || format!("gebruikersnaam {naam} is al in gebruik")))?;
        let id: i64 = row.try_get(0)?;
        for r in &new.rollen {
            sqlx::query("INSERT INTO account_rol (account_id, rol, scope) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(r.rol.as_str())
                .bind(r.scope.as_deref())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The account if the password matches; `None` for an unknown name or a wrong password
    /// alike, so that a caller cannot tell which.
    pub async fn verify_password(
        &self,
        gebruikersnaam: &str,
        wachtwoord: &str,
    ) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query("SELECT id, wachtwoord_hash FROM account WHERE gebruikersnaam = $1")
            .bind(gebruikersnaam.trim())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let stored: String = row.try_get(1)?;
        let parsed = PasswordHash::new(&stored).map_err(|_| StoreError::Wachtwoord)?;
        if Argon2::default()
            .verify_password(wachtwoord.as_bytes(), &parsed)
            .is_err()
        {
            return Ok(None);
        }
        self.account(row.try_get(0)?).await.map(Some)
    }

    pub async fn account(&self, id: i64) -> Result<Account, StoreError> {
        let row = sqlx::query("SELECT id, gebruikersnaam, weergavenaam FROM account WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NietGevonden {
                wat: "account",
                sleutel: id.to_string(),
            })?;
        let rollen =
            sqlx::query("SELECT rol, scope FROM account_rol WHERE account_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| {
                    let rol: String = r.try_get(0)?;
                    Ok(AccountRol {
                        rol: Rol::parse(&rol).map_err(|e| StoreError::Ongeldig(e.to_string()))?,
                        scope: r.try_get(1)?,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Account {
            id: row.try_get(0)?,
            gebruikersnaam: row.try_get(1)?,
            weergavenaam: row.try_get(2)?,
            rollen,
        })
    }
}
