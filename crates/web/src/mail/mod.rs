//! Delivering the outbox: over SMTP when a mail server is configured, otherwise as one
//! `.eml` file per mail in a folder (and the pages that queue mail say so). `passend serve`
//! runs a loop that delivers due mails and retries failures; a page that queues a mail
//! starts one pass at once; the command line does one pass itself.

mod bericht;
mod map;
mod smtp;
mod taken;

pub use taken::{ELKE, meld_doorlopend, meld_taken};

use passend_store::{Store, StoreError};
use std::path::PathBuf;
use std::sync::Arc;

/// A mail server: host and port, STARTTLS (on unless told otherwise) and optional login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Smtp {
    pub host: String,
    pub poort: u16,
    pub starttls: bool,
    pub gebruiker: Option<String>,
    pub wachtwoord: Option<String>,
    /// An extra CA certificate (PEM) to trust besides the system's, for a server with its
    /// own certificate authority.
    pub ca: Option<PathBuf>,
}

/// How mail leaves passend; one value shared by `serve` and the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailInstelling {
    /// `None`: no mail server; mails are written to [`MailInstelling::map`].
    pub smtp: Option<Smtp>,
    pub map: PathBuf,
    /// The From address, e.g. `passend <passend@regio.nl>`.
    pub afzender: String,
    /// The application's public address, for links in mails (never taken from a request's
    /// Host header, which a stranger chooses).
    pub adres: String,
}

impl MailInstelling {
    /// Without a mail server: mails to `map`, links under `adres`.
    pub fn map(map: impl Into<PathBuf>, adres: &str) -> Self {
        Self {
            smtp: None,
            map: map.into(),
            afzender: "passend <passend@localhost>".into(),
            adres: adres.to_string(),
        }
    }

    /// The folder the mails go to when there is no mail server, for the pages to say so.
    pub fn zonder_server(&self) -> Option<String> {
        self.smtp.is_none().then(|| self.map.display().to_string())
    }
}

/// The outcome of one delivery pass.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bezorging {
    pub verzonden: usize,
    /// The errors of failed attempts (each mail is tried again later).
    pub fouten: Vec<String>,
}

/// Delivers every due mail once: claimed one by one, so that parallel passes (the loop, a
/// page's pass, the command line) never send one twice.
pub async fn bezorg(store: &Store, inst: &MailInstelling) -> Result<Bezorging, StoreError> {
    let mut uit = Bezorging::default();
    while let Some(mail) = store.mail().claim().await? {
        let gelukt = match bericht::opstellen(inst, &mail) {
            Err(e) => Err(e),
            Ok(bericht) => match &inst.smtp {
                Some(server) => smtp::verstuur(server, &bericht).await,
                None => map::schrijf(&inst.map, mail.id, &bericht).await,
            },
        };
        match gelukt {
            Ok(()) => {
                store.mail().verzonden(mail.id).await?;
                uit.verzonden += 1;
            }
            Err(fout) => {
                // The address is personal data: the log names the mail by its number.
                tracing::warn!(
                    mail = mail.id,
                    poging = mail.pogingen,
                    "mail niet bezorgd: {fout}"
                );
                store.mail().mislukt(&mail, &fout).await?;
                uit.fouten.push(fout);
            }
        }
    }
    Ok(uit)
}

/// Starts one delivery pass in the background (after a page queued a mail): the page's
/// answer does not wait for the mail server, nor shows by its timing whether it sent.
pub fn bezorg_nu(store: &Store, inst: &Arc<MailInstelling>) {
    let (store, inst) = (store.clone(), Arc::clone(inst));
    tokio::spawn(async move {
        if let Err(e) = bezorg(&store, &inst).await {
            tracing::error!("mail bezorgen mislukt: {e}");
        }
    });
}

/// The loop of `passend serve`: a pass every `elke` (retries fall due in between).
pub async fn bezorg_doorlopend(store: Store, inst: Arc<MailInstelling>, elke: std::time::Duration) {
    let mut tik = tokio::time::interval(elke);
    loop {
        tik.tick().await;
        if let Err(e) = bezorg(&store, &inst).await {
            tracing::error!("mail bezorgen mislukt: {e}");
        }
    }
}
