//! What invitation links and password-reset links share: where a link stands (unknown,
//! used, expired, or open for an account), and the new password it sets.

use super::*;
use crate::tokens::hash_token;

/// Where a one-time link stands.
pub(super) enum Stand {
    Onbekend,
    Gebruikt,
    Verlopen,
    /// Open, for this account name.
    Open(String),
}

/// The table a kind of link lives in.
#[derive(Clone, Copy)]
pub(super) enum Link {
    Uitnodiging,
    Herstel,
}

impl AccountsStore<'_> {
    /// Where the link `token` of this kind stands; a deactivated account's links are unknown.
    pub(super) async fn link_stand(self, link: Link, token: &str) -> Result<Stand, StoreError> {
        let sql = match link {
            Link::Uitnodiging => {
                "SELECT a.gebruikersnaam, l.verloopt, l.gebruikt FROM uitnodiging l \
                 JOIN account a ON a.id = l.account_id \
                 WHERE l.token_hash = $1 AND a.gedeactiveerd IS NULL"
            }
            Link::Herstel => {
                "SELECT a.gebruikersnaam, l.verloopt, l.gebruikt FROM wachtwoord_herstel l \
                 JOIN account a ON a.id = l.account_id \
                 WHERE l.token_hash = $1 AND a.gedeactiveerd IS NULL"
            }
        };
        let Some(r) = sqlx::query(sql)
            .bind(hash_token(token))
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(Stand::Onbekend);
        };
        if r.try_get::<Option<String>, _>(2)?.is_some() {
            return Ok(Stand::Gebruikt);
        }
        if r.try_get::<String, _>(1)? < crate::instant_text(jiff::Timestamp::now()) {
            return Ok(Stand::Verlopen);
        }
        Ok(Stand::Open(r.try_get(0)?))
    }
}

/// The hash of a password chosen through a link, or why it is too short.
pub(super) fn nieuw_wachtwoord(wachtwoord: &str) -> Result<String, StoreError> {
    if wachtwoord.chars().count() < MIN_PASSWORD_LEN {
        return Err(StoreError::Ongeldig(format!(
            "het wachtwoord moet minstens {MIN_PASSWORD_LEN} tekens hebben"
        )));
    }
    hash_password(wachtwoord)
}
