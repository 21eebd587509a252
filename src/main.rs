//! `passend`: the command line of the passend system (see ../shared/FORMATS.md). Each
//! subcommand lives in its own module under `cli/`; this file only names and dispatches them.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cli;
mod voortgang;

#[derive(Parser)]
#[command(
    name = "passend",
    version,
    about = "Passend onderwijs: zorgplicht, ondersteuning, verzuim en bekostiging in één open systeem"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start de webapplicatie en de API.
    Serve(cli::serve::Args),
    /// Maak de demoregio (deterministisch) in een lege database.
    Demo(cli::demo::Args),
    /// Maak of werk de database bij en maak, als die er nog niet is, de eerste beheerder
    /// met een eenmalig wachtwoord.
    Init(cli::init::Args),
    /// Importeer een EDEXML 2.1-bestand, een OSO 2019.1-dossier, de organisaties van de
    /// regio (organisaties.csv) of schoolvakanties.
    Import(cli::import::Args),
    /// Accounts: maak er een met een uitnodiging, of zet er een uit.
    Account {
        #[command(subcommand)]
        command: cli::account::Command,
    },
    /// Maak een API-sleutel voor een account (zoals in de webapplicatie onder Account);
    /// het wachtwoord bewijst dat u het account bezit. De sleutel wordt één keer getoond.
    ApiSleutel(cli::api_sleutel::Args),
    /// Verzuimregels van de Leerplichtwet.
    Verzuim {
        #[command(subcommand)]
        command: cli::verzuim::Command,
    },
    /// Bereken de ondersteuningsbekostiging per samenwerkingsverband.
    Bekostiging(cli::bekostiging::Args),
    /// Schrijf een synthetische landelijke dataset voor benchmarks en demo's.
    Synth(cli::synth::Args),
    /// Taken ("Mijn werk"): meld nieuwe taken en besluiten per e-mail.
    Taken {
        #[command(subcommand)]
        command: cli::taken::Command,
    },
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(a) => cli::serve::run(a).await,
        Command::Demo(a) => cli::demo::run(a).await,
        Command::Init(a) => cli::init::run(a).await,
        Command::Import(a) => cli::import::run(a).await,
        Command::Account { command } => cli::account::run(command).await,
        Command::ApiSleutel(a) => cli::api_sleutel::run(a).await,
        Command::Verzuim { command } => cli::verzuim::run(command),
        Command::Bekostiging(a) => cli::bekostiging::run(a),
        Command::Synth(a) => cli::synth::run(a),
        Command::Taken { command } => cli::taken::run(command).await,
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("passend: kan de runtime niet starten: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("passend: {e}");
            let mut source = e.source();
            while let Some(cause) = source {
                eprintln!("  oorzaak: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    /// clap's own checks of every command (e.g. two flattened option groups of one name),
    /// which otherwise only fail when that command runs.
    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
