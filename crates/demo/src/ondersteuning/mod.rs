//! Support cases for the demo region, made through the store's own functions (so every rule
//! and audit entry applies) by the demo accounts, dated back from the day the demo is made:
//! OPPs (two versions; one with its evaluation overdue), arrangement requests in every state,
//! TLVs (decided and numbered, with a bezwaar; one waiting for the demo deskundige's advice),
//! a symbiose agreement and a one-table arrangement.

mod arrangementen;
mod opp;
mod samen;
mod tlv;

use crate::dagen;
use crate::regio::Regio;
use jiff::civil::Date;
use passend_domain::{Rol, Schoolsoort, VestigingCode};
use passend_store::{LeerlingId, Store, StoreError};
use std::collections::HashSet;

/// Makes the support cases; returns how many records were made.
pub(crate) async fn insert(
    store: &Store,
    regio: &mut Regio,
    today: Date,
) -> Result<usize, StoreError> {
    let ib = regio.als("ib", Rol::School, "90AA00");
    let swv = regio.als("swv-po", Rol::Swv, "PO2605");
    let school = VestigingCode::parse("90AA00")?;
    // Pupils enrolled at the demo school for a year and a half and still there.
    let nu: HashSet<LeerlingId> = store
        .leerlingen_van_vestiging(&school, today)
        .await?
        .into_iter()
        .map(|l| l.id)
        .collect();
    let pupils: Vec<LeerlingId> = store
        .leerlingen_van_vestiging(&school, dagen(today, 540))
        .await?
        .into_iter()
        .map(|l| l.id)
        .filter(|id| id.0 % 7 == 3 && nu.contains(id))
        .take(6)
        .collect();
    let [a, b, c, d, e, f] = pupils[..] else {
        return Ok(0);
    };
    let mut n = opp::insert(store, &ib, [a, b], today).await?;
    n += arrangementen::insert(store, &ib, &swv, [a, b, c, d], today).await?;
    n += tlv::insert(store, regio, (&ib, &swv), (e, f), today).await?;
    n += samen::symbiose(store, regio, &ib, today).await?;
    n += samen::integraal(store, regio, &swv, today).await?;
    regio.swv_zaken.extend([a, b, c, d, e, f]);
    regio.toegekend.insert((e, Schoolsoort::So));
    Ok(n)
}
