//! `passend import kalender`: school-holiday calendars in the open-data JSON layout or the
//! CSV layout of the shipped file (FORMATS.md); a schooljaar only when complete.

use passend_domain::Rol;
use passend_domain::verzuim::Vakantieregio;
use passend_domain::verzuim::vakanties::schooljaren;
use passend_store::Store;
use std::process::ExitCode;

pub(super) async fn run(file: &std::path::Path, database: &str) -> anyhow::Result<ExitCode> {
    let naam = file.display().to_string();
    let tekst = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{naam}: {e}"))?;
    let rijen = match passend_domain::verzuim::vakanties::lees(&tekst) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{naam}: {e}");
            eprintln!("{naam}: niet ingelezen; er is niets opgeslagen");
            return Ok(ExitCode::FAILURE);
        }
    };
    let store = Store::connect(database).await?;
    let wie = store.systeem_verzoeker(Rol::Beheerder, "").await?;
    let uitkomst = store
        .verzuim()
        .laad_schoolvakanties(&wie, &rijen, "passend import kalender")
        .await;
    store.close().await;
    let regios: Vec<&str> = Vakantieregio::ALL.iter().map(|r| r.as_str()).collect();
    super::super::uitkomst(uitkomst.map_err(|e| format!("{naam}: {e}")), |jaren| {
        for jaar in &jaren {
            println!("schooljaar {jaar}: regio's {}", regios.join(", "));
        }
        debug_assert_eq!(jaren, schooljaren(&rijen));
    })
}
