//! "Wachtwoord vergeten": a link to set a new password, mailed to the account's address.
//! The request answers the same whether or not the address belongs to an account; a
//! deactivated account gets nothing; an invited account that never set a password gets a
//! fresh invitation instead. The link works one hour and once; using it ends every session.

use super::links::{Link, Stand, nieuw_wachtwoord};
use super::*;
use crate::mail::NieuweMail;
use crate::tokens::{hash_token, random_token};
use passend_domain::EmailAdres;

/// How long a password-reset link works.
pub const HERSTEL_MINUTEN: i64 = 60;

/// At most this many mails go to one address per hour through the forgotten-password form.
pub const HERSTEL_PER_UUR: i64 = 3;

/// Why a reset link does not work, in the words its user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Herstelfout {
    Onbekend,
    Verlopen,
    Gebruikt,
}

impl std::fmt::Display for Herstelfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Onbekend => "deze link bestaat niet",
            Self::Verlopen => "deze link is verlopen",
            Self::Gebruikt => "deze link is al gebruikt",
        })
    }
}

fn over(d: jiff::SignedDuration) -> Result<String, StoreError> {
    jiff::Timestamp::now()
        .checked_add(d)
        .map(crate::instant_text)
        .map_err(|_| StoreError::Ongeldig("ongeldige termijn".into()))
}

impl AccountsStore<'_> {
    /// Queues a reset link (or, for an account never used, a new invitation) for each live
    /// account with this address, under `adres` (the application's public address). Says
    /// nothing about whether there was one; more than [`HERSTEL_PER_UUR`] requests for an
    /// address within the hour send nothing more.
    pub async fn vraag_herstel(self, email: &EmailAdres, adres: &str) -> Result<(), StoreError> {
        let uur_geleden = jiff::Timestamp::now()
            .checked_sub(jiff::SignedDuration::from_hours(1))
            .map_err(|_| StoreError::Ongeldig("ongeldige tijd".into()))?;
        let mut tx = self.begin_write().await?;
        if crate::mail::aantal_sinds(&mut tx, email, uur_geleden).await? >= HERSTEL_PER_UUR {
            return Ok(());
        }
        let accounts = sqlx::query(
            "SELECT id, gebruikersnaam, wachtwoord_hash FROM account \
             WHERE email = $1 AND gedeactiveerd IS NULL AND gebruikersnaam <> 'systeem' ORDER BY id",
        )
        .bind(email.as_str())
        .fetch_all(&mut *tx)
        .await?;
        for a in &accounts {
            let (id, naam, hash): (i64, String, String) =
                (a.try_get(0)?, a.try_get(1)?, a.try_get(2)?);
            if hash == "!" {
                uitnodiging::nieuwe_link(&mut tx, id, &naam, Some(email), adres).await?;
                continue;
            }
            let token = random_token();
            sqlx::query(
                "INSERT INTO wachtwoord_herstel (token_hash, account_id, aangemaakt, verloopt) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(hash_token(&token))
            .bind(id)
            .bind(crate::instant_text(jiff::Timestamp::now()))
            .bind(over(jiff::SignedDuration::from_mins(HERSTEL_MINUTEN))?)
            .execute(&mut *tx)
            .await?;
            let link = berichten::link(adres, berichten::HERSTEL_PAD, &token);
            let (onderwerp, tekst) = berichten::herstel(&naam, &link, HERSTEL_MINUTEN);
            let mail = NieuweMail {
                aan: email,
                onderwerp,
                tekst: &tekst,
            };
            crate::mail::zet_in_wachtrij(&mut tx, &mail).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The account name a reset link is for, if the link still works.
    pub async fn herstel(self, token: &str) -> Result<Result<String, Herstelfout>, StoreError> {
        Ok(match self.link_stand(Link::Herstel, token).await? {
            Stand::Onbekend => Err(Herstelfout::Onbekend),
            Stand::Gebruikt => Err(Herstelfout::Gebruikt),
            Stand::Verlopen => Err(Herstelfout::Verlopen),
            Stand::Open(naam) => Ok(naam),
        })
    }

    /// Sets a new password through a working reset link. The link and every other open
    /// reset link of the account are used up (guarded: of two at once, one wins), all the
    /// account's sessions end and a lock-out of its name is lifted.
    pub async fn herstel_wachtwoord(self, token: &str, nieuw: &str) -> Result<(), StoreError> {
        if let Err(f) = self.herstel(token).await? {
            return Err(StoreError::Ongeldig(f.to_string()));
        }
        let hash = nieuw_wachtwoord(nieuw)?;
        let now = crate::instant_text(jiff::Timestamp::now());
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "UPDATE wachtwoord_herstel SET gebruikt = $1 \
             WHERE token_hash = $2 AND gebruikt IS NULL AND verloopt >= $1 RETURNING account_id",
        )
        .bind(&now)
        .bind(hash_token(token))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Err(StoreError::Ongeldig(Herstelfout::Gebruikt.to_string()));
        };
        let id: i64 = row.try_get(0)?;
        sqlx::query(
            "UPDATE account SET wachtwoord_hash = $1, wachtwoord_wijzigen = 0 \
             WHERE id = $2 AND gedeactiveerd IS NULL",
        )
        .bind(hash)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE wachtwoord_herstel SET gebruikt = $1 WHERE account_id = $2 AND gebruikt IS NULL",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // Whoever holds a session may have signed in with the forgotten password.
        sqlx::query("DELETE FROM sessie WHERE account_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM aanmeld_teller WHERE gebruikersnaam = \
             (SELECT gebruikersnaam FROM account WHERE id = $1)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
