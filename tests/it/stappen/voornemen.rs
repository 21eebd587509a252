//! A decision checked for confirmation is not recorded (issue 20, part 8), on both
//! databases: the store's check says in words what the decision would record, runs the
//! same rules, and changes nothing.

use super::{ONTVANGEN, aangemeld};
use crate::support::contract;
use jiff::ToSpan;
use passend_domain::zorgplicht::Besluit;
use passend_store::{Store, StoreError};

contract!(a_checked_decision_says_what_it_records_and_records_nothing);

async fn a_checked_decision_says_what_it_records_and_records_nothing(store: &Store) {
    let (id, ib) = aangemeld(store, true).await;
    let a = store.aanmeldingen();
    let dag = ONTVANGEN + 7.days();
    let besluit = Besluit::Toegelaten {
        extra_ondersteuning: true,
    };
    let v = a
        .controleer_besluit(&ib, id, &besluit, "wil graag komen", dag, "/t")
        .await
        .unwrap();
    assert_eq!(v.naam, "Sanne van den Berg");
    let regel = |label: &str| {
        v.wat
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, w)| w.clone())
    };
    assert_eq!(
        regel("Besluit").as_deref(),
        Some("toegelaten, met de extra ondersteuning die het kind nodig heeft")
    );
    assert_eq!(
        regel("Datum van het besluit").as_deref(),
        Some("9 november 2026")
    );
    assert!(a.aanmelding_voor(&ib, id, dag, "/t").await.unwrap().open());
    // The same rules as the record: without the child's voice, refused.
    let zonder = a
        .controleer_besluit(&ib, id, &besluit, " ", dag, "/t")
        .await;
    assert!(matches!(zonder, Err(StoreError::Ongeldig(_))), "{zonder:?}");
    a.beslis_aanmelding(&ib, id, &besluit, "wil graag komen", dag, "/t")
        .await
        .unwrap();
    // Decided: nothing left to check.
    let al = a
        .controleer_besluit(&ib, id, &besluit, "x", dag, "/t")
        .await;
    assert!(al.is_err());
}
