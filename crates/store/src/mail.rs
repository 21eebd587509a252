//! The outbox (`uitgaande_mail`): a mail is written in the same transaction as what it
//! announces (an invitation, a password reset, later a notification), so that nothing the
//! application acknowledged is lost when the mail server is down. A delivery loop claims
//! due mails one by one, sends them and records the outcome; a failure is tried again later,
//! with a growing pause, up to [`MAX_POGINGEN`] times.

use crate::StoreError;
use crate::repo::MailStore;
use passend_domain::EmailAdres;
use sqlx::Row;

/// After this many failed attempts a mail is given up (it stays in the table with its error).
pub const MAX_POGINGEN: i64 = 10;

/// How long a claimed mail is left to its sender before another may try it.
const CLAIM_SECONDS: i64 = 300;

/// A mail to queue: plain UTF-8 text, no personal details beyond what it needs.
#[derive(Debug, Clone)]
pub struct NieuweMail<'a> {
    pub aan: &'a EmailAdres,
    pub onderwerp: &'a str,
    pub tekst: &'a str,
}

/// A mail claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeVerzenden {
    pub id: i64,
    pub aan: String,
    pub onderwerp: String,
    pub tekst: String,
    /// Attempts including this one.
    pub pogingen: i64,
}

/// Queues a mail inside the caller's transaction: it is sent only if that commits.
pub async fn zet_in_wachtrij(
    conn: &mut sqlx::AnyConnection,
    mail: &NieuweMail<'_>,
) -> Result<i64, StoreError> {
    let now = crate::instant_text(jiff::Timestamp::now());
    let row = sqlx::query(
        "INSERT INTO uitgaande_mail (aan, onderwerp, tekst, aangemaakt, volgende_poging) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(mail.aan.as_str())
    .bind(mail.onderwerp)
    .bind(mail.tekst)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get(0)?)
}

/// The pause before attempt `pogingen + 1`: 1, 2, 4, … minutes, at most 6 hours.
fn pauze(pogingen: i64) -> jiff::SignedDuration {
    let minuten = 1i64 << pogingen.clamp(0, 9);
    jiff::SignedDuration::from_mins(minuten.min(360))
}

fn later(d: jiff::SignedDuration) -> Result<String, StoreError> {
    jiff::Timestamp::now()
        .checked_add(d)
        .map(crate::instant_text)
        .map_err(|_| StoreError::Ongeldig("ongeldige tijd".into()))
}

impl MailStore<'_> {
    /// Claims the oldest due mail, if any: a guarded update, so that two senders (two
    /// servers, or the command line beside `serve`) never both take it.
    pub async fn claim(self) -> Result<Option<TeVerzenden>, StoreError> {
        let now = crate::instant_text(jiff::Timestamp::now());
        let lease = later(jiff::SignedDuration::from_secs(CLAIM_SECONDS))?;
        // PostgreSQL: skip a row another sender is claiming, rather than wait for it and then
        // find it taken. SQLite: the write lock of BEGIN IMMEDIATE already serialises this.
        let sql = match self.backend() {
            crate::Backend::Postgres => {
                "UPDATE uitgaande_mail SET volgende_poging = $1, pogingen = pogingen + 1 \
                 WHERE id = (SELECT id FROM uitgaande_mail WHERE verzonden IS NULL \
                     AND volgende_poging <= $2 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, aan, onderwerp, tekst, pogingen"
            }
            crate::Backend::Sqlite => {
                "UPDATE uitgaande_mail SET volgende_poging = $1, pogingen = pogingen + 1 \
                 WHERE id = (SELECT id FROM uitgaande_mail WHERE verzonden IS NULL \
                     AND volgende_poging <= $2 ORDER BY id LIMIT 1) \
                 RETURNING id, aan, onderwerp, tekst, pogingen"
            }
        };
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(sql)
            .bind(&lease)
            .bind(&now)
            .fetch_optional(&mut *tx)
            .await?;
        tx.commit().await?;
        row.map(|r| {
            Ok(TeVerzenden {
                id: r.try_get(0)?,
                aan: r.try_get(1)?,
                onderwerp: r.try_get(2)?,
                tekst: r.try_get(3)?,
                pogingen: r.try_get(4)?,
            })
        })
        .transpose()
    }

    /// Records a delivered mail (to the server or the folder).
    pub async fn verzonden(self, id: i64) -> Result<(), StoreError> {
        let now = crate::instant_text(jiff::Timestamp::now());
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE uitgaande_mail SET verzonden = $1, volgende_poging = NULL, laatste_fout = NULL WHERE id = $2",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a failed attempt; the mail is tried again later, or given up after
    /// [`MAX_POGINGEN`]. Whether it will be tried again is returned.
    pub async fn mislukt(self, mail: &TeVerzenden, fout: &str) -> Result<bool, StoreError> {
        let opnieuw = mail.pogingen < MAX_POGINGEN;
        let volgende = if opnieuw {
            Some(later(pauze(mail.pogingen - 1))?)
        } else {
            None
        };
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE uitgaande_mail SET laatste_fout = $1, volgende_poging = $2 WHERE id = $3",
        )
        .bind(fout.chars().take(500).collect::<String>())
        .bind(volgende)
        .bind(mail.id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(opnieuw)
    }

    /// Mails not (yet) delivered: address, subject, attempts and the last error, oldest
    /// first (for the beheerder, and later for the tasks of whoever is waiting on one).
    pub async fn onbezorgd(self) -> Result<Vec<(String, String, i64, Option<String>)>, StoreError> {
        sqlx::query(
            "SELECT aan, onderwerp, pogingen, laatste_fout FROM uitgaande_mail \
             WHERE verzonden IS NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
    }
}

/// How many mails went to (or wait for) `aan` since `sinds`: the rate limit of the
/// password-reset form.
pub(crate) async fn aantal_sinds(
    conn: &mut sqlx::AnyConnection,
    aan: &EmailAdres,
    sinds: jiff::Timestamp,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT CAST(count(*) AS BIGINT) FROM uitgaande_mail WHERE aan = $1 AND aangemaakt > $2",
    )
    .bind(aan.as_str())
    .bind(crate::instant_text(sinds))
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get(0)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_grows_and_is_capped() {
        assert_eq!(pauze(0), jiff::SignedDuration::from_mins(1));
        assert_eq!(pauze(3), jiff::SignedDuration::from_mins(8));
        assert_eq!(pauze(20), jiff::SignedDuration::from_mins(360));
    }
}
