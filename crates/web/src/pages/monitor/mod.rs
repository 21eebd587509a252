//! The monitor: aggregates with small-cell protection. Per schooljaar and per SWV (the
//! SWV's staff and OPR: their own; inspectie and ministerie: every SWV and the national
//! totals), every figure with its definition and its peildatum or period, the trends as
//! inline SVG, and the tables as CSV or Excel (`?formaat=csv|xlsx`). Who sees which SWV
//! and whether small cells are hidden is decided by the store.

mod figuur;
mod geld;
mod grafiek;
mod landelijk;
mod onderzoek;
mod pagina;
pub(crate) mod register;
mod speciaal;
mod tabel;

pub use onderzoek::*;
pub use pagina::*;

use crate::session::Gebruiker;
use crate::{monitor_drempel, vandaag};
use passend_store::Store;
use passend_store::monitor::Monitor;

#[derive(Debug, Default, serde::Deserialize)]
pub struct MonitorQuery {
    pub schooljaar: Option<String>,
    pub swv: Option<String>,
    pub formaat: Option<String>,
}

/// Per mille as a Dutch percentage with one decimal.
pub fn procent(promille: u64) -> String {
    format!("{},{} %", promille / 10, promille % 10)
}

pub async fn lees(
    store: &Store,
    g: &Gebruiker,
    q: &MonitorQuery,
) -> Result<Monitor, passend_store::StoreError> {
    let today = vandaag();
    let (sj, swv) = passend_store::MonitorStore::monitor_invoer(
        q.schooljaar.as_deref(),
        q.swv.as_deref(),
        today,
    )?;
    store
        .monitor()
        .monitor(&g.verzoeker, sj, swv.as_deref(), monitor_drempel(), today)
        .await
}
