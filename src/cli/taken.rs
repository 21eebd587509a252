//! `passend taken melden`: one sweep for new tasks and decisions, and a delivery pass (what
//! `passend serve` does every 15 minutes), for a cron job beside a server without `serve`.

use super::Database;
use passend_store::Store;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Mail de accounts met een nieuwe taak of (ouders) een nieuw besluit, direct of in het
    /// dagelijkse overzicht, zonder persoonsgegevens in de mail.
    Melden {
        /// Het adres van de applicatie, voor de link in de mail.
        #[arg(long, default_value = "http://127.0.0.1:8080", env = "PASSEND_ADRES")]
        adres: String,
        #[command(flatten)]
        db: Database,
        #[command(flatten)]
        mail: Box<super::mail::MailOpties>,
    },
}

pub async fn run(c: Command) -> anyhow::Result<ExitCode> {
    let Command::Melden { adres, db, mail } = c;
    let store = Store::connect(&db.database).await?;
    let inst = mail.instelling(&db.database, &adres);
    let procedure = Default::default();
    let r = passend_web::mail::meld_taken(&store, &inst, &procedure).await;
    store.close().await;
    super::uitkomst(r, |r| {
        eprintln!(
            "{} mail(s) over een nieuwe taak of besluit, {} dagelijks(e) overzicht(en)",
            r.direct, r.digests
        )
    })
}
