//! `passend demo`: the demo region in an empty database, with its accounts printed.

use super::Database;
use passend_demo::{DEMO_PO_SWV, DEMO_VO_SWV, Demo, DemoReport};
use passend_store::Store;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: Database,
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&a.db.database).await?;
    print(&store.create_demo().await?);
    Ok(ExitCode::SUCCESS)
}

/// What was made, and the demo accounts with their (public) passwords.
pub fn print(r: &DemoReport) {
    println!(
        "demoregio aangemaakt: samenwerkingsverbanden {} en {}, {} besturen, {} vestigingen, {} leerlingen, {} ouders, {} thuiszitterzaken, {} aanmeldingen, {} ondersteuningsdossiers",
        DEMO_PO_SWV,
        DEMO_VO_SWV,
        r.besturen,
        r.vestigingen,
        r.leerlingen,
        r.ouders,
        r.zaken,
        r.aanmeldingen,
        r.ondersteuning
    );
    println!("accounts (alleen voor de demo):");
    println!(
        "  {:<12} {:<26} {:<28} werkgebied",
        "gebruiker", "wachtwoord", "rol"
    );
    for a in &r.accounts {
        println!(
            "  {:<12} {:<26} {:<28} {}",
            a.gebruikersnaam,
            a.wachtwoord,
            a.rol.omschrijving(),
            a.scope.as_deref().unwrap_or("-")
        );
    }
}
