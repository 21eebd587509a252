//! Sending one message to the configured mail server (lettre, STARTTLS through rustls with
//! the system's certificates, plus an own CA certificate where the server has one).

use super::Smtp;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub async fn verstuur(server: &Smtp, bericht: &Message) -> Result<(), String> {
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&server.host)
        .port(server.poort)
        .timeout(Some(Duration::from_secs(30)));
    // Without STARTTLS: plain SMTP, for a server on the same machine or network, or a test.
    if server.starttls {
        let mut tls = TlsParameters::builder(server.host.clone());
        if let Some(ca) = &server.ca {
            let pem = tokio::fs::read(ca)
                .await
                .map_err(|e| format!("{}: {e}", ca.display()))?;
            let cert = Certificate::from_pem(&pem).map_err(|e| format!("{}: {e}", ca.display()))?;
            tls = tls.add_root_certificate(cert);
        }
        let tls = tls.build_rustls().map_err(|e| e.to_string())?;
        builder = builder.tls(Tls::Required(tls));
    }
    if let (Some(gebruiker), Some(wachtwoord)) = (&server.gebruiker, &server.wachtwoord) {
        builder = builder.credentials(Credentials::new(gebruiker.clone(), wachtwoord.clone()));
    }
    builder
        .build()
        .send(bericht.clone())
        .await
        .map(|_| ())
        .map_err(|e| format!("{}:{}: {e}", server.host, server.poort))
}
