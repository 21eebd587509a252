//! Signing in with a second factor: a correct password gives only a short-lived,
//! single-use token for the code step; the code step makes the session. Every code tried
//! counts towards the lock-out of the user name, like a password.

use super::tweede_factor::Controle;
use super::*;
use crate::toegang::Verzoeker;
use crate::tokens::{hash_token, random_token};
use passend_domain::Kijker;

/// How long the code step waits after the password.
pub const AANMELD_STAP_MINUTEN: i64 = 5;

/// The outcome of the code step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeUitkomst {
    /// Signed in: the account and the token of its new session.
    Gelukt { account: Account, sessie: String },
    /// A wrong or spent code: the message, for beside the field. The step stays open.
    Onjuist(String),
    /// No such step (ended, expired or never begun): sign in again.
    Verlopen,
    /// Too many failures; try again after this instant (RFC 3339).
    Geblokkeerd { tot: String },
}

impl AccountsStore<'_> {
    /// Opens the code step for an account whose password was right; returns its token.
    pub(super) async fn begin_aanmeld_stap(self, account_id: i64) -> Result<String, StoreError> {
        let token = random_token();
        let now = jiff::Timestamp::now();
        let verloopt = now
            .checked_add(jiff::SignedDuration::from_mins(AANMELD_STAP_MINUTEN))
            .map_err(|_| StoreError::Ongeldig("ongeldige tijd".into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM aanmeld_stap WHERE verloopt < $1")
            .bind(crate::instant_text(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO aanmeld_stap (token_hash, account_id, verloopt) VALUES ($1, $2, $3)",
        )
        .bind(hash_token(&token))
        .bind(account_id)
        .bind(crate::instant_text(verloopt))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// Whether a code step is open under this token (for showing its form).
    pub async fn aanmeld_stap_open(self, stap: &str) -> Result<bool, StoreError> {
        Ok(self.stap_account(stap).await?.is_some())
    }

    async fn stap_account(self, stap: &str) -> Result<Option<(i64, String)>, StoreError> {
        sqlx::query(
            "SELECT s.account_id, a.gebruikersnaam FROM aanmeld_stap s JOIN account a ON a.id = s.account_id \
             WHERE s.token_hash = $1 AND s.verloopt > $2 AND a.gedeactiveerd IS NULL",
        )
        .bind(hash_token(stap))
        .bind(crate::instant_text(jiff::Timestamp::now()))
        .fetch_optional(&self.pool)
        .await?
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .transpose()
    }

    async fn sluit_stap(self, stap: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let weg = sqlx::query("DELETE FROM aanmeld_stap WHERE token_hash = $1")
            .bind(hash_token(stap))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(weg == 1)
    }

    /// The code step: a current code or a recovery code of the account of `stap`.
    pub async fn aanmelden_met_code(
        self,
        stap: &str,
        code: &str,
    ) -> Result<CodeUitkomst, StoreError> {
        let Some((account_id, naam)) = self.stap_account(stap).await? else {
            return Ok(CodeUitkomst::Verlopen);
        };
        if let Some(tot) = self.tel_poging(&naam).await? {
            self.sluit_stap(stap).await?;
            return Ok(CodeUitkomst::Geblokkeerd { tot });
        }
        let account = self.account(account_id).await?;
        // A recovery code's use is recorded in the account's first role, as its API keys act.
        let Some(rol) = account.rollen.first().cloned() else {
            return Ok(CodeUitkomst::Verlopen);
        };
        let wie = Verzoeker {
            account_id,
            kijker: Kijker {
                rol: rol.rol,
                scope: rol.scope,
            },
        };
        match self.controleer_code(&wie, code, "/aanmelden/code").await? {
            Controle::Onjuist(m) => return Ok(CodeUitkomst::Onjuist(m.into())),
            Controle::Totp | Controle::Herstelcode => {}
        }
        // Single use: of two requests with one step, one gets the session.
        if !self.sluit_stap(stap).await? {
            return Ok(CodeUitkomst::Verlopen);
        }
        self.wis_pogingen(&naam).await?;
        let sessie = self.create_session(account_id).await?;
        Ok(CodeUitkomst::Gelukt { account, sessie })
    }
}
