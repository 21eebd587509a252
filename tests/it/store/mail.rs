//! The outbox and the reset links in the store (issue 19 parts 3 and 7): a queued mail is
//! claimed by one sender only, waits after a failure and is given up after the last try;
//! of two uses of one reset link at once, one wins. Both databases.

use crate::support::{TestDb, contract_db};
use passend_domain::{EmailAdres, Rol};
use passend_store::mail::MAX_POGINGEN;
use passend_store::{AccountRol, NieuweUitnodiging, Store, StoreError};
use sqlx::Connection;

async fn nodig_uit(store: &Store, naam: &str) {
    let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
    let nieuw = NieuweUitnodiging {
        gebruikersnaam: naam.into(),
        weergavenaam: naam.into(),
        email: Some(EmailAdres::parse(&format!("{naam}@school.nl")).unwrap()),
        rol: AccountRol {
            rol: Rol::Inspectie,
            scope: None,
        },
    };
    store
        .accounts()
        .nodig_uit_met(&beheer, &nieuw, "https://passend.example.nl")
        .await
        .unwrap();
}

async fn sql(db: &TestDb, statement: &'static str) {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query(statement).execute(&mut raw).await.unwrap();
    raw.close().await.unwrap();
}

async fn the_outbox_hands_each_mail_to_one_sender(db: &TestDb) {
    let store = &db.store;
    nodig_uit(store, "een").await;
    nodig_uit(store, "twee").await;
    let mail = store.mail();
    let (a, b, c, d) = tokio::join!(mail.claim(), mail.claim(), mail.claim(), mail.claim());
    let mut ids: Vec<i64> = [a, b, c, d]
        .into_iter()
        .filter_map(|m| m.unwrap().map(|m| m.id))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2, "each mail claimed once");

    // A failure waits for its next attempt; a delivered mail is done.
    sql(
        db,
        "UPDATE uitgaande_mail SET volgende_poging = '2000-01-01T00:00:00Z'",
    )
    .await;
    let eerste = mail.claim().await.unwrap().unwrap();
    assert_eq!(eerste.pogingen, 2);
    assert!(mail.mislukt(&eerste, "verbinding geweigerd").await.unwrap());
    let tweede = mail.claim().await.unwrap().unwrap();
    assert_ne!(tweede.id, eerste.id);
    mail.verzonden(tweede.id).await.unwrap();
    assert_eq!(mail.claim().await.unwrap(), None, "the failed one waits");
    let open = mail.onbezorgd().await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].0, format!("{}", eerste.aan));
    assert_eq!(open[0].3.as_deref(), Some("verbinding geweigerd"));

    // The last attempt fails: given up, never claimed again.
    sql(
        db,
        "UPDATE uitgaande_mail SET volgende_poging = '2000-01-01T00:00:00Z', pogingen = 9 WHERE verzonden IS NULL",
    )
    .await;
    let laatste = mail.claim().await.unwrap().unwrap();
    assert_eq!(laatste.pogingen, MAX_POGINGEN);
    assert!(!mail.mislukt(&laatste, "weer niet").await.unwrap());
    assert_eq!(mail.claim().await.unwrap(), None);
    assert_eq!(
        mail.onbezorgd().await.unwrap().len(),
        1,
        "kept with its error"
    );
}

contract_db!(the_outbox_hands_each_mail_to_one_sender);

async fn a_reset_link_works_once_even_twice_at_once(db: &TestDb) {
    let store = &db.store;
    nodig_uit(store, "ib").await;
    let uitnodiging = store.mail().claim().await.unwrap().unwrap();
    let token = |tekst: &str, pad: &str| {
        let at = tekst.find(pad).unwrap() + pad.len();
        tekst[at..at + 64].to_string()
    };
    let accounts = store.accounts();
    accounts
        .accepteer_uitnodiging(
            &token(&uitnodiging.tekst, "/uitnodiging/"),
            "het eerste wachtwoord",
        )
        .await
        .unwrap();
    let adres = EmailAdres::parse("ib@school.nl").unwrap();
    accounts
        .vraag_herstel(&adres, "https://passend.example.nl")
        .await
        .unwrap();
    let herstel = store.mail().claim().await.unwrap().unwrap();
    assert_eq!(herstel.aan, "ib@school.nl");
    let t = token(&herstel.tekst, "/wachtwoord-herstel/");
    assert_eq!(accounts.herstel(&t).await.unwrap(), Ok("ib".to_string()));
    let (x, y) = tokio::join!(
        accounts.herstel_wachtwoord(&t, "wachtwoord van x"),
        accounts.herstel_wachtwoord(&t, "wachtwoord van y")
    );
    let gelukt = [&x, &y].iter().filter(|r| r.is_ok()).count();
    assert_eq!(gelukt, 1, "{x:?} {y:?}");
    let (winnaar, verloren) = if x.is_ok() {
        ("wachtwoord van x", y)
    } else {
        ("wachtwoord van y", x)
    };
    assert!(matches!(verloren, Err(StoreError::Ongeldig(m)) if m == "deze link is al gebruikt"));
    assert!(
        accounts
            .verify_password("ib", winnaar)
            .await
            .unwrap()
            .is_some()
    );
    let oud = accounts
        .verify_password("ib", "het eerste wachtwoord")
        .await;
    assert!(oud.unwrap().is_none());
}

contract_db!(a_reset_link_works_once_even_twice_at_once);
