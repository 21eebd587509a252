//! `passend bekostiging`: the ondersteuningsbekostiging per samenwerkingsverband.

use clap::ValueEnum;
use passend_batch::bekostiging::{self, Opdracht};
use passend_domain::bekostiging::AfdrachtNaar as Naar;
use passend_domain::{Schooljaar, SwvCode};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Het schooljaar, JJJJ-JJJJ; er moet een regelset voor zijn.
    #[arg(long)]
    schooljaar: String,
    /// leerlingen.csv: teldatum,vestiging,swv,schoolsoort,aantal.
    #[arg(long)]
    leerlingen: PathBuf,
    /// tlv.csv: de (v)so-leerlingen met hun TLV op de teldata.
    #[arg(long)]
    tlv: PathBuf,
    /// verevening.csv: swv,basisbedrag.
    #[arg(long)]
    verevening: Option<PathBuf>,
    /// Welk SWV de afdracht en groei betaalt: tlv (de wet), woon of school (scenario's).
    #[arg(long, value_enum, default_value = "tlv")]
    afdracht_naar: AfdrachtNaar,
    /// Schrijf de uitvoer naar dit bestand in plaats van naar standaarduitvoer.
    #[arg(long)]
    output: Option<PathBuf>,
    /// Alleen dit samenwerkingsverband, zoals PO2707.
    #[arg(long)]
    swv: Option<String>,
    /// Een eigen regelsetbestand (JSON) voor een schooljaar, naast de meegeleverde.
    #[arg(long)]
    regelset: Option<PathBuf>,
    /// Schrijf ook de drie betaalregels naast elkaar, met de verschillen per SWV, naar dit
    /// bestand (swv,netto_tlv,netto_woon,netto_school,verschil_woon,verschil_school).
    #[arg(long)]
    verschillen: Option<PathBuf>,
}

#[derive(Clone, ValueEnum)]
pub enum AfdrachtNaar {
    Tlv,
    Woon,
    School,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let schooljaar = Schooljaar::parse(&a.schooljaar)?;
    let swv = a.swv.map(|s| SwvCode::parse(&s)).transpose()?;
    let opdracht = Opdracht {
        schooljaar,
        leerlingen: &a.leerlingen,
        tlv: &a.tlv,
        verevening: a.verevening.as_deref(),
        afdracht_naar: match a.afdracht_naar {
            AfdrachtNaar::Tlv => Naar::Tlv,
            AfdrachtNaar::Woon => Naar::Woon,
            AfdrachtNaar::School => Naar::School,
        },
        swv,
        regelset: a.regelset.as_deref(),
    };
    let uitkomst =
        bekostiging::run(&opdracht, a.output.as_deref()).and_then(|u| match &a.verschillen {
            Some(pad) => bekostiging::schrijf_verschillen(&opdracht, pad).map(|()| u),
            None => Ok(u),
        });
    super::uitkomst(uitkomst, |u| {
        for regel in u.meldingen() {
            eprintln!("{regel}");
        }
    })
}
