//! `passend verzuim meldingen`: the reporting rules of the Leerplichtwet over absence data.

use clap::{Subcommand, ValueEnum};
use passend_domain::verzuim::Vakantieregio;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Command {
    /// Pas de meldregels toe op verzuimgegevens.
    Meldingen {
        #[arg(long)]
        verzuim: PathBuf,
        #[arg(long)]
        kalender: PathBuf,
        #[arg(long, value_enum)]
        regio: Regio,
        /// Schrijf meldingen.csv naar dit bestand in plaats van naar standaarduitvoer.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, ValueEnum)]
pub enum Regio {
    Noord,
    Midden,
    Zuid,
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    let Command::Meldingen {
        verzuim,
        kalender,
        regio,
        output,
    } = command;
    let regio = match regio {
        Regio::Noord => Vakantieregio::Noord,
        Regio::Midden => Vakantieregio::Midden,
        Regio::Zuid => Vakantieregio::Zuid,
    };
    super::uitkomst(
        passend_batch::verzuim::run(&verzuim, &kalender, regio, output.as_deref()),
        |u| eprintln!("{}", u.samenvatting(&verzuim)),
    )
}
