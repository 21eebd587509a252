//! The support need the school assessed at the registration (WPO art. 40 lid 3) reaches the
//! child's dossier once the child is admitted; without a need the dossier stays empty.

use super::{ONTVANGEN, aangemeld};
use crate::support::contract;
use jiff::ToSpan;
use passend_domain::zorgplicht::Besluit;
use passend_store::Store;
use sqlx::Connection;

contract!(admission_brings_the_assessed_support_need_to_the_dossier);

/// Registers (with or without a need), admits, and gives the dossier's need before and after.
async fn voor_en_na(store: &Store, extra: bool) -> (Option<String>, Option<String>) {
    let (id, ib) = aangemeld(store, extra).await;
    let a = store.aanmeldingen();
    let l = a
        .aanmelding_voor(&ib, id, ONTVANGEN, "/t")
        .await
        .unwrap()
        .leerling_id;
    let voor = store
        .leerling_dossier(l)
        .await
        .unwrap()
        .ondersteuningsbehoefte;
    let toegelaten = Besluit::Toegelaten {
        extra_ondersteuning: extra,
    };
    a.beslis_aanmelding(&ib, id, &toegelaten, "gehoord", ONTVANGEN + 14.days(), "/t")
        .await
        .unwrap();
    let na = store
        .leerling_dossier(l)
        .await
        .unwrap()
        .ondersteuningsbehoefte;
    (voor, na)
}

async fn admission_brings_the_assessed_support_need_to_the_dossier(store: &Store) {
    assert_eq!(
        voor_en_na(store, true).await,
        (
            None,
            Some("Dyslexie en concentratie (beoordeeld bij de aanmelding van 2026-11-02)".into())
        )
    );
}

/// The demo's admitted child (taken over with its decision) has the assessed need too.
#[tokio::test]
async fn the_demo_admission_shows_its_support_need_in_the_dossier() {
    let db = crate::support::demo_sqlite().await;
    let mut conn = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let r = sqlx::query("SELECT l.ondersteuningsbehoefte FROM aanmelding a JOIN leerling l ON l.id = a.leerling_id WHERE a.besluit = 'toegelaten'")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    let behoefte: Option<String> = sqlx::Row::try_get(&r, 0).unwrap();
    assert!(
        behoefte
            .as_deref()
            .is_some_and(|b| b.contains("beoordeeld bij de aanmelding")),
        "{behoefte:?}"
    );
    db.finish().await;
}
