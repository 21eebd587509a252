//! Each check refuses its own kind of bad token, signed for real with a test key (this
//! folder's `testsleutel.pem`, made for these tests and used nowhere else).

use openidconnect::core::{CoreIdToken, CoreJsonWebKeySet, CoreJwsSigningAlgorithm};
use openidconnect::core::{CoreIdTokenClaims, CoreRsaPrivateSigningKey};
use openidconnect::{
    Audience, EmptyAdditionalClaims, JsonWebKeyId, PrivateSigningKey, StandardClaims,
    SubjectIdentifier,
};
use openidconnect::{
    AuthenticationContextClass, ClaimsVerificationError, ClientId, IssuerUrl, Nonce,
};
use passend_web::oidc::Weigering;
use passend_web::oidc::controle::{controleer, verifier, weigering};

const PEM: &str = include_str!("testsleutel.pem");
const ISSUER: &str = "https://aanbieder.example.nl";
const CLIENT: &str = "passend";
const HOOG: &str = "urn:test:hoog";
const NONCE: &str = "de-nonce-van-deze-aanmelding";

fn sleutel() -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(PEM, Some(JsonWebKeyId::new("k1".into()))).unwrap()
}

/// A token as a provider would sign it, with the claims given.
fn token(iss: &str, aud: &str, over_seconden: i64, nonce: &str, acr: Option<&str>) -> CoreIdToken {
    let nu = chrono::Utc::now();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(iss.into()).unwrap(),
        vec![Audience::new(aud.into())],
        nu + chrono::TimeDelta::seconds(over_seconden),
        nu,
        StandardClaims::new(SubjectIdentifier::new("juf".into())),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(nonce.into())))
    .set_auth_context_ref(acr.map(|a| AuthenticationContextClass::new(a.into())));
    CoreIdToken::new(
        claims,
        &sleutel(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap()
}

fn goed() -> CoreIdToken {
    token(ISSUER, CLIENT, 300, NONCE, Some(HOOG))
}

fn check(t: &CoreIdToken) -> Result<String, ClaimsVerificationError> {
    let keys = CoreJsonWebKeySet::new(vec![sleutel().as_verification_key()]);
    let issuer = IssuerUrl::new(ISSUER.into()).unwrap();
    let v = verifier(
        ClientId::new(CLIENT.into()),
        issuer,
        keys,
        vec![HOOG.into()],
    );
    controleer(t, &v, NONCE)
}

#[test]
fn a_good_token_gives_its_subject() {
    assert_eq!(check(&goed()).unwrap(), "juf");
}

#[test]
fn another_issuer_audience_nonce_or_an_expired_token_is_refused() {
    let e = check(&token(
        "https://ander.example.nl",
        CLIENT,
        300,
        NONCE,
        Some(HOOG),
    ));
    assert!(
        matches!(e, Err(ClaimsVerificationError::InvalidIssuer(_))),
        "{e:?}"
    );
    let e = check(&token(ISSUER, "een-andere-client", 300, NONCE, Some(HOOG)));
    assert!(
        matches!(e, Err(ClaimsVerificationError::InvalidAudience(_))),
        "{e:?}"
    );
    let e = check(&token(ISSUER, CLIENT, 300, "een-andere-nonce", Some(HOOG)));
    assert!(
        matches!(e, Err(ClaimsVerificationError::InvalidNonce(_))),
        "{e:?}"
    );
    let e = check(&token(ISSUER, CLIENT, -300, NONCE, Some(HOOG)));
    assert!(
        matches!(e, Err(ClaimsVerificationError::Expired(_))),
        "{e:?}"
    );
    assert!(matches!(weigering(e.unwrap_err()), Weigering::Ongeldig(_)));
}

#[test]
fn a_changed_token_fails_its_signature() {
    // The payload of a good token with another subject, the signature left as it was.
    let tekst = serde_json::to_value(goed()).unwrap();
    let delen: Vec<&str> = tekst.as_str().unwrap().split('.').collect();
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = String::from_utf8(b64.decode(delen[1]).unwrap()).unwrap();
    let ander = b64.encode(payload.replace("\"juf\"", "\"beheerder\""));
    let vervalst: CoreIdToken =
        serde_json::from_value(format!("{}.{ander}.{}", delen[0], delen[2]).into()).unwrap();
    let e = check(&vervalst);
    assert!(
        matches!(e, Err(ClaimsVerificationError::SignatureVerification(_))),
        "{e:?}"
    );
}

#[test]
fn an_acr_not_accepted_is_a_refusal_of_its_own() {
    for acr in [Some("urn:test:laag"), None] {
        let e = check(&token(ISSUER, CLIENT, 300, NONCE, acr)).unwrap_err();
        assert!(matches!(weigering(e), Weigering::Niveau(_)), "{acr:?}");
    }
}
