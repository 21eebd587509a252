//! `passend account`: accounts by invitation and their end, as the beheerder does them.

use super::Database;
use passend_domain::{EmailAdres, Rol};
use passend_store::{AccountRol, NieuweUitnodiging, Store, UITNODIGING_DAGEN};
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
        /// E-mailadres: de uitnodiging gaat ook per mail (of naar --mail-map zonder mailserver).
        #[arg(long)]
        email: Option<String>,
        /// Het adres van de applicatie, voor de link.
        #[arg(long, default_value = "http://127.0.0.1:8080", env = "PASSEND_ADRES")]
        adres: String,
        #[command(flatten)]
        db: Database,
        #[command(flatten)]
        mail: Box<super::mail::MailOpties>,
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
            email,
            adres,
            db,
            mail,
        } => {
            let rol = match Rol::parse(&rol) {
                Ok(r) => r,
                Err(e) => return super::uitkomst(Err::<(), _>(format!("--rol: {e}")), |_| {}),
            };
            let email = match email.as_deref().map(EmailAdres::parse).transpose() {
                Ok(e) => e,
                Err(e) => return super::uitkomst(Err::<(), _>(format!("--email: {e}")), |_| {}),
            };
            let mail = mail.instelling(&db.database, &adres);
            let store = Store::connect(&db.database).await?;
            let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await?;
            let nieuw = NieuweUitnodiging {
                weergavenaam: naam.unwrap_or_else(|| gebruikersnaam.clone()),
                gebruikersnaam,
                email,
                rol: AccountRol {
                    rol,
                    scope: werkgebied,
                },
            };
            let token = store
                .accounts()
                .nodig_uit_met(&beheer, &nieuw, &mail.adres)
                .await;
            // The mail is in the outbox; one delivery pass now, `serve` retries a failure.
            let bezorging = match (&token, &nieuw.email) {
                (Ok(_), Some(_)) => Some(passend_web::mail::bezorg(&store, &mail).await),
                _ => None,
            };
            store.close().await;
            super::uitkomst(token, |t| {
                println!("{}/uitnodiging/{t}", mail.adres);
                eprintln!("De link werkt {UITNODIGING_DAGEN} dagen en één keer.");
                match (bezorging, mail.zonder_server()) {
                    (Some(Ok(b)), Some(map)) if b.fouten.is_empty() => {
                        eprintln!("Er is geen mailserver ingesteld: de mail staat in map {map}.")
                    }
                    (Some(Ok(b)), None) if b.fouten.is_empty() => {
                        eprintln!("De uitnodiging is gemaild.");
                    }
                    (Some(Ok(b)), _) => eprintln!(
                        "De mail is nog niet verstuurd ({}); passend serve probeert het opnieuw.",
                        b.fouten.join("; ")
                    ),
                    (Some(Err(e)), _) => eprintln!("De mail is nog niet verstuurd: {e}"),
                    (None, _) => {}
                }
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
