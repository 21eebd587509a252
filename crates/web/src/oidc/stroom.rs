//! The authorization code flow: where the browser goes, and what comes back checked — the
//! code exchanged with `private_key_jwt` and the PKCE verifier, the ID token's signature
//! (the provider's published keys), issuer, audience, expiry, nonce and `acr`.

use super::{Aanbieder, Aanbieders, controle};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient};
use openidconnect::{
    AuthenticationContextClass, AuthorizationCode, ClaimsVerificationError, ClientId, CsrfToken,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};

/// Why a sign-in through a provider is refused. The Dutch text is for the person; the
/// detail (never a token, code, state or nonce) is for the log.
#[derive(Debug)]
pub enum Weigering {
    /// Unknown, used, expired or not this browser's `state`.
    State,
    /// The provider reported an error, or the person broke off.
    Afgebroken(String),
    /// Discovery or the token endpoint failed.
    Onbereikbaar(String),
    /// The response or the ID token did not pass the checks.
    Ongeldig(String),
    /// The ID token's `acr` is not one this provider's entry accepts.
    Niveau(String),
}

impl Weigering {
    /// What the person reads.
    pub fn melding(&self, label: &str) -> String {
        match self {
            Self::State => {
                "Deze aanmelding is verlopen of al gebruikt. Begin opnieuw bij Aanmelden.".into()
            }
            Self::Afgebroken(_) => format!("De aanmelding bij {label} is afgebroken."),
            Self::Onbereikbaar(_) => format!(
                "{label} is nu niet bereikbaar. Probeer het later opnieuw of meld u aan met uw wachtwoord."
            ),
            Self::Ongeldig(_) => format!(
                "Het antwoord van {label} was niet geldig; u bent niet aangemeld. Begin opnieuw bij Aanmelden."
            ),
            Self::Niveau(_) => format!(
                "{label} meldde u aan op een ander betrouwbaarheidsniveau dan passend vraagt; u bent niet aangemeld."
            ),
        }
    }

    /// What the log says: the kind and a detail without secrets.
    pub fn reden(&self) -> String {
        match self {
            Self::State => "state onbekend, gebruikt, verlopen of niet van deze browser".into(),
            Self::Afgebroken(d) => format!("afgebroken: {d}"),
            Self::Onbereikbaar(d) => format!("onbereikbaar: {d}"),
            Self::Ongeldig(d) => format!("ongeldig antwoord: {d}"),
            Self::Niveau(d) => format!("acr: {d}"),
        }
    }
}

/// A sign-in about to start: the provider's URL, and what passend keeps until it returns.
pub struct Start {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

impl Aanbieders {
    /// The authorization request: `openid` and the configured scopes, the `acr_values`,
    /// a fresh `state` and `nonce`, and a PKCE challenge (S256).
    pub async fn begin(&self, a: &Aanbieder) -> Result<Start, Weigering> {
        let http = self.http()?;
        let metadata = a.metadata(&http).await?;
        let redirect = RedirectUrl::new(a.redirect.clone())
            .map_err(|e| Weigering::Onbereikbaar(format!("redirect: {e}")))?;
        let client =
            CoreClient::from_provider_metadata(metadata, ClientId::new(a.client_id.clone()), None)
                .set_redirect_uri(redirect);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut verzoek = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for s in &a.scopes {
            verzoek = verzoek.add_scope(Scope::new(s.clone()));
        }
        for acr in &a.acr_values {
            verzoek = verzoek.add_auth_context_value(AuthenticationContextClass::new(acr.clone()));
        }
        let (url, state, nonce) = verzoek.url();
        Ok(Start {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code and checks the ID token; the provider's subject on success.
    pub async fn afronden(
        &self,
        a: &Aanbieder,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<String, Weigering> {
        let http = self.http()?;
        let metadata = a.metadata(&http).await?;
        let token_endpoint = metadata
            .token_endpoint()
            .map(|u| u.to_string())
            .ok_or_else(|| Weigering::Onbereikbaar("geen token_endpoint".into()))?;
        let verifier = controle::verifier(
            ClientId::new(a.client_id.clone()),
            metadata.issuer().clone(),
            metadata.jwks().clone(),
            a.acr_accepted.clone(),
        );
        let client =
            CoreClient::from_provider_metadata(metadata, ClientId::new(a.client_id.clone()), None)
                .set_redirect_uri(
                    RedirectUrl::new(a.redirect.clone())
                        .map_err(|e| Weigering::Onbereikbaar(format!("redirect: {e}")))?,
                );
        let antwoord = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| Weigering::Onbereikbaar(format!("token_endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .add_extra_param(
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            )
            .add_extra_param(
                "client_assertion",
                a.sleutel.client_assertion(&a.client_id, &token_endpoint),
            )
            .request_async(&http)
            .await
            // The error's text names the kind and the provider's error code, not the body.
            .map_err(|e| Weigering::Onbereikbaar(format!("tokenverzoek: {e}")))?;
        let id_token = antwoord
            .id_token()
            .ok_or_else(|| Weigering::Ongeldig("geen ID-token".into()))?;
        controle::controleer(id_token, &verifier, nonce).map_err(|e| {
            if matches!(e, ClaimsVerificationError::SignatureVerification(_)) {
                a.vergeet_metadata();
            }
            controle::weigering(e)
        })
    }
}
