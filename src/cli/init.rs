//! `passend init`: the first start of a region. Creates or migrates the database and, when
//! no beheerder exists, makes one with a one-time password (shown once here; it must be
//! changed at the first sign-in). A second run only migrates and says so.

use super::Database;
use passend_store::Store;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: Database,
    /// De gebruikersnaam van de eerste beheerder.
    #[arg(long, default_value = "beheerder")]
    beheerder: String,
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    // Connecting brings the schema up to date and loads the reference data once.
    let store = Store::connect(&a.db.database).await?;
    let gemaakt = store.accounts().maak_eerste_beheerder(&a.beheerder).await;
    store.close().await;
    match gemaakt? {
        Some(wachtwoord) => {
            println!("beheerder: {}", a.beheerder.trim().to_lowercase());
            println!("eenmalig wachtwoord: {wachtwoord}");
            eprintln!(
                "Meld u aan met dit wachtwoord en kies dan een eigen wachtwoord; het wordt niet nog eens getoond."
            );
        }
        None => println!("database bijgewerkt; er is al een beheerder"),
    }
    Ok(ExitCode::SUCCESS)
}
