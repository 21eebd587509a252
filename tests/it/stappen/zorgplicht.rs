//! The registration's own facts decide its clocks and its zorgplicht: a VO extension counts
//! from the suspended term (WVO art. 27 lid 2e, 2g), and the school of the parents' first
//! preference keeps the zorgplicht after it admitted the child (RULES §1.2).

use super::{ONTVANGEN, aangemeld, als};
use crate::support::contract;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::zorgplicht::{Besluit, Verlenging};
use passend_domain::{Rol, Schoolsoort, VestigingCode};
use passend_store::{NieuweAanmelding, Store};

contract!(
    a_vo_extension_counts_from_the_suspended_term,
    the_first_preference_keeps_the_zorgplicht_after_admission
);

/// The child's registration at `code`, received on `ontvangen`.
fn aanmelding(code: &str, ontvangen: Date, eerste_voorkeur: bool) -> NieuweAanmelding {
    NieuweAanmelding {
        leerling: crate::store::pupil("111222333", "3431AB"),
        vestiging: VestigingCode::parse(code).unwrap(),
        ontvangen,
        gewenste_start: None,
        eerste_voorkeur,
        andere_scholen: String::new(),
        extra_ondersteuning: false,
        beoordeling: None,
    }
}

async fn a_vo_extension_counts_from_the_suspended_term(store: &Store) {
    crate::store::school_with_vestiging(store, "56EF00", "3431AB", Schoolsoort::Vo).await;
    let ib = als(store, "ib-vo", Rol::School, "56EF00").await;
    let n = aanmelding("56EF00", ONTVANGEN, true);
    let a = store.aanmeldingen();
    let id = a
        .registreer_aanmelding(&ib, &n, ONTVANGEN, "/t")
        .await
        .unwrap();
    // Asked to complete it on day 7, completed on day 21: the clock stood still 14 days.
    let (van, tot) = (ONTVANGEN + 7.days(), ONTVANGEN + 21.days());
    a.schort_op(&ib, id, van, Some(tot), tot, "/t")
        .await
        .unwrap();
    // The parents hear of the extension after 6 weeks from receipt, within 6 weeks and the
    // suspension: in time.
    let kennisgeving = ONTVANGEN + 48.days();
    let v = Verlenging {
        weken: 4,
        kennisgeving,
    };
    a.verleng_aanmelding(&ib, id, v, kennisgeving, "/t")
        .await
        .unwrap();
    let t = a
        .aanmelding_voor(&ib, id, kennisgeving, "/t")
        .await
        .unwrap()
        .termijnen;
    assert!(t.verlengd);
    assert_eq!(t.beslissen_uiterlijk, ONTVANGEN + (42 + 14 + 28).days());
    assert_eq!(t.beslissen_uiterlijk, date(2027, 1, 25));
}

async fn the_first_preference_keeps_the_zorgplicht_after_admission(store: &Store) {
    // First preference at 12AB00; also registered at 34CD00, later.
    let (voorkeur, ib) = aangemeld(store, false).await;
    let ander = als(store, "ib-ander", Rol::School, "34CD00").await;
    let n = aanmelding("34CD00", ONTVANGEN + 3.days(), false);
    let a = store.aanmeldingen();
    let tweede = a
        .registreer_aanmelding(&ander, &n, ONTVANGEN + 3.days(), "/t")
        .await
        .unwrap();
    let dag = ONTVANGEN + 14.days();
    let hier = |wie, id| async move {
        let r = store
            .aanmeldingen()
            .aanmelding_voor(wie, id, dag, "/t")
            .await;
        r.unwrap().zorgplicht_hier
    };
    assert!(hier(&ib, voorkeur).await);
    assert!(!hier(&ander, tweede).await);
    let toegelaten = Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    a.beslis_aanmelding(&ib, voorkeur, &toegelaten, "gehoord", dag, "/t")
        .await
        .unwrap();
    assert!(
        hier(&ib, voorkeur).await,
        "admitted at the first preference"
    );
    assert!(!hier(&ander, tweede).await, "not at the other school");
}
