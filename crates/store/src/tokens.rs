//! Random secrets for cookies and API keys, and the hash under which they are stored.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use blake2::{Blake2b512, Digest};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// 256 random bits as 64 hex characters.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// A fast hash is enough: the input is 256 random bits, not a password.
pub fn hash_token(token: &str) -> String {
    hex(&Blake2b512::digest(token.as_bytes()))
}

/// A value derived from a secret for one purpose (e.g. the CSRF token of a session), so
/// that knowing the derived value reveals nothing about the secret.
pub fn derive(secret: &str, purpose: &str) -> String {
    hex(&Blake2b512::digest(format!("{purpose}:{secret}").as_bytes())[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash_token(&a), hash_token(&a));
        assert_ne!(derive(&a, "csrf"), derive(&b, "csrf"));
        assert_ne!(derive(&a, "csrf"), derive(&a, "other"));
    }
}
