//! `passend account`: accounts by invitation and their end, as the beheerder does them.

use super::Database;
use passend_domain::Rol;
use passend_store::{AccountRol, Store, UITNODIGING_DAGEN};
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Maak een account met een rol en werkgebied; toont een eenmalige uitnodigingslink
    /// (7 dagen geldig) waar de persoon een wachtwoord kiest.
    Maak {
        #[arg(long)]
        gebruikersnaam: String,
        /// school, bestuur, swv, deskundige, leerplicht, ouder, opr, inspectie, ministerie of beheerder.
        #[arg(long)]
        rol: String,
        /// Vestigingscode, bevoegd-gezagnummer, SWV-code, gemeentecode, … zoals de rol vraagt.
        #[arg(long)]
        werkgebied: Option<String>,
        /// De naam die de applicatie toont (standaard de gebruikersnaam).
        #[arg(long)]
        naam: Option<String>,
        /// Het adres van de applicatie, voor de link.
        #[arg(long, default_value = "http://127.0.0.1:8080", env = "PASSEND_ADRES")]
        adres: String,
        #[command(flatten)]
        db: Database,
    },
    /// Zet een account uit: sessies, API-sleutels en uitnodigingen eindigen meteen.
    Uit {
        #[arg(long)]
        gebruikersnaam: String,
        #[command(flatten)]
        db: Database,
    },
}

pub async fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Maak {
            gebruikersnaam,
            rol,
            werkgebied,
            naam,
            adres,
            db,
        } => {
            let rol = match Rol::parse(&rol) {
                Ok(r) => r,
                Err(e) => return super::uitkomst(Err::<(), _>(format!("--rol: {e}")), |_| {}),
            };
            let store = Store::connect(&db.database).await?;
            let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await?;
            let weergave = naam.unwrap_or_else(|| gebruikersnaam.clone());
            let token = store
                .accounts()
                .nodig_uit(
                    &beheer,
                    &gebruikersnaam,
                    &weergave,
                    AccountRol {
                        rol,
                        scope: werkgebied,
                    },
                )
                .await;
            store.close().await;
            super::uitkomst(token, |t| {
                println!("{}/uitnodiging/{t}", adres.trim_end_matches('/'));
                eprintln!("De link werkt {UITNODIGING_DAGEN} dagen en één keer.");
            })
        }
        Command::Uit { gebruikersnaam, db } => {
            let store = Store::connect(&db.database).await?;
            let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await?;
            let uit = store.accounts().deactiveer(&beheer, &gebruikersnaam).await;
            store.close().await;
            super::uitkomst(uit, |()| println!("account {gebruikersnaam} staat uit"))
        }
    }
}
