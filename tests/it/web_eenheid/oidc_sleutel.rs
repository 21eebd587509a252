//! passend's own key for `private_key_jwt`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use passend_web::oidc::sleutel::{GELDIG_SECONDEN, Sleutel};
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;

#[test]
fn a_client_assertion_is_signed_and_says_who_for_whom() {
    let pem = include_str!("testsleutel.pem");
    let s = Sleutel::uit_pem(pem, "passend-1").unwrap();
    let jwt = s.client_assertion("passend", "https://aanbieder.example.nl/token");
    let delen: Vec<&str> = jwt.split('.').collect();
    let json = |d: &str| -> serde_json::Value {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(d).unwrap()).unwrap()
    };
    let (header, claims) = (json(delen[0]), json(delen[1]));
    assert_eq!(
        (header["alg"].as_str(), header["kid"].as_str()),
        (Some("RS256"), Some("passend-1"))
    );
    assert_eq!(claims["iss"], "passend");
    assert_eq!(claims["sub"], "passend");
    assert_eq!(claims["aud"], "https://aanbieder.example.nl/token");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        GELDIG_SECONDEN
    );
    let sleutel = rsa::RsaPrivateKey::from_pkcs1_pem(pem)
        .unwrap()
        .to_public_key();
    let handtekening =
        Signature::try_from(URL_SAFE_NO_PAD.decode(delen[2]).unwrap().as_slice()).unwrap();
    let invoer = format!("{}.{}", delen[0], delen[1]);
    VerifyingKey::<sha2::Sha256>::new(sleutel)
        .verify(invoer.as_bytes(), &handtekening)
        .unwrap();
    let twee = s.client_assertion("passend", "https://aanbieder.example.nl/token");
    assert_ne!(json(twee.split('.').nth(1).unwrap())["jti"], claims["jti"]);
}

#[test]
fn what_is_not_a_private_key_is_refused_without_repeating_it() {
    for pem in [
        "geheim",
        "-----BEGIN PRIVATE KEY-----\ngeheim\n-----END PRIVATE KEY-----\n",
    ] {
        let e = Sleutel::uit_pem(pem, "k").err().unwrap();
        assert!(!e.contains("geheim"), "{e}");
    }
}
