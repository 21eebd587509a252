//! Local accounts with argon2 password hashes, and their roles with scopes.
//! Signing in through an external identity provider would add another way to find an
//! account; the account and role model stays the same.

use crate::StoreError;
use crate::error::on_unique;
use crate::organisatie::non_empty;
use crate::repo::AccountsStore;
use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use passend_domain::Rol;
use sqlx::Row;
use std::sync::LazyLock;

mod aanmeld_stap;
mod berichten;
mod eerste_start;
mod factor_rollen;
mod gebruikers;
mod herstel;
mod herstelcodes;
mod links;
mod oidc;
mod tweede_factor;
mod uitnodiging;
mod werkgebied;

pub use aanmeld_stap::{AANMELD_STAP_MINUTEN, CodeUitkomst};
pub use berichten::{HERSTEL_PAD, UITNODIGING_PAD};
pub use gebruikers::{AccountStatus, Gebruikersregel};
pub use herstel::{HERSTEL_MINUTEN, HERSTEL_PER_UUR, Herstelfout};
pub use oidc::{OIDC_POGING_MINUTEN, OidcPoging, OidcUitkomst};
pub use tweede_factor::{FactorStatus, Inschrijving};
pub(crate) use uitnodiging::uitgenodigd_account;
pub use uitnodiging::{NieuweUitnodiging, UITNODIGING_DAGEN, Uitnodigingsfout};

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
    /// A one-time password that must be changed before anything else.
    pub wachtwoord_wijzigen: bool,
}

fn hash_password(password: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StoreError::Wachtwoord)
}

/// What an unknown name (or an account that never signs in) is verified against: made
/// once by [`hash_password`], so with the same parameters and cost as a real hash.
static GEEN_ACCOUNT: LazyLock<Option<String>> =
    LazyLock::new(|| hash_password("passend: geen account heeft dit wachtwoord").ok());

/// Whether `wachtwoord` matches `stored`. Always one argon2 verification: without a usable
/// stored hash it runs against [`GEEN_ACCOUNT`] and answers no, so that the time taken
/// does not tell an unknown name from a wrong password.
fn wachtwoord_klopt(stored: Option<&str>, wachtwoord: &str) -> bool {
    let (hash, echt) = match stored.and_then(|s| PasswordHash::new(s).ok()) {
        Some(hash) => (hash, true),
        None => match GEEN_ACCOUNT.as_deref().map(PasswordHash::new) {
            Some(Ok(hash)) => (hash, false),
            _ => return false,
        },
    };
    #[cfg(test)]
    tests::VERIFICATIES.with(|n| n.set(n.get() + 1));
    let klopt = Argon2::default()
        .verify_password(wachtwoord.as_bytes(), &hash)
        .is_ok();
    klopt && echt
}

/// The checked name (lower case) and display name of a new account, with its roles.
fn controleer(new: &NewAccount) -> Result<(String, String), StoreError> {
    // User names compare case-insensitively: stored in lower case.
    let naam = non_empty(&new.gebruikersnaam, "gebruikersnaam")?.to_lowercase();
    let weergave = non_empty(&new.weergavenaam, "naam")?.to_string();
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
    Ok((naam, weergave))
}

/// Inserts a checked account with its roles in the caller's transaction; returns its id.
async fn voeg_toe(
    tx: &mut sqlx::AnyConnection,
    (naam, weergave): (&str, &str),
    hash: &str,
    email: Option<&str>,
    rollen: &[AccountRol],
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, aangemaakt, email) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(naam)
    .bind(weergave)
    .bind(hash)
    .bind(crate::instant_text(jiff::Timestamp::now()))
    .bind(email)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| on_unique(e, || format!("gebruikersnaam {naam} is al in gebruik")))?;
    let id: i64 = row.try_get(0)?;
    for r in rollen {
        sqlx::query("INSERT INTO account_rol (account_id, rol, scope) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(r.rol.as_str())
            .bind(r.scope.as_deref())
            .execute(&mut *tx)
            .await?;
    }
    Ok(id)
}

impl AccountsStore<'_> {
    pub async fn create_account(self, new: &NewAccount) -> Result<i64, StoreError> {
        let (naam, weergave) = controleer(new)?;
        let hash = hash_password(&new.wachtwoord)?;
        let mut tx = self.begin_write().await?;
        let id = voeg_toe(&mut tx, (&naam, &weergave), &hash, None, &new.rollen).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The account if the password matches; `None` for an unknown name or a wrong password
    /// alike, so that a caller cannot tell which (also not by the time it takes).
    pub async fn verify_password(
        self,
        gebruikersnaam: &str,
        wachtwoord: &str,
    ) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query("SELECT id, wachtwoord_hash FROM account WHERE gebruikersnaam = $1")
            .bind(gebruikersnaam.trim().to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        let stored: Option<String> = row.as_ref().map(|r| r.try_get(1)).transpose()?;
        // Verified before looking at the row: a missing one must cost the same.
        let klopt = wachtwoord_klopt(stored.as_deref(), wachtwoord);
        match row {
            Some(row) if klopt => self.account(row.try_get(0)?).await.map(Some),
            _ => Ok(None),
        }
    }

    pub async fn account(self, id: i64) -> Result<Account, StoreError> {
        let row = sqlx::query("SELECT id, gebruikersnaam, weergavenaam, wachtwoord_wijzigen FROM account WHERE id = $1")
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
            wachtwoord_wijzigen: row.try_get::<i64, _>(3)? != 0,
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
    /// The password is right and the account has a second factor: no session yet, only
    /// the token of the code step (for a short-lived cookie).
    CodeNodig {
        stap: String,
    },
}

impl AccountsStore<'_> {
    /// Signs in with the lock-out applied: failures are counted per user name (also for
    /// names that do not exist, so that the answer does not reveal which names do). An
    /// account with a second factor gets only the token of the code step
    /// ([`AccountsStore::aanmelden_met_code`]); its count goes on until the code is right.
    pub async fn aanmelden(
        self,
        gebruikersnaam: &str,
        wachtwoord: &str,
    ) -> Result<AanmeldUitkomst, StoreError> {
        let naam = gebruikersnaam.trim().to_lowercase();
        if let Some(tot) = self.tel_poging(&naam).await? {
            return Ok(AanmeldUitkomst::Geblokkeerd { tot });
        }
        match self.verify_password(&naam, wachtwoord).await? {
            Some(account) if self.heeft_tweede_factor(account.id).await? => {
                let stap = self.begin_aanmeld_stap(account.id).await?;
                Ok(AanmeldUitkomst::CodeNodig { stap })
            }
            Some(account) => {
                self.wis_pogingen(&naam).await?;
                Ok(AanmeldUitkomst::Gelukt(account))
            }
            // The failure was counted when the check was claimed.
            None => Ok(AanmeldUitkomst::Onjuist),
        }
    }

    /// Claims one check for `naam` under the lock-out; `Some(until)` (RFC 3339) when the
    /// limit is reached. Counting and deciding are one statement, before anything is
    /// verified: each check is claimed first, so parallel attempts cannot all slip under it.
    pub(crate) async fn tel_poging(self, naam: &str) -> Result<Option<String>, StoreError> {
        let now = jiff::Timestamp::now();
        let window_start = now
            .checked_sub(jiff::SignedDuration::from_mins(LOCKOUT_MINUTES))
            .map_err(|_| StoreError::Ongeldig("ongeldige tijd".into()))?;
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
        .bind(naam)
        .bind(crate::instant_text(now))
        .bind(crate::instant_text(window_start))
        .bind(MAX_FAILED_SIGN_INS)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        if row.try_get::<i64, _>(0)? <= MAX_FAILED_SIGN_INS {
            return Ok(None);
        }
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
        Ok(Some(tot))
    }

    /// A complete sign-in clears the name's count.
    pub(crate) async fn wis_pogingen(self, naam: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM aanmeld_teller WHERE gebruikersnaam = $1")
            .bind(naam)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use std::cell::Cell;

    thread_local! {
        /// Argon2 verifications done on this thread.
        pub(super) static VERIFICATIES: Cell<u32> = const { Cell::new(0) };
    }

    /// The answer of `f` and how many verifications it did.
    fn geteld<T>(f: impl FnOnce() -> T) -> (T, u32) {
        let voor = VERIFICATIES.with(Cell::get);
        let uit = f();
        (uit, VERIFICATIES.with(Cell::get) - voor)
    }

    #[test]
    fn every_answer_costs_one_verification_of_the_same_cost() {
        let echt = hash_password("een lang wachtwoord").unwrap();
        let goed = "een lang wachtwoord";
        assert_eq!(geteld(|| wachtwoord_klopt(Some(&echt), goed)), (true, 1));
        assert_eq!(geteld(|| wachtwoord_klopt(Some(&echt), "fout")), (false, 1));
        // No account, or one that never signs in (the system account's '!').
        assert_eq!(geteld(|| wachtwoord_klopt(None, goed)), (false, 1));
        assert_eq!(geteld(|| wachtwoord_klopt(Some("!"), goed)), (false, 1));
        let dummy = GEEN_ACCOUNT.as_deref().unwrap();
        let (dummy, echt) = (
            PasswordHash::new(dummy).unwrap(),
            PasswordHash::new(&echt).unwrap(),
        );
        assert_eq!(
            (dummy.algorithm, dummy.version, dummy.params.to_string()),
            (echt.algorithm, echt.version, echt.params.to_string())
        );
    }

    #[tokio::test]
    async fn an_unknown_name_is_verified_like_a_known_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("passend.db");
        let store = Store::connect(path.to_str().unwrap()).await.unwrap();
        let voor = VERIFICATIES.with(Cell::get);
        let uit = store
            .accounts()
            .verify_password("niemand", "een lang wachtwoord")
            .await;
        assert!(uit.unwrap().is_none());
        assert_eq!(VERIFICATIES.with(Cell::get) - voor, 1);
        store.close().await;
    }
}
