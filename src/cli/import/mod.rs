//! `passend import`: an EDEXML 2.1 roster or an OSO 2019.1 dossier, checked as a whole
//! before anything is stored.

mod edexml;
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
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    match a.formaat {
        ImportFormaat::Edexml => edexml::run(&a.file, &a.db.database).await,
        ImportFormaat::Oso => oso::run(&a.file, &a.db.database, a.swv, a.persoonsnummer).await,
    }
}
