//! `passend import oso`.

use passend_store::Store;
use std::process::ExitCode;

/// `passend import oso`: checks the dossier (schema and rules, with file and line in every
/// problem), then stores it for the SWV under the system account, all or nothing.
pub(super) async fn run(
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
        .oso()
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
