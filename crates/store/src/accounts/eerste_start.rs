//! The first start of a region (`passend init`): one beheerder with a one-time password
//! that must be changed at first sign-in; and changing a password.

use super::*;
use crate::repo::AccountsStore;
use argon2::password_hash::rand_core::RngCore;

/// Letters and digits that cannot be mistaken for each other when read aloud or copied.
const TEKENS: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A one-time password of 20 such characters (about 115 bits).
fn eenmalig_wachtwoord() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(TEKENS[usize::from(*b) % TEKENS.len()]))
        .collect()
}

impl AccountsStore<'_> {
    /// Whether any account holds the beheerder role.
    pub async fn heeft_beheerder(self) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM account_rol WHERE rol = 'beheerder' LIMIT 1")
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    /// When no beheerder exists, makes one named `naam` with a one-time password, which is
    /// returned (shown once, stored only as a hash) and must be changed at first sign-in.
    /// `None` when a beheerder already exists.
    pub async fn maak_eerste_beheerder(self, naam: &str) -> Result<Option<String>, StoreError> {
        if self.heeft_beheerder().await? {
            return Ok(None);
        }
        let wachtwoord = eenmalig_wachtwoord();
        let id = self
            .create_account(&NewAccount {
                gebruikersnaam: naam.to_string(),
                weergavenaam: "Beheerder".into(),
                wachtwoord: wachtwoord.clone(),
                rollen: vec![AccountRol {
                    rol: Rol::Beheerder,
                    scope: None,
                }],
            })
            .await?;
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE account SET wachtwoord_wijzigen = 1 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(wachtwoord))
    }

    /// Changes the password of an account, given the current one; the new one is at least
    /// [`MIN_PASSWORD_LEN`] characters and differs from the current. Clears the obligation
    /// to change it and ends the account's other sessions.
    pub async fn wijzig_wachtwoord(
        self,
        account_id: i64,
        huidig: &str,
        nieuw: &str,
        behoud_sessie: Option<&str>,
    ) -> Result<(), StoreError> {
        let stored: Option<String> =
            sqlx::query("SELECT wachtwoord_hash FROM account WHERE id = $1")
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
        if !wachtwoord_klopt(stored.as_deref(), huidig) {
            return Err(StoreError::Ongeldig(
                "het huidige wachtwoord klopt niet".into(),
            ));
        }
        if nieuw.chars().count() < MIN_PASSWORD_LEN {
            return Err(StoreError::Ongeldig(format!(
                "het nieuwe wachtwoord moet minstens {MIN_PASSWORD_LEN} tekens hebben"
            )));
        }
        if nieuw == huidig {
            return Err(StoreError::Ongeldig(
                "kies een ander wachtwoord dan het huidige".into(),
            ));
        }
        let hash = hash_password(nieuw)?;
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE account SET wachtwoord_hash = $1, wachtwoord_wijzigen = 0 WHERE id = $2",
        )
        .bind(hash)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        // Whoever else holds a session of this account signed in with the old password.
        sqlx::query("DELETE FROM sessie WHERE account_id = $1 AND token_hash <> $2")
            .bind(account_id)
            .bind(
                behoud_sessie
                    .map(crate::tokens::hash_token)
                    .unwrap_or_default(),
            )
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
