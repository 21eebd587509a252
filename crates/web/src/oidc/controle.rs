//! The checks of an ID token: signature with one of the provider's published keys (RS256,
//! PS256 or ES256), issuer, audience, expiry, nonce, and the `acr` among those accepted.

use super::Weigering;
use openidconnect::core::{
    CoreIdToken, CoreIdTokenVerifier, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AuthenticationContextClass, ClaimsVerificationError, ClientId, IssuerUrl, Nonce,
};

/// The verifier for one provider's ID tokens.
pub fn verifier(
    client_id: ClientId,
    issuer: IssuerUrl,
    keys: CoreJsonWebKeySet,
    acr_accepted: Vec<String>,
) -> CoreIdTokenVerifier<'static> {
    CoreIdTokenVerifier::new_public_client(client_id, issuer, keys)
        .set_allowed_algs([
            CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
            CoreJwsSigningAlgorithm::RsaSsaPssSha256,
            CoreJwsSigningAlgorithm::EcdsaP256Sha256,
        ])
        .set_auth_context_verifier_fn(move |acr| acr_klopt(&acr_accepted, acr))
}

/// The subject of a token that passes every check.
pub fn controleer(
    token: &CoreIdToken,
    verifier: &CoreIdTokenVerifier<'_>,
    nonce: &str,
) -> Result<String, ClaimsVerificationError> {
    let claims = token.claims(verifier, &Nonce::new(nonce.to_string()))?;
    Ok(claims.subject().to_string())
}

/// A failed check as a refusal: a wrong `acr` has its own message.
pub fn weigering(e: ClaimsVerificationError) -> Weigering {
    match e {
        ClaimsVerificationError::InvalidAuthContext(d) => Weigering::Niveau(d),
        e => Weigering::Ongeldig(e.to_string()),
    }
}

/// With accepted values configured, the token must carry one of them.
fn acr_klopt(accepted: &[String], acr: Option<&AuthenticationContextClass>) -> Result<(), String> {
    if accepted.is_empty() {
        return Ok(());
    }
    match acr {
        Some(a) if accepted.iter().any(|v| v == a.as_str()) => Ok(()),
        Some(a) => Err(format!("{} is niet toegestaan", a.as_str())),
        None => Err("geen acr in het ID-token".into()),
    }
}
