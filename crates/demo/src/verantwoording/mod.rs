//! Demo data for the verantwoording area, made through the store's own functions by the demo
//! accounts, dated back from the day the demo is made: PO2605's ondersteuningsplan, disputes
//! in different states, and vso leavers with their outflow against the OPP's profile.

mod geschillen;
mod ondersteuningsplan;
mod plantekst;
mod uitstroom;

use crate::regio::Regio;
use jiff::civil::Date;
use passend_store::{LeerlingId, Store, StoreError};

/// Pupils enrolled at a vestiging on a day, oldest first.
fn leerlingen_van(regio: &Regio, vestiging: &str, today: Date) -> Vec<LeerlingId> {
    let mut plekken = regio.op(vestiging, today);
    plekken.sort_by_key(|p| (p.leerling.geboortedatum, p.leerling.id));
    plekken.into_iter().map(|p| p.leerling.id).collect()
}

pub(crate) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    ondersteuningsplan::insert(store, regio, today).await?;
    geschillen::insert(store, regio, today).await?;
    uitstroom::insert(store, regio, today).await?;
    Ok(())
}
