//! Accounts by invitation and their end: the beheerder makes an account with a role and
//! its scope; the person sets a password through a one-time link valid for 7 days.
//! Deactivating ends the account's sessions and keys at once.

use super::*;
use crate::tokens::{hash_token, random_token};
use passend_domain::toegang::Functie;

/// How long an invitation link works.
pub const UITNODIGING_DAGEN: i64 = 7;

/// Why an invitation link does not work, in the words the invitee sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uitnodigingsfout {
    Onbekend,
    Verlopen,
    Gebruikt,
}

impl std::fmt::Display for Uitnodigingsfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Onbekend => "deze uitnodiging bestaat niet",
            Self::Verlopen => "deze uitnodiging is verlopen; vraag de beheerder om een nieuwe",
            Self::Gebruikt => "deze uitnodiging is al gebruikt; meld u aan met uw wachtwoord",
        })
    }
}

impl AccountsStore<'_> {
    /// Makes an account without a usable password and returns the invitation token (shown
    /// once; stored only as a hash). The beheerder only.
    pub async fn nodig_uit(
        self,
        wie: &crate::Verzoeker,
        gebruikersnaam: &str,
        weergavenaam: &str,
        rol: AccountRol,
    ) -> Result<String, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "accounts".into(),
            });
        }
        // A random password nobody knows satisfies the account's checks; it is replaced
        // by the unusable hash below in the same breath.
        let id = self
            .create_account(&NewAccount {
                gebruikersnaam: gebruikersnaam.to_string(),
                weergavenaam: weergavenaam.to_string(),
                wachtwoord: random_token(),
                rollen: vec![rol],
            })
            .await?;
        let token = random_token();
        let verloopt = jiff::Timestamp::now()
            .checked_add(jiff::SignedDuration::from_hours(24 * UITNODIGING_DAGEN))
            .map_err(|_| StoreError::Ongeldig("ongeldige termijn".into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE account SET wachtwoord_hash = '!' WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO uitnodiging (token_hash, account_id, verloopt) VALUES ($1, $2, $3)",
        )
        .bind(hash_token(&token))
        .bind(id)
        .bind(crate::instant_text(verloopt))
        .execute(&mut *tx)
        .await?;
        crate::audit::commit_audited(
            tx,
            wie,
            None,
            crate::audit::Actie::Aanmaken,
            "accounts",
            &["account"],
        )
        .await?;
        Ok(token)
    }

    /// The account name an invitation is for, if the link still works.
    pub async fn uitnodiging(
        self,
        token: &str,
    ) -> Result<Result<String, Uitnodigingsfout>, StoreError> {
        let row = sqlx::query(
            "SELECT a.gebruikersnaam, u.verloopt, u.gebruikt FROM uitnodiging u JOIN account a ON a.id = u.account_id \
             WHERE u.token_hash = $1 AND a.gedeactiveerd IS NULL",
        )
        .bind(hash_token(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else {
            return Ok(Err(Uitnodigingsfout::Onbekend));
        };
        if r.try_get::<Option<String>, _>(2)?.is_some() {
            return Ok(Err(Uitnodigingsfout::Gebruikt));
        }
        if r.try_get::<String, _>(1)? < crate::instant_text(jiff::Timestamp::now()) {
            return Ok(Err(Uitnodigingsfout::Verlopen));
        }
        Ok(Ok(r.try_get(0)?))
    }

    /// Sets the invitee's password through a working link; the link is then used up
    /// (guarded: of two at once, one wins).
    pub async fn accepteer_uitnodiging(
        self,
        token: &str,
        wachtwoord: &str,
    ) -> Result<(), StoreError> {
        if let Err(f) = self.uitnodiging(token).await? {
            return Err(StoreError::Ongeldig(f.to_string()));
        }
        if wachtwoord.chars().count() < MIN_PASSWORD_LEN {
            return Err(StoreError::Ongeldig(format!(
                "het wachtwoord moet minstens {MIN_PASSWORD_LEN} tekens hebben"
            )));
        }
        let hash = hash_password(wachtwoord)?;
        let mut tx = self.begin_write().await?;
        let now = crate::instant_text(jiff::Timestamp::now());
        let gezet = sqlx::query(
            "UPDATE uitnodiging SET gebruikt = $1 WHERE token_hash = $2 AND gebruikt IS NULL",
        )
        .bind(&now)
        .bind(hash_token(token))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Ongeldig(Uitnodigingsfout::Gebruikt.to_string()));
        }
        sqlx::query("UPDATE account SET wachtwoord_hash = $1 WHERE id = (SELECT account_id FROM uitnodiging WHERE token_hash = $2)")
            .bind(hash)
            .bind(hash_token(token))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deactivates an account (the beheerder only): no password, its sessions, keys and
    /// open invitations end at once; its history stays.
    pub async fn deactiveer(
        self,
        wie: &crate::Verzoeker,
        gebruikersnaam: &str,
    ) -> Result<(), StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: "accounts".into(),
            });
        }
        let naam = gebruikersnaam.trim().to_lowercase();
        let id: i64 = sqlx::query(
            "SELECT id FROM account WHERE gebruikersnaam = $1 AND gebruikersnaam <> 'systeem'",
        )
        .bind(&naam)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NietGevonden {
            wat: "account",
            sleutel: naam.clone(),
        })?
        .try_get(0)?;
        let now = crate::instant_text(jiff::Timestamp::now());
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE account SET wachtwoord_hash = '!', gedeactiveerd = $1 WHERE id = $2")
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessie WHERE account_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE api_sleutel SET ingetrokken = $1 WHERE account_id = $2 AND ingetrokken IS NULL",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE uitnodiging SET gebruikt = $1 WHERE account_id = $2 AND gebruikt IS NULL",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        crate::audit::commit_audited(
            tx,
            wie,
            None,
            crate::audit::Actie::Wijzigen,
            "accounts",
            &["gedeactiveerd"],
        )
        .await
    }
}
