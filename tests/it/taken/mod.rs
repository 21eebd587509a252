//! Tasks ("Mijn werk"), the inspectie's inbox and the notification mails: each kind of task
//! for the right organisation with its deadline until the step is done, on SQLite and
//! PostgreSQL; the API and the start page; the mails without a child's name or BSN.

use crate::support::{TestDb, demo_sqlite};
use jiff::civil::Date;
use passend_domain::Rol;
use passend_domain::taken::{Procedure, Taak};
use passend_store::{Store, Verzoeker};

mod api;
mod besluiten;
mod inbox;
mod mail;
mod onbezorgd;
mod store;
mod store_stappen;
mod verwijdering_wet;

/// The demo region on SQLite and, when configured, on PostgreSQL.
pub(crate) async fn demo_dbs(test: &str) -> Vec<TestDb> {
    let mut dbs = vec![demo_sqlite().await];
    if let Some(pg) = TestDb::postgres(test).await {
        passend_demo::Demo::create_demo(&pg.store).await.unwrap();
        dbs.push(pg);
    }
    dbs
}

pub(crate) async fn als(store: &Store, rol: Rol, scope: &str) -> Verzoeker {
    store.systeem_verzoeker(rol, scope).await.unwrap()
}

/// The open tasks of `wie` with the default procedure.
pub(crate) async fn taken(store: &Store, wie: &Verzoeker, today: Date) -> Vec<Taak> {
    store
        .taken()
        .open_taken(wie, today, &Procedure::default(), "test")
        .await
        .unwrap()
}

/// The keys of the tasks of `wie` that start with `prefix`, with their deadlines.
pub(crate) async fn sleutels(
    store: &Store,
    wie: &Verzoeker,
    today: Date,
    prefix: &str,
) -> Vec<(String, Option<Date>)> {
    let mut v: Vec<_> = taken(store, wie, today)
        .await
        .into_iter()
        .filter(|t| t.sleutel.starts_with(prefix))
        .map(|t| (t.sleutel, t.termijn))
        .collect();
    v.sort();
    v
}
