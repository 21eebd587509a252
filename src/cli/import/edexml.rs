//! `passend import edexml`.

use crate::voortgang;
use passend_store::Store;
use std::process::ExitCode;

/// `passend import edexml`: checks the roster against the EDEXML 2.1 schema (problems with
/// file and line), then stores it for the vestiging it names (brincode + dependancecode)
/// under the system account acting as that school: all or nothing, with a progress bar.
pub(super) async fn run(file: &std::path::Path, database: &str) -> anyhow::Result<ExitCode> {
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
        .rooster()
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
