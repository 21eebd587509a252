//! `passend`: the command line of the passend system (see ../shared/FORMATS.md).

use clap::{Parser, Subcommand, ValueEnum};
use passend_demo::Demo;
use passend_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

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
    Serve {
        #[command(flatten)]
        db: Database,
        /// Adres en poort om op te luisteren.
        #[arg(long, default_value = "127.0.0.1:8080", env = "PASSEND_BIND")]
        bind: SocketAddr,
        /// Vul een lege database eerst met de demoregio.
        #[arg(long)]
        demo: bool,
        /// Bewaartermijn van het auditlog in dagen. Een keuze, geen wettelijke termijn: stem
        /// hem af op het privacybeleid (de WPO kent 3 jaar voor gegevens van het SWV).
        #[arg(long, default_value_t = 1095, env = "PASSEND_AUDIT_BEWAARTERMIJN_DAGEN",
              value_parser = clap::value_parser!(i64).range(1..))]
        audit_bewaartermijn_dagen: i64,
        /// Drempel voor kleine aantallen in de monitor: aantallen van 1 tot deze waarde
        /// worden buiten het eigen samenwerkingsverband getoond als "<10" (bij 10).
        #[arg(long, default_value_t = 10, env = "PASSEND_MONITOR_DREMPEL",
              value_parser = clap::value_parser!(u64).range(2..))]
        monitor_drempel: u64,
    },
    /// Maak de demoregio (deterministisch) in een lege database.
    Demo {
        #[command(flatten)]
        db: Database,
    },
    /// Importeer een EDEXML 2.1-bestand of een OSO 2019.1-dossier.
    Import {
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
    },
    /// Maak een API-sleutel voor een account (zoals in de webapplicatie onder Account);
    /// het wachtwoord bewijst dat u het account bezit. De sleutel wordt één keer getoond.
    ApiSleutel {
        /// De gebruikersnaam van het account.
        #[arg(long)]
        gebruiker: String,
        /// Het wachtwoord van het account (liever via de omgeving dan op de opdrachtregel).
        #[arg(long, env = "PASSEND_WACHTWOORD", hide_env_values = true)]
        wachtwoord: String,
        /// Een naam voor de sleutel, om hem later terug te vinden en in te trekken.
        #[arg(long, default_value = "opdrachtregel")]
        naam: String,
        #[command(flatten)]
        db: Database,
    },
    /// Verzuimregels van de Leerplichtwet.
    Verzuim {
        #[command(subcommand)]
        command: VerzuimCommand,
    },
    /// Bereken de ondersteuningsbekostiging per samenwerkingsverband.
    Bekostiging {
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
    },
    /// Schrijf een synthetische landelijke dataset voor benchmarks en demo's.
    Synth {
        /// Aantal fictieve leerlingen (landelijk: 2500000).
        #[arg(long)]
        leerlingen: u64,
        /// Map waarin leerlingen.csv, tlv.csv, verzuim.csv en kalender.csv komen.
        #[arg(long)]
        out: PathBuf,
        /// Zaadwaarde: dezelfde waarde en hetzelfde aantal geven dezelfde bestanden.
        #[arg(long)]
        seed: Option<u64>,
    },
}

#[derive(clap::Args)]
struct Database {
    /// postgres://… of een SQLite-bestand.
    #[arg(long, default_value = "passend.db", env = "PASSEND_DATABASE")]
    database: String,
}

#[derive(Clone, ValueEnum)]
enum ImportFormaat {
    Edexml,
    Oso,
}

#[derive(Subcommand)]
enum VerzuimCommand {
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
enum Regio {
    Noord,
    Midden,
    Zuid,
}

#[derive(Clone, ValueEnum)]
enum AfdrachtNaar {
    Tlv,
    Woon,
    School,
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve {
            db,
            bind,
            demo,
            audit_bewaartermijn_dagen,
            monitor_drempel,
        } => {
            let store = Store::connect(&db.database).await?;
            if demo {
                if store.is_empty().await? {
                    print_demo(&store.create_demo().await?);
                } else {
                    eprintln!("database bevat al gegevens; demoregio niet opnieuw aangemaakt");
                }
            }
            println!("passend draait op http://{bind}  (stoppen: Ctrl-C)");
            passend_web::serve(store, bind, audit_bewaartermijn_dagen, monitor_drempel).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::ApiSleutel {
            gebruiker,
            wachtwoord,
            naam,
            db,
        } => {
            let store = Store::connect(&db.database).await?;
            let Some(account) = store.verify_password(&gebruiker, &wachtwoord).await? else {
                eprintln!("onbekende gebruiker of onjuist wachtwoord");
                return Ok(ExitCode::FAILURE);
            };
            println!("{}", store.create_api_sleutel(account.id, &naam).await?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { db } => {
            let store = Store::connect(&db.database).await?;
            print_demo(&store.create_demo().await?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            formaat: ImportFormaat::Edexml,
            file,
            db,
            ..
        } => import_edexml(&file, &db.database).await,
        Command::Import {
            formaat: ImportFormaat::Oso,
            file,
            db,
            swv,
            persoonsnummer,
        } => import_oso(&file, &db.database, swv, persoonsnummer).await,
        Command::Verzuim {
            command:
                VerzuimCommand::Meldingen {
                    verzuim,
                    kalender,
                    regio,
                    output,
                },
        } => {
            use passend_domain::verzuim::Vakantieregio;
            let regio = match regio {
                Regio::Noord => Vakantieregio::Noord,
                Regio::Midden => Vakantieregio::Midden,
                Regio::Zuid => Vakantieregio::Zuid,
            };
            match passend_batch::verzuim::run(&verzuim, &kalender, regio, output.as_deref()) {
                Ok(uitkomst) => {
                    eprintln!("{}", uitkomst.samenvatting(&verzuim));
                    Ok(ExitCode::SUCCESS)
                }
                Err(fout) => {
                    eprintln!("{fout}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Bekostiging {
            schooljaar,
            leerlingen,
            tlv,
            verevening,
            afdracht_naar,
            output,
            swv,
            regelset,
            verschillen,
        } => {
            use passend_domain::bekostiging::AfdrachtNaar as Naar;
            let schooljaar = passend_domain::Schooljaar::parse(&schooljaar)?;
            let swv = swv
                .map(|s| passend_domain::SwvCode::parse(&s))
                .transpose()?;
            let opdracht = passend_batch::bekostiging::Opdracht {
                schooljaar,
                leerlingen: &leerlingen,
                tlv: &tlv,
                verevening: verevening.as_deref(),
                afdracht_naar: match afdracht_naar {
                    AfdrachtNaar::Tlv => Naar::Tlv,
                    AfdrachtNaar::Woon => Naar::Woon,
                    AfdrachtNaar::School => Naar::School,
                },
                swv,
                regelset: regelset.as_deref(),
            };
            let uitkomst =
                passend_batch::bekostiging::run(&opdracht, output.as_deref()).and_then(|u| {
                    match &verschillen {
                        Some(pad) => {
                            passend_batch::bekostiging::schrijf_verschillen(&opdracht, pad)
                                .map(|()| u)
                        }
                        None => Ok(u),
                    }
                });
            match uitkomst {
                Ok(uitkomst) => {
                    for regel in uitkomst.meldingen() {
                        eprintln!("{regel}");
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(fout) => {
                    eprintln!("{fout}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Synth {
            leerlingen,
            out,
            seed,
        } => {
            let opdracht = passend_batch::synth::Opdracht {
                leerlingen,
                out: &out,
                seed: seed.unwrap_or(passend_batch::synth::STANDAARD_SEED),
            };
            match passend_batch::synth::run(&opdracht) {
                Ok(samenvatting) => {
                    eprintln!("{samenvatting}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(fout) => {
                    eprintln!("{fout}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}

/// `passend import oso`: checks the dossier (schema and rules, with file and line in every
/// problem), then stores it for the SWV under the system account, all or nothing.
async fn import_oso(
    file: &std::path::Path,
    database: &str,
    swv: Option<String>,
    persoonsnummer: Option<String>,
) -> anyhow::Result<ExitCode> {
    let naam = file.display();
    let (Some(swv), Some(nummer)) = (swv, persoonsnummer) else {
        eprintln!(
            "{naam}: geef --swv (het ontvangende samenwerkingsverband) en --persoonsnummer (BSN of onderwijsnummer van de leerling)"
        );
        return Ok(ExitCode::from(2));
    };
    let swv = passend_domain::SwvCode::parse(&swv)?;
    let nummer = passend_store::Persoonsnummer::parse(&nummer)
        .map_err(|e| anyhow::anyhow!("--persoonsnummer: {e}"))?;
    let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("{naam}: {e}"))?;
    let dossier = match passend_uitwisseling::oso::lees(&bytes) {
        Ok(d) => d,
        Err(afwijzing) => {
            for p in afwijzing.problemen() {
                match p.regel {
                    Some(r) => eprintln!("{naam}:{r}: {}", p.melding),
                    None => eprintln!("{naam}: {}", p.melding),
                }
            }
            eprintln!("{naam}: niet ingelezen; er is niets opgeslagen");
            return Ok(ExitCode::FAILURE);
        }
    };
    let store = Store::connect(database).await?;
    let wie = store
        .systeem_verzoeker(passend_domain::Rol::Swv, swv.as_str())
        .await?;
    let today = jiff::Zoned::now().date();
    let u = store
        .importeer_oso(
            &wie,
            &dossier,
            &passend_store::OsoKoppeling::Persoonsnummer(nummer),
            today,
            "passend import oso",
        )
        .await?;
    println!(
        "{naam}: ingelezen als dossier {} voor leerling {}{}: {} tlv, {} regels geschiedenis, {} bijlagen, {} beperkt zichtbaar{}",
        u.dossier,
        u.leerling.0,
        if u.nieuwe_leerling { " (nieuw)" } else { "" },
        u.tlvs,
        u.historie,
        u.bijlagen,
        u.beperkt,
        if u.niet_geleverd.is_empty() {
            String::new()
        } else {
            format!("; niet geleverd: {}", u.niet_geleverd.join(", "))
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `passend import edexml`: checks the roster against the EDEXML 2.1 schema (problems with
/// file and line), then stores it for the vestiging it names (brincode + dependancecode)
/// under the system account acting as that school: all or nothing, with a progress bar.
async fn import_edexml(file: &std::path::Path, database: &str) -> anyhow::Result<ExitCode> {
    let naam = file.display().to_string();
    let weiger = |problemen: &mut dyn Iterator<Item = (Option<u32>, String)>| {
        for (regel, melding) in problemen {
            match regel {
                Some(r) => eprintln!("{naam}:{r}: {melding}"),
                None => eprintln!("{naam}: {melding}"),
            }
        }
        eprintln!("{naam}: niet ingelezen; er is niets opgeslagen");
        Ok(ExitCode::FAILURE)
    };
    let mut balk = voortgang::Balk::new(naam.clone());
    let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("{naam}: {e}"))?;
    balk.meld("lezen en controleren tegen het EDEXML 2.1-schema…");
    let bestand = match passend_uitwisseling::edexml::lees(&bytes) {
        Ok(b) => b,
        Err(afwijzing) => {
            return weiger(
                &mut afwijzing
                    .into_problemen()
                    .into_iter()
                    .map(|p| (p.regel, p.melding)),
            );
        }
    };
    drop(bytes);
    let vestiging = match passend_store::vestiging_van_edexml(&bestand) {
        Ok(v) => v,
        Err(passend_store::StoreError::Geweigerd(p)) => {
            return weiger(&mut p.into_iter().map(|m| (None, m)));
        }
        Err(e) => return Err(e.into()),
    };
    let store = Store::connect(database).await?;
    let wie = store
        .systeem_verzoeker(passend_domain::Rol::School, vestiging.as_str())
        .await?;
    let uitkomst = store
        .importeer_edexml(
            &wie,
            &bestand,
            jiff::Zoned::now().date(),
            "passend import edexml",
            &mut |gedaan, totaal| balk.toon(gedaan, totaal),
        )
        .await;
    balk.klaar();
    let u = match uitkomst {
        Ok(u) => u,
        Err(passend_store::StoreError::Geweigerd(p)) => {
            return weiger(&mut p.into_iter().map(|m| (None, m)));
        }
        Err(e) => return Err(e.into()),
    };
    println!(
        "{naam}: ingelezen voor vestiging {}: leerlingen {}; {}groepen {}; medewerkers {}; {} nieuwe inschrijvingen, {} wijzigingen in groepsindelingen{}",
        u.vestiging,
        u.leerlingen,
        if u.roosterleerlingen == passend_store::Telling::default() {
            String::new()
        } else {
            format!("alleen in het rooster {}; ", u.roosterleerlingen)
        },
        u.groepen,
        u.medewerkers,
        u.inschrijvingen,
        u.indelingen,
        if u.uitgestroomd > 0 {
            format!("; {} uitgestroomde leerlingen overgeslagen", u.uitgestroomd)
        } else {
            String::new()
        }
    );
    for w in &u.waarschuwingen {
        println!("{naam}: let op: {w}");
    }
    Ok(ExitCode::SUCCESS)
}

fn print_demo(r: &passend_demo::DemoReport) {
    println!(
        "demoregio aangemaakt: samenwerkingsverbanden {} en {}, {} besturen, {} vestigingen, {} leerlingen, {} ouders, {} thuiszitterzaken, {} aanmeldingen, {} ondersteuningsdossiers",
        passend_demo::DEMO_PO_SWV,
        passend_demo::DEMO_VO_SWV,
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
