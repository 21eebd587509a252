//! The parents' digital registration (issue 20, part 4) on both databases: received at once,
//! the zorgplicht clock from that day, seen by the school like any other; a parent without
//! gezag and an unknown school are refused, and a second one at the same school too.

use super::ouder_stappen::{ouder, reden, verzoeker};
use super::{TODAY, pupil, school_with_vestiging};
use crate::support::TestDb;
use jiff::civil::date;
use passend_domain::{Rol, Schoolsoort};
use passend_store::DigitaleAanmelding;
use sqlx::Connection;

pub(super) async fn a_digital_registration_is_received_at_once(db: &TestDb) {
    let store = &db.store;
    let r = "/t";
    school_with_vestiging(store, "90AA00", "3431AB", Schoolsoort::Bao).await;
    let kind = store
        .create_leerling(&pupil("123456782", "3431AB"))
        .await
        .unwrap();
    let (a, b) = (
        ouder(store, "anna", kind).await,
        ouder(store, "bert", kind).await,
    );
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE ouder_leerling SET gezag = 0 WHERE ouder_id = $1")
        .bind(b)
        .execute(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    let anna = verzoeker(store, "anna", Rol::Ouder, &a.to_string()).await;
    let bert = verzoeker(store, "bert", Rol::Ouder, &b.to_string()).await;
    let school = verzoeker(store, "ib", Rol::School, "90AA00").await;
    let a_form = DigitaleAanmelding {
        vestiging: "90AA00".into(),
        gewenste_start: None,
        extra_ondersteuning: true,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        toelichting: "dyslexie".into(),
    };
    let onbekend = DigitaleAanmelding {
        vestiging: "99ZZ00".into(),
        ..a_form.clone()
    };
    let e = store
        .ouders()
        .meld_kind_aan(&anna, kind, &onbekend, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("kies een school"));
    let e = store
        .ouders()
        .meld_kind_aan(&bert, kind, &a_form, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("gezag"));
    assert!(
        store
            .aanmeldingen()
            .aanmeldingen_voor(&school, r)
            .await
            .unwrap()
            .is_empty()
    );

    let b = store
        .ouders()
        .meld_kind_aan(&anna, kind, &a_form, TODAY, r)
        .await
        .unwrap();
    assert_eq!(
        (b.ontvangen, b.beslissen_uiterlijk),
        (TODAY, date(2027, 1, 3))
    );
    // The school sees it as a registration like any other, with the clock from that day.
    let lijst = store
        .aanmeldingen()
        .aanmeldingen_voor(&school, r)
        .await
        .unwrap();
    assert_eq!(lijst.len(), 1);
    assert_eq!(
        (
            lijst[0].id,
            lijst[0].ontvangen,
            lijst[0].termijnen.beslissen_uiterlijk
        ),
        (b.aanmelding_id, TODAY, date(2027, 1, 3))
    );
    assert!(lijst[0].extra_ondersteuning);
    let e = store
        .ouders()
        .meld_kind_aan(&anna, kind, &a_form, TODAY, r)
        .await
        .unwrap_err();
    assert!(reden(e).contains("al aangemeld"));
}
