//! The mail options shared by `passend serve` and `passend account maak`: a mail server
//! (SMTP, STARTTLS unless switched off) or, without one, a folder for the mails.

use passend_web::mail::{MailInstelling, Smtp};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Clone)]
pub struct MailOpties {
    /// Mailserver (SMTP) voor uitnodigingen en wachtwoordherstel. Zonder mailserver
    /// schrijft passend elke mail als .eml-bestand in --mail-map.
    #[arg(long, env = "PASSEND_SMTP_HOST")]
    smtp_host: Option<String>,
    /// Poort van de mailserver.
    #[arg(long, default_value_t = 587, env = "PASSEND_SMTP_POORT")]
    smtp_poort: u16,
    /// STARTTLS naar de mailserver (true of false; alleen uitzetten voor een server op
    /// dezelfde machine of in een test).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, env = "PASSEND_SMTP_STARTTLS")]
    smtp_starttls: bool,
    /// Afzender van de mails, zoals `passend <passend@regio.nl>`.
    #[arg(
        long,
        default_value = "passend <passend@localhost>",
        env = "PASSEND_SMTP_AFZENDER"
    )]
    smtp_afzender: String,
    /// Extra CA-certificaat (PEM) voor de mailserver, naast die van het systeem.
    #[arg(long, env = "PASSEND_SMTP_CA")]
    smtp_ca: Option<PathBuf>,
    /// Gebruikersnaam bij de mailserver; het wachtwoord alleen uit PASSEND_SMTP_WACHTWOORD.
    #[arg(long, env = "PASSEND_SMTP_GEBRUIKER")]
    smtp_gebruiker: Option<String>,
    /// Map voor de mails als er geen mailserver is (standaard: `mail` naast het
    /// SQLite-bestand, of ./mail bij PostgreSQL).
    #[arg(long, env = "PASSEND_MAIL_MAP")]
    mail_map: Option<PathBuf>,
}

impl MailOpties {
    /// The settings, for links under `adres`, with the database (for the default folder).
    pub fn instelling(&self, database: &str, adres: &str) -> MailInstelling {
        let map = self
            .mail_map
            .clone()
            .unwrap_or_else(|| standaard_map(database));
        MailInstelling {
            smtp: self.smtp_host.as_ref().map(|host| Smtp {
                host: host.clone(),
                poort: self.smtp_poort,
                starttls: self.smtp_starttls,
                gebruiker: self.smtp_gebruiker.clone(),
                // Not an option: a password on the command line is visible to every user.
                wachtwoord: std::env::var("PASSEND_SMTP_WACHTWOORD").ok(),
                ca: self.smtp_ca.clone(),
            }),
            map,
            afzender: self.smtp_afzender.clone(),
            adres: adres.trim_end_matches('/').to_string(),
        }
    }
}

/// `mail` beside the SQLite file; `./mail` for PostgreSQL.
fn standaard_map(database: &str) -> PathBuf {
    if database.starts_with("postgres://") || database.starts_with("postgresql://") {
        return PathBuf::from("mail");
    }
    let pad = database
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let pad = pad.split('?').next().unwrap_or(pad);
    Path::new(pad)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("mail"), |p| p.join("mail"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_defaults_to_beside_the_database() {
        assert_eq!(standaard_map("passend.db"), PathBuf::from("mail"));
        assert_eq!(
            standaard_map("/srv/passend/passend.db"),
            PathBuf::from("/srv/passend/mail")
        );
        assert_eq!(standaard_map("postgres://u@h/db"), PathBuf::from("mail"));
    }
}
