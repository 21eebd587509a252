//! Sign-in through an OpenID provider: the sign-in in progress (kept under the hash of its
//! `state`, 10 minutes, single use) and the binding of a provider's subject to an account,
//! made once through an invitation.

use super::*;
use crate::tokens::hash_token;

/// How long a sign-in at a provider may take.
pub const OIDC_POGING_MINUTEN: i64 = 10;

/// A sign-in in progress, as it was stored when the browser left for the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcPoging {
    pub nonce: String,
    pub pkce_verifier: String,
    /// The invitation whose account the subject is to be bound to.
    pub uitnodiging: Option<String>,
}

/// Who a provider's subject is in passend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OidcUitkomst {
    Gelukt(Account),
    /// No account is bound to this subject.
    Onbekend,
    /// The bound account was ended.
    Gedeactiveerd,
}

impl AccountsStore<'_> {
    /// Stores a sign-in that starts now; `uitnodiging` is the invitation token when the
    /// subject is to be bound (only its hash is kept). Expired attempts are removed.
    pub async fn oidc_begin(
        self,
        aanbieder: &str,
        state: &str,
        poging: &OidcPoging,
    ) -> Result<(), StoreError> {
        let now = jiff::Timestamp::now();
        let verloopt = now
            .checked_add(jiff::SignedDuration::from_mins(OIDC_POGING_MINUTEN))
            .map_err(|_| StoreError::Ongeldig("ongeldige termijn".into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM oidc_poging WHERE verloopt < $1")
            .bind(crate::instant_text(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO oidc_poging (state_hash, aanbieder, nonce, pkce_verifier, uitnodiging_hash, verloopt) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(hash_token(state))
        .bind(aanbieder)
        .bind(&poging.nonce)
        .bind(&poging.pkce_verifier)
        .bind(poging.uitnodiging.as_deref().map(hash_token))
        .bind(crate::instant_text(verloopt))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes the sign-in with this `state` at this provider: it is gone afterwards, so a
    /// second use finds nothing, as does an expired or unknown one. The invitation comes
    /// back as its hash.
    pub async fn oidc_neem(
        self,
        aanbieder: &str,
        state: &str,
    ) -> Result<Option<OidcPoging>, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "DELETE FROM oidc_poging WHERE state_hash = $1 AND aanbieder = $2 \
             RETURNING nonce, pkce_verifier, uitnodiging_hash, verloopt",
        )
        .bind(hash_token(state))
        .bind(aanbieder)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        let Some(r) = row else { return Ok(None) };
        if r.try_get::<String, _>(3)? < crate::instant_text(jiff::Timestamp::now()) {
            return Ok(None);
        }
        Ok(Some(OidcPoging {
            nonce: r.try_get(0)?,
            pkce_verifier: r.try_get(1)?,
            uitnodiging: r.try_get(2)?,
        }))
    }

    /// The account bound to a provider's subject.
    pub async fn oidc_account(
        self,
        aanbieder: &str,
        subject: &str,
    ) -> Result<OidcUitkomst, StoreError> {
        let row = sqlx::query(
            "SELECT a.id, a.gedeactiveerd FROM oidc_koppeling k JOIN account a ON a.id = k.account_id \
             WHERE k.aanbieder = $1 AND k.subject = $2",
        )
        .bind(aanbieder)
        .bind(subject)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else {
            return Ok(OidcUitkomst::Onbekend);
        };
        if r.try_get::<Option<String>, _>(1)?.is_some() {
            return Ok(OidcUitkomst::Gedeactiveerd);
        }
        Ok(OidcUitkomst::Gelukt(self.account(r.try_get(0)?).await?))
    }

    /// Binds a provider's subject to the account of a working invitation (given by its
    /// hash, as [`oidc_neem`](Self::oidc_neem) returns it) and uses the invitation up, in
    /// one transaction. A subject already bound elsewhere, or an account already bound at
    /// this provider, is refused with a Dutch message and changes nothing.
    pub async fn oidc_koppel(
        self,
        uitnodiging_hash: &str,
        aanbieder: &str,
        subject: &str,
    ) -> Result<Account, StoreError> {
        let now = crate::instant_text(jiff::Timestamp::now());
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT u.account_id, u.verloopt, u.gebruikt FROM uitnodiging u JOIN account a ON a.id = u.account_id \
             WHERE u.token_hash = $1 AND a.gedeactiveerd IS NULL",
        )
        .bind(uitnodiging_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let fout = |f: Uitnodigingsfout| Err(StoreError::Ongeldig(f.to_string()));
        let Some(r) = row else {
            return fout(Uitnodigingsfout::Onbekend);
        };
        if r.try_get::<Option<String>, _>(2)?.is_some() {
            return fout(Uitnodigingsfout::Gebruikt);
        }
        if r.try_get::<String, _>(1)? < now {
            return fout(Uitnodigingsfout::Verlopen);
        }
        let account_id: i64 = r.try_get(0)?;
        let gezet = sqlx::query(
            "UPDATE uitnodiging SET gebruikt = $1 WHERE token_hash = $2 AND gebruikt IS NULL",
        )
        .bind(&now)
        .bind(uitnodiging_hash)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if gezet == 0 {
            return fout(Uitnodigingsfout::Gebruikt);
        }
        sqlx::query(
            "INSERT INTO oidc_koppeling (aanbieder, subject, account_id, aangemaakt) VALUES ($1, $2, $3, $4)",
        )
        .bind(aanbieder)
        .bind(subject)
        .bind(account_id)
        .bind(&now)
        .execute(&mut *tx)
        .await
        .map_err(|e| {
            on_unique(e, || {
                "dit account bij de aanbieder is al aan een ander passend-account gekoppeld".into()
            })
        })?;
        tx.commit().await?;
        self.account(account_id).await
    }
}
