//! A notification that cannot be delivered is not lost silently: it stays in the outbox to
//! be retried, and the task it announced says so on *Mijn werk*.

use super::*;
use crate::web::{get, sign_in};
use passend_web::mail::meld_taken;
use sqlx::Connection;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undelivered_mail_is_shown_on_its_task() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE account SET email = 'ib@school.example' WHERE gebruikersnaam = 'ib'")
        .execute(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    // A mail server that is not there: a port nobody listens on.
    let poort = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let dicht = crate::smtp::instelling_op(poort, "https://passend.example");
    let cookie = sign_in(store, "ib").await;
    let voor = get(store, "/mijn-werk", Some(&cookie)).await;
    assert!(!voor.body.contains("e-mail hierover niet bezorgd"));
    let ronde = meld_taken(store, &dicht, &Procedure::default())
        .await
        .unwrap();
    assert!(ronde.direct > 0);
    let wachtrij = store.mail().onbezorgd().await.unwrap();
    assert_eq!(
        wachtrij.len(),
        ronde.direct,
        "every mail waits to be retried"
    );
    assert!(
        wachtrij
            .iter()
            .all(|(aan, _, _, fout)| aan == "ib@school.example" && fout.is_some())
    );
    let na = get(store, "/mijn-werk", Some(&cookie)).await;
    let rijen = na.body.matches("<tr class=\"taak").count();
    let gemeld = na.body.matches("e-mail hierover niet bezorgd").count();
    assert_eq!(
        (gemeld, rijen),
        (ronde.direct, ronde.direct),
        "on every announced task"
    );
    db.finish().await;
}
