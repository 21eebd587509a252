//! Announcing new tasks and decisions: the store's sweep queues the mails (a mail for each,
//! or a daily digest, as each account chose), then one delivery pass sends them. `passend
//! serve` runs it every [`ELKE`]; `passend taken melden` once (e.g. from cron).

use super::{MailInstelling, bezorg};
use passend_domain::taken::Procedure;
use passend_store::{Meldronde, Store, StoreError};
use std::sync::Arc;

/// How often `serve` looks for new tasks.
pub const ELKE: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// One sweep and a delivery pass.
pub async fn meld_taken(
    store: &Store,
    inst: &MailInstelling,
    procedure: &Procedure,
) -> Result<Meldronde, StoreError> {
    let ronde = store
        .taken()
        .meld_nieuwe(&inst.adres, crate::vandaag(), procedure)
        .await?;
    bezorg(store, inst).await?;
    Ok(ronde)
}

/// The loop of `passend serve`.
pub async fn meld_doorlopend(store: Store, inst: Arc<MailInstelling>, procedure: Procedure) {
    let mut tik = tokio::time::interval(ELKE);
    loop {
        tik.tick().await;
        match meld_taken(&store, &inst, &procedure).await {
            Ok(r) if r.direct + r.digests > 0 => {
                tracing::info!(direct = r.direct, overzichten = r.digests, "taken gemeld")
            }
            Ok(_) => {}
            Err(e) => tracing::error!("taken melden mislukt: {e}"),
        }
    }
}
