//! Sending one message to the configured mail server (lettre, STARTTLS through rustls with
//! the system's certificates).

use super::Smtp;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub async fn verstuur(server: &Smtp, bericht: &Message) -> Result<(), String> {
    let builder = if server.starttls {
        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&server.host)
            .map_err(|e| format!("{}: {e}", server.host))?
    } else {
        // Plain SMTP: a server on the same machine or network, or a test.
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&server.host)
    };
    let mut builder = builder
        .port(server.poort)
        .timeout(Some(Duration::from_secs(30)));
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
