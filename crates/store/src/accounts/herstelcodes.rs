//! Recovery codes: ten per confirmed second factor, shown once, stored as hashes, each
//! accepted once. For when the phone with the authenticator app is lost.

use crate::audit::{Actie, commit_audited};
use crate::repo::AccountsStore;
use crate::tokens::hash_token;
use crate::{StoreError, Verzoeker};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use sqlx::{Any, Transaction};

/// How many codes an account gets.
pub const AANTAL: usize = 10;
/// Lower-case letters and digits that are not mistaken for each other: 31 of them.
const TEKENS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// 16 characters: about 79 bits, enough for a fast hash.
const LENGTE: usize = 16;

/// One code, in groups of four: `abcd-efgh-jkmn-pqrs`.
fn nieuwe_code() -> String {
    let mut tekens = Vec::with_capacity(LENGTE);
    while tekens.len() < LENGTE {
        let mut b = [0u8; 1];
        OsRng.fill_bytes(&mut b);
        // Without the last, partial round of the alphabet: every character equally likely.
        if usize::from(b[0]) < 256 - 256 % TEKENS.len() {
            tekens.push(char::from(TEKENS[usize::from(b[0]) % TEKENS.len()]));
        }
    }
    tekens
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The hash a code is stored under: of the account and the code as typed, without
/// dashes or spaces and in lower case.
fn hash(account_id: i64, code: &str) -> String {
    let code: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hash_token(&format!("herstelcode:{account_id}:{code}"))
}

/// Replaces the account's codes by [`AANTAL`] new ones, returned to be shown once.
pub(super) async fn vervang(
    tx: &mut Transaction<'static, Any>,
    account_id: i64,
) -> Result<Vec<String>, StoreError> {
    sqlx::query("DELETE FROM herstelcode WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    let codes: Vec<String> = (0..AANTAL).map(|_| nieuwe_code()).collect();
    for code in &codes {
        sqlx::query("INSERT INTO herstelcode (account_id, code_hash) VALUES ($1, $2)")
            .bind(account_id)
            .bind(hash(account_id, code))
            .execute(&mut **tx)
            .await?;
    }
    Ok(codes)
}

/// Uses up an unused code of the account; whether it was one. Its use is audited.
pub(super) async fn gebruik(
    store: AccountsStore<'_>,
    wie: &Verzoeker,
    code: &str,
    route: &str,
) -> Result<bool, StoreError> {
    let mut tx = store.begin_write().await?;
    let gebruikt = sqlx::query(
        "UPDATE herstelcode SET gebruikt = $1 \
         WHERE account_id = $2 AND code_hash = $3 AND gebruikt IS NULL",
    )
    .bind(crate::instant_text(jiff::Timestamp::now()))
    .bind(wie.account_id)
    .bind(hash(wie.account_id, code))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if gebruikt == 0 {
        return Ok(false);
    }
    commit_audited(
        tx,
        wie,
        None,
        Actie::Wijzigen,
        route,
        &["herstelcode gebruikt"],
    )
    .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_and_compare_as_typed() {
        let code = nieuwe_code();
        assert_eq!(code.len(), LENGTE + 3);
        assert!(code.split('-').all(|g| g.len() == 4));
        assert_ne!(code, nieuwe_code());
        let getypt = code.replace('-', " ").to_uppercase();
        assert_eq!(hash(7, &code), hash(7, &getypt));
        assert_ne!(hash(7, &code), hash(8, &code), "bound to the account");
    }
}
