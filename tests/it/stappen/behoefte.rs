//! The support need the school assessed at the registration (WPO art. 40 lid 3) reaches the
//! child's dossier once the child is admitted; without a need the dossier stays empty.

use super::{ONTVANGEN, aangemeld};
use crate::support::contract;
use jiff::ToSpan;
use passend_domain::zorgplicht::Besluit;
use passend_store::Store;

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
