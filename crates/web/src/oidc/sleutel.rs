//! passend's own key for `private_key_jwt` (RFC 7523, as the NL GOV OIDC profile asks): a
//! short-lived JWT signed with it proves to the token endpoint that the request is ours.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Signer as _;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::{SignatureEncoding, Signer as _};

/// How long a client assertion is valid: only for the request it goes with.
pub const GELDIG_SECONDEN: i64 = 60;

/// An RSA (RS256) or P-256 (ES256) private key with the key id the provider knows it by.
pub struct Sleutel {
    kid: String,
    soort: Soort,
}

enum Soort {
    Rsa(Box<rsa::pkcs1v15::SigningKey<sha2::Sha256>>),
    Ec(p256::ecdsa::SigningKey),
}

impl Sleutel {
    /// Reads a PEM private key: PKCS#8 (`PRIVATE KEY`, RSA or P-256), PKCS#1 (`RSA PRIVATE
    /// KEY`) or SEC1 (`EC PRIVATE KEY`). The message never repeats the key.
    pub fn uit_pem(pem: &str, kid: &str) -> Result<Self, String> {
        let soort = if pem.contains("BEGIN RSA PRIVATE KEY") {
            rsa::RsaPrivateKey::from_pkcs1_pem(pem)
                .map(|k| Soort::Rsa(Box::new(rsa::pkcs1v15::SigningKey::new(k))))
                .map_err(|_| "geen leesbare RSA-sleutel (PKCS#1)".to_string())?
        } else if pem.contains("BEGIN EC PRIVATE KEY") {
            p256::SecretKey::from_sec1_pem(pem)
                .map(|k| Soort::Ec(k.into()))
                .map_err(|_| "geen leesbare P-256-sleutel (SEC1)".to_string())?
        } else if pem.contains("BEGIN PRIVATE KEY") {
            if let Ok(k) = rsa::RsaPrivateKey::from_pkcs8_pem(pem) {
                Soort::Rsa(Box::new(rsa::pkcs1v15::SigningKey::new(k)))
            } else {
                use p256::pkcs8::DecodePrivateKey as _;
                p256::ecdsa::SigningKey::from_pkcs8_pem(pem)
                    .map(Soort::Ec)
                    .map_err(|_| "geen RSA- of P-256-sleutel (PKCS#8)".to_string())?
            }
        } else {
            return Err(
                "geen PEM-privésleutel (PRIVATE KEY, RSA PRIVATE KEY of EC PRIVATE KEY)".into(),
            );
        };
        Ok(Self {
            kid: kid.to_string(),
            soort,
        })
    }

    fn alg(&self) -> &'static str {
        match self.soort {
            Soort::Rsa(_) => "RS256",
            Soort::Ec(_) => "ES256",
        }
    }

    /// A client assertion for one token request: iss = sub = client_id, aud = the token
    /// endpoint, a fresh jti, expiring within a minute.
    pub fn client_assertion(&self, client_id: &str, token_endpoint: &str) -> String {
        let nu = jiff::Timestamp::now().as_second();
        let header = serde_json::json!({ "alg": self.alg(), "typ": "JWT", "kid": self.kid });
        let claims = serde_json::json!({
            "iss": client_id,
            "sub": client_id,
            "aud": token_endpoint,
            "jti": passend_store::random_token(),
            "iat": nu,
            "exp": nu + GELDIG_SECONDEN,
        });
        let invoer = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let handtekening = match &self.soort {
            Soort::Rsa(k) => k.sign(invoer.as_bytes()).to_vec(),
            Soort::Ec(k) => {
                let s: p256::ecdsa::Signature = k.sign(invoer.as_bytes());
                s.to_bytes().to_vec()
            }
        };
        format!("{invoer}.{}", URL_SAFE_NO_PAD.encode(handtekening))
    }
}
