//! A second factor: TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, which every
//! authenticator app reads) with single-use recovery codes. The secret stays on the server;
//! a code is accepted once (RFC 6238 §5.2), so a code seen over someone's shoulder is spent.

use super::herstelcodes;
use super::*;
use crate::audit::{Actie, commit_audited};
use crate::toegang::Verzoeker;
use argon2::password_hash::rand_core::RngCore;
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Seconds per code.
const STAP: u64 = 30;
/// A code of one step before or after now is accepted too: clocks drift, people type slowly.
const SKEW: u8 = 1;
pub(super) const FOUTE_CODE: &str =
    "deze code klopt niet; typ de code die uw app nu toont, of een herstelcode";
pub(super) const AL_GEBRUIKT: &str =
    "deze code is al gebruikt; wacht tot uw app een nieuwe code toont";

/// What an enrolling account is shown: the secret in base32 and as an `otpauth://` URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inschrijving {
    pub geheim: String,
    pub uri: String,
}

/// A confirmed second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorStatus {
    /// When it was confirmed (RFC 3339).
    pub bevestigd: String,
    pub herstelcodes_over: i64,
}

/// How a code was accepted, or why not.
pub(super) enum Controle {
    Totp,
    Herstelcode,
    Onjuist(&'static str),
}

fn totp(geheim: &str, naam: &str) -> Result<Totp, StoreError> {
    let secret = Secret::try_from_base32(geheim)
        .map_err(|_| StoreError::Ongeldig("het geheim van de tweede factor is ongeldig".into()))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(SKEW.into())
        .with_step_duration(STAP)
        .with_secret(secret)
        // The URI's label is `issuer:name`: a colon in the name would break it.
        .with_account_name(naam.replace(':', "_"))
        .with_issuer(Some("passend"))
        .build()
        .map_err(|e| StoreError::Ongeldig(format!("tweede factor: {e}")))
}

fn nu() -> u64 {
    u64::try_from(jiff::Timestamp::now().as_second()).unwrap_or(0)
}

/// 160 random bits, as RFC 4226 §4 recommends, in base32.
fn nieuw_geheim() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    Secret::new_stack(bytes).to_base32()
}

/// A code as typed: without spaces (apps show `123 456`).
fn zonder_spaties(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace()).collect()
}

impl AccountsStore<'_> {
    /// The account's secret and whether it is confirmed.
    async fn geheim(self, account_id: i64) -> Result<Option<(String, bool)>, StoreError> {
        sqlx::query("SELECT geheim, bevestigd FROM tweede_factor WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| Ok((r.try_get(0)?, r.try_get::<Option<String>, _>(1)?.is_some())))
            .transpose()
    }

    /// Whether the account has a confirmed second factor.
    pub async fn heeft_tweede_factor(self, account_id: i64) -> Result<bool, StoreError> {
        Ok(matches!(self.geheim(account_id).await?, Some((_, true))))
    }

    /// The confirmed second factor of the account, if any.
    pub async fn tweede_factor(self, account_id: i64) -> Result<Option<FactorStatus>, StoreError> {
        let Some(r) = sqlx::query(
            "SELECT t.bevestigd, (SELECT COUNT(*) FROM herstelcode h WHERE h.account_id = t.account_id \
             AND h.gebruikt IS NULL) FROM tweede_factor t WHERE t.account_id = $1 AND t.bevestigd IS NOT NULL",
        )
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(FactorStatus {
            bevestigd: r.try_get(0)?,
            herstelcodes_over: r.try_get(1)?,
        }))
    }

    /// The secret to enrol with: the one being enrolled, else a new one (so that a reload
    /// does not change what the app has scanned). `None` when a factor is confirmed.
    pub async fn schrijf_in(self, account_id: i64) -> Result<Option<Inschrijving>, StoreError> {
        if self.geheim(account_id).await?.is_none() {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO tweede_factor (account_id, geheim) VALUES ($1, $2) \
                 ON CONFLICT (account_id) DO NOTHING",
            )
            .bind(account_id)
            .bind(nieuw_geheim())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        match self.geheim(account_id).await? {
            Some((geheim, false)) => {
                let naam = self.account(account_id).await?.gebruikersnaam;
                let uri = totp(&geheim, &naam)?
                    .to_url()
                    .map_err(|e| StoreError::Ongeldig(format!("tweede factor: {e}")))?;
                Ok(Some(Inschrijving { geheim, uri }))
            }
            _ => Ok(None),
        }
    }

    /// Confirms the enrolment with a current code; returns the recovery codes, shown once.
    pub async fn bevestig_tweede_factor(
        self,
        wie: &Verzoeker,
        code: &str,
    ) -> Result<Vec<String>, StoreError> {
        let Some((geheim, false)) = self.geheim(wie.account_id).await? else {
            return Err(StoreError::Ongeldig(
                "er is geen tweede factor om te bevestigen".into(),
            ));
        };
        let Some(stap) = totp(&geheim, "")?.check(&zonder_spaties(code), nu()) else {
            return Err(StoreError::Ongeldig(FOUTE_CODE.into()));
        };
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE tweede_factor SET bevestigd = $1, laatste_stap = $2 \
             WHERE account_id = $3 AND bevestigd IS NULL",
        )
        .bind(crate::instant_text(jiff::Timestamp::now()))
        .bind(i64::try_from(stap).unwrap_or(i64::MAX))
        .bind(wie.account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return Err(StoreError::Ongeldig(
                "er is geen tweede factor om te bevestigen".into(),
            ));
        }
        let codes = herstelcodes::vervang(&mut tx, wie.account_id).await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Aanmaken,
            "/account/tweede-factor",
            &["tweede factor ingesteld"],
        )
        .await?;
        Ok(codes)
    }

    /// Checks a current code, or an unused recovery code, of a confirmed factor. Each is
    /// accepted once: a code's step must be later than the last one accepted.
    pub(super) async fn controleer_code(
        self,
        wie: &Verzoeker,
        code: &str,
        route: &str,
    ) -> Result<Controle, StoreError> {
        let code = zonder_spaties(code);
        let Some((geheim, true)) = self.geheim(wie.account_id).await? else {
            return Ok(Controle::Onjuist(FOUTE_CODE));
        };
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(if herstelcodes::gebruik(self, wie, &code, route).await? {
                Controle::Herstelcode
            } else {
                Controle::Onjuist(FOUTE_CODE)
            });
        }
        let Some(stap) = totp(&geheim, "")?.check(&code, nu()) else {
            return Ok(Controle::Onjuist(FOUTE_CODE));
        };
        // Claimed in one statement: of two requests with the same code, one wins.
        let stap = i64::try_from(stap).unwrap_or(i64::MAX);
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE tweede_factor SET laatste_stap = $1 \
             WHERE account_id = $2 AND laatste_stap < $1 AND bevestigd IS NOT NULL",
        )
        .bind(stap)
        .bind(wie.account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(if gezet == 1 {
            Controle::Totp
        } else {
            Controle::Onjuist(AL_GEBRUIKT)
        })
    }

    /// Turns the second factor off, given a current code or a recovery code; the account
    /// can then enrol again (with a new secret).
    pub async fn schakel_tweede_factor_uit(
        self,
        wie: &Verzoeker,
        code: &str,
    ) -> Result<(), StoreError> {
        const ROUTE: &str = "/account/tweede-factor/uit";
        if let Controle::Onjuist(m) = self.controleer_code(wie, code, ROUTE).await? {
            return Err(StoreError::Ongeldig(m.into()));
        }
        let mut tx = self.begin_write().await?;
        for sql in [
            "DELETE FROM herstelcode WHERE account_id = $1",
            "DELETE FROM tweede_factor WHERE account_id = $1",
        ] {
            sqlx::query(sql)
                .bind(wie.account_id)
                .execute(&mut *tx)
                .await?;
        }
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            ROUTE,
            &["tweede factor uitgeschakeld"],
        )
        .await
    }

    /// New recovery codes (the old ones stop working), given a current code.
    pub async fn vernieuw_herstelcodes(
        self,
        wie: &Verzoeker,
        code: &str,
    ) -> Result<Vec<String>, StoreError> {
        const ROUTE: &str = "/account/tweede-factor/herstelcodes";
        if let Controle::Onjuist(m) = self.controleer_code(wie, code, ROUTE).await? {
            return Err(StoreError::Ongeldig(m.into()));
        }
        let mut tx = self.begin_write().await?;
        let codes = herstelcodes::vervang(&mut tx, wie.account_id).await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            ROUTE,
            &["herstelcodes vernieuwd"],
        )
        .await?;
        Ok(codes)
    }
}
