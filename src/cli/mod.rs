//! The subcommands of `passend`, one module each: its arguments and what it does.

pub mod account;
pub mod api_sleutel;
pub mod bekostiging;
pub mod demo;
pub mod import;
pub mod init;
pub mod mail;
pub mod serve;
pub mod synth;
pub mod taken;
pub mod verzuim;

use std::fmt::Display;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Database {
    /// postgres://… of een SQLite-bestand.
    #[arg(long, default_value = "passend.db", env = "PASSEND_DATABASE")]
    database: String,
}

/// A batch command's outcome: its summary lines on stderr and success, or the error on
/// stderr and failure (the message already names the file and line).
fn uitkomst<T, E: Display>(
    uitkomst: Result<T, E>,
    meld: impl FnOnce(T),
) -> anyhow::Result<ExitCode> {
    match uitkomst {
        Ok(u) => {
            meld(u);
            Ok(ExitCode::SUCCESS)
        }
        Err(fout) => {
            eprintln!("{fout}");
            Ok(ExitCode::FAILURE)
        }
    }
}
