//! Each account chooses how it hears of new tasks and decisions: a mail for each, or one
//! daily digest.

use crate::StoreError;
use crate::repo::TakenStore;
use sqlx::Row;

/// How an account is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mailvoorkeur {
    Direct,
    Dagelijks,
}

impl Mailvoorkeur {
    pub fn as_str(self) -> &'static str {
        match self {
            Mailvoorkeur::Direct => "direct",
            Mailvoorkeur::Dagelijks => "dagelijks",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Mailvoorkeur::Direct, Mailvoorkeur::Dagelijks]
            .into_iter()
            .find(|v| v.as_str() == s.trim())
    }
}

impl TakenStore<'_> {
    /// The account's choice, and whether it has an e-mail address at all.
    pub async fn mailvoorkeur(self, account: i64) -> Result<(Mailvoorkeur, bool), StoreError> {
        let r = sqlx::query("SELECT mailvoorkeur, email FROM account WHERE id = $1")
            .bind(account)
            .fetch_one(&self.pool)
            .await?;
        let v = Mailvoorkeur::parse(&r.try_get::<String, _>(0)?).unwrap_or(Mailvoorkeur::Direct);
        Ok((v, r.try_get::<Option<String>, _>(1)?.is_some()))
    }

    pub async fn zet_mailvoorkeur(self, account: i64, v: Mailvoorkeur) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE account SET mailvoorkeur = $1 WHERE id = $2")
            .bind(v.as_str())
            .bind(account)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Which of the account's tasks were announced by a mail that has not (yet) been
    /// delivered: the task shows it, so that no notification is lost silently.
    pub async fn onbezorgd(self, account: i64) -> Result<Vec<String>, StoreError> {
        sqlx::query(
            "SELECT t.sleutel FROM taak_mail t JOIN uitgaande_mail m ON m.id = t.mail_id \
             WHERE t.account_id = $1 AND m.verzonden IS NULL AND m.laatste_fout IS NOT NULL",
        )
        .bind(account)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok(r.try_get(0)?))
        .collect()
    }
}
