//! `passend api-sleutel`: an API key for an account whose password the caller knows.

use super::Database;
use passend_store::Store;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// De gebruikersnaam van het account.
    #[arg(long)]
    gebruiker: String,
    /// Het wachtwoord van het account (liever via de omgeving dan op de opdrachtregel).
    #[arg(long, env = "PASSEND_WACHTWOORD", hide_env_values = true)]
    wachtwoord: String,
    /// Een naam voor de sleutel, om hem later terug te vinden en in te trekken.
    #[arg(long, default_value = "opdrachtregel")]
    naam: String,
    #[command(flatten)]
    db: Database,
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&a.db.database).await?;
    let Some(account) = store
        .accounts()
        .verify_password(&a.gebruiker, &a.wachtwoord)
        .await?
    else {
        eprintln!("onbekende gebruiker of onjuist wachtwoord");
        return Ok(ExitCode::FAILURE);
    };
    println!(
        "{}",
        store
            .accounts()
            .create_api_sleutel(account.id, &a.naam)
            .await?
    );
    Ok(ExitCode::SUCCESS)
}
