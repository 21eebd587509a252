//! `passend import organisaties`: besturen, scholen and vestigingen from `organisaties.csv`
//! (FORMATS.md), all or nothing, under the system account acting as beheerder.

use passend_domain::{RegioIndeling, Rol};
use passend_store::Store;
use std::process::ExitCode;

pub(super) async fn run(file: &std::path::Path, database: &str) -> anyhow::Result<ExitCode> {
    let naam = file.display().to_string();
    let tekst = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{naam}: {e}"))?;
    let rijen = match passend_domain::organisaties::lees(&tekst, RegioIndeling::officieel()) {
        Ok(r) => r,
        Err(fouten) => {
            for f in fouten {
                eprintln!("{naam}: {f}");
            }
            eprintln!("{naam}: niet ingelezen; er is niets opgeslagen");
            return Ok(ExitCode::FAILURE);
        }
    };
    let store = Store::connect(database).await?;
    let wie = store.systeem_verzoeker(Rol::Beheerder, "").await?;
    let vandaag = passend_web::vandaag();
    let uitkomst = store
        .organisaties()
        .importeer_organisaties(&wie, &rijen, vandaag, "passend import organisaties")
        .await;
    store.close().await;
    super::super::uitkomst(uitkomst.map_err(|e| format!("{naam}: {e}")), |u| {
        println!("nieuw: {}", u.nieuw);
        println!("gewijzigd: {}", u.gewijzigd);
        println!("ongewijzigd: {}", u.ongewijzigd);
        println!("gesloten: {}", u.gesloten);
        if u.mbo > 0 {
            println!("mbo, gelezen maar niet opgeslagen: {}", u.mbo);
        }
    })
}
