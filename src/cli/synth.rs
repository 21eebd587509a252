//! `passend synth`: a synthetic national dataset for benchmarks and demos.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Aantal fictieve leerlingen (landelijk: 2500000).
    #[arg(long)]
    leerlingen: u64,
    /// Map waarin leerlingen.csv, tlv.csv, verzuim.csv en kalender.csv komen.
    #[arg(long)]
    out: PathBuf,
    /// Zaadwaarde: dezelfde waarde en hetzelfde aantal geven dezelfde bestanden.
    #[arg(long)]
    seed: Option<u64>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let opdracht = passend_batch::synth::Opdracht {
        leerlingen: a.leerlingen,
        out: &a.out,
        seed: a.seed.unwrap_or(passend_batch::synth::STANDAARD_SEED),
    };
    super::uitkomst(passend_batch::synth::run(&opdracht), |samenvatting| {
        eprintln!("{samenvatting}")
    })
}
