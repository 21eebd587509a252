//! `passend import`: an EDEXML 2.1 roster, an OSO 2019.1 dossier, the organisations of a
//! region or school-holiday calendars, each checked as a whole before anything is stored.

mod edexml;
mod kalender;
mod organisaties;
mod oso;

use super::Database;
use clap::ValueEnum;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    formaat: ImportFormaat,
    file: PathBuf,
    #[command(flatten)]
    db: Database,
    /// OSO: het samenwerkingsverband dat het dossier ontvangt (zoals PO2605).
    #[arg(long)]
    swv: Option<String>,
    /// OSO: BSN of onderwijsnummer van de leerling (een dossier voor het
    /// samenwerkingsverband bevat dat niet).
    #[arg(long)]
    persoonsnummer: Option<String>,
}

#[derive(Clone, ValueEnum)]
enum ImportFormaat {
    Edexml,
    Oso,
    /// Besturen, scholen en vestigingen (organisaties.csv).
    Organisaties,
    /// Schoolvakanties: de open-data-JSON of de CSV-indeling.
    Kalender,
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    match a.formaat {
        ImportFormaat::Edexml => edexml::run(&a.file, &a.db.database).await,
        ImportFormaat::Oso => oso::run(&a.file, &a.db.database, a.swv, a.persoonsnummer).await,
        ImportFormaat::Organisaties => organisaties::run(&a.file, &a.db.database).await,
        ImportFormaat::Kalender => kalender::run(&a.file, &a.db.database).await,
    }
}
