//! Sign-in through OpenID Connect beside local accounts: the providers from the
//! configuration file, their discovery documents, and the authorization code flow with
//! PKCE (S256), `state`, `nonce` and `private_key_jwt` that the NL GOV OIDC profile asks.

mod config;
#[doc(hidden)]
pub mod controle;
#[doc(hidden)]
pub mod sleutel;
mod stroom;

pub use stroom::{Start, Weigering};

use openidconnect::core::CoreProviderMetadata;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a provider's discovery document (with its keys) is used before it is read again.
const METADATA_GELDIG: Duration = Duration::from_secs(15 * 60);

/// One configured provider.
pub struct Aanbieder {
    /// The slug in `/aanmelden/oidc/{id}`; bindings are stored under it.
    pub id: String,
    /// Its name on the buttons: "Inloggen met {label}", "Koppel met {label}".
    pub label: String,
    issuer: String,
    client_id: String,
    sleutel: sleutel::Sleutel,
    /// Asked besides `openid`.
    scopes: Vec<String>,
    acr_values: Vec<String>,
    acr_accepted: Vec<String>,
    redirect: String,
    metadata: Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// The configured providers (none by default) and the HTTP client that talks to them.
#[derive(Clone, Default)]
pub struct Aanbieders {
    lijst: Arc<Vec<Aanbieder>>,
    http: Arc<Mutex<Option<openidconnect::reqwest::Client>>>,
}

impl Aanbieders {
    /// Reads the providers file; the message names the file and the key at fault.
    pub fn laad(pad: &Path) -> Result<Self, String> {
        Ok(Self {
            lijst: Arc::new(config::lees(pad)?),
            http: Arc::default(),
        })
    }

    pub fn alle(&self) -> &[Aanbieder] {
        &self.lijst
    }

    pub fn get(&self, id: &str) -> Option<&Aanbieder> {
        self.lijst.iter().find(|a| a.id == id)
    }

    /// One client for all requests: no redirects followed (a token endpoint that redirects
    /// is refused, not obeyed), and a time limit so that a slow provider frees the page.
    fn http(&self) -> Result<openidconnect::reqwest::Client, Weigering> {
        let mut http = self.http.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = http.as_ref() {
            return Ok(c.clone());
        }
        let client = openidconnect::reqwest::ClientBuilder::new()
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| Weigering::Onbereikbaar(format!("HTTP-client: {e}")))?;
        *http = Some(client.clone());
        Ok(client)
    }
}

impl Aanbieder {
    /// The issuer as configured (and as the ID token's `iss` must read).
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The discovery document with the provider's keys, from cache while it is fresh.
    async fn metadata(
        &self,
        http: &openidconnect::reqwest::Client,
    ) -> Result<CoreProviderMetadata, Weigering> {
        if let Some((t, m)) = self
            .metadata
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            && t.elapsed() < METADATA_GELDIG
        {
            return Ok(m.clone());
        }
        let issuer = openidconnect::IssuerUrl::new(self.issuer.clone())
            .map_err(|e| Weigering::Onbereikbaar(format!("issuer: {e}")))?;
        let m = CoreProviderMetadata::discover_async(issuer, http)
            .await
            .map_err(|e| Weigering::Onbereikbaar(format!("discovery: {e}")))?;
        *self.metadata.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((Instant::now(), m.clone()));
        Ok(m)
    }

    /// Forgets the discovery document, so that the next sign-in reads the keys again (a
    /// signature that did not verify may be made with a key the provider rotated in).
    fn vergeet_metadata(&self) {
        *self.metadata.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}
