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
        // User names compare case-insensitively: stored in lower case.
        let naam = non_empty(&new.gebruikersnaam, "gebruikersnaam")?.to_lowercase();
        let naam = naam.as_str();
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
        .bind(crate::instant_text(jiff::Timestamp::now()))
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
            .bind(gebruikersnaam.trim().to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let stored: String = row.try_get(1)?;
        // An account without a usable hash (the system account) never signs in.
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return Ok(None);
        };
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

/// After this many failed sign-ins for one user name within [`LOCKOUT_MINUTES`], further
/// attempts are refused until the window has passed, whatever the password.
pub const MAX_FAILED_SIGN_INS: i64 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;

/// The outcome of a sign-in attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AanmeldUitkomst {
    Gelukt(Account),
    /// Unknown name or wrong password: the caller cannot tell which.
    Onjuist,
    /// Too many failures; try again after this instant (RFC 3339).
    Geblokkeerd {
        tot: String,
    },
}

impl Store {
    /// Signs in with the lock-out applied: failures are counted per user name (also for
    /// names that do not exist, so that the answer does not reveal which names do).
    pub async fn aanmelden(
        &self,
        gebruikersnaam: &str,
        wachtwoord: &str,
    ) -> Result<AanmeldUitkomst, StoreError> {
        let naam = gebruikersnaam.trim().to_lowercase();
        let now = jiff::Timestamp::now();
        let window_start = now
            .checked_sub(jiff::SignedDuration::from_mins(LOCKOUT_MINUTES))
            .map_err(|_| StoreError::Ongeldig("ongeldige tijd".into()))?;
        // Counting and deciding are one statement, before the password is verified: each
        // check is claimed first, so parallel attempts cannot all slip under the limit.
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO aanmeld_teller (gebruikersnaam, pogingen, laatste) VALUES ($1, 1, $2) \
             ON CONFLICT (gebruikersnaam) DO UPDATE SET \
             pogingen = CASE WHEN aanmeld_teller.laatste < $3 THEN 1 \
                 WHEN aanmeld_teller.pogingen < $4 THEN aanmeld_teller.pogingen + 1 \
                 ELSE $4 + 1 END, \
             laatste = CASE WHEN aanmeld_teller.laatste < $3 OR aanmeld_teller.pogingen < $4 \
                 THEN $2 ELSE aanmeld_teller.laatste END \
             RETURNING pogingen, laatste",
        )
        .bind(&naam)
        .bind(crate::instant_text(now))
        .bind(crate::instant_text(window_start))
        .bind(MAX_FAILED_SIGN_INS)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        if row.try_get::<i64, _>(0)? > MAX_FAILED_SIGN_INS {
            let laatste: String = row.try_get(1)?;
            let tot = laatste
                .parse::<jiff::Timestamp>()
                .ok()
                .and_then(|t| {
                    t.checked_add(jiff::SignedDuration::from_mins(LOCKOUT_MINUTES))
                        .ok()
                })
                .map(crate::instant_text)
                .unwrap_or(laatste);
            return Ok(AanmeldUitkomst::Geblokkeerd { tot });
        }
        match self.verify_password(&naam, wachtwoord).await? {
            Some(account) => {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM aanmeld_teller WHERE gebruikersnaam = $1")
                    .bind(&naam)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(AanmeldUitkomst::Gelukt(account))
            }
            // The failure was counted when the check was claimed.
            None => Ok(AanmeldUitkomst::Onjuist),
        }
    }
}
