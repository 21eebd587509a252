//! Parents hear of a new decision about their child: one mail per decision taken since their
//! account exists, naming only the kind of decision — not the child.

use super::*;
use crate::smtp::{SmtpServer, tekst};
use passend_web::mail::meld_taken;
use sqlx::{Connection, Row};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parents_are_told_of_a_new_decision_without_the_childs_name() {
    let Some(smtp) = SmtpServer::start("parents_are_told_of_a_new_decision") else {
        return;
    };
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    // The demo parent (ouder 1) with an address, and a child whose TLV was decided after the
    // account was made (the account's start is set back; older decisions are no news).
    let kind: i64 = sqlx::query("SELECT leerling_id FROM tlv WHERE id = 1")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    for sql in [
        "UPDATE account SET email = 'ouder@thuis.example', aangemaakt = '2000-01-01T00:00:00Z' WHERE gebruikersnaam = 'ouder'",
        "INSERT INTO ouder_leerling (ouder_id, leerling_id, relatie) VALUES (1, $1, 'ouder')",
    ] {
        sqlx::query(sql).bind(kind).execute(&mut raw).await.unwrap();
    }
    let mut besluiten = 0;
    for tabel in ["aanmelding", "tlv", "arrangement"] {
        let sql = format!(
            "SELECT CAST(count(*) AS BIGINT) FROM {tabel} x JOIN ouder_leerling o ON o.leerling_id = x.leerling_id WHERE o.ouder_id = 1 AND x.besluit IS NOT NULL"
        );
        besluiten += sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get::<i64, _>(0);
    }
    let r =
        sqlx::query("SELECT voornaam, achternaam, bsn, geboortedatum FROM leerling WHERE id = $1")
            .bind(kind)
            .fetch_one(&mut raw)
            .await
            .unwrap();
    let gevoelig: Vec<String> = [
        r.get(0),
        r.get(1),
        r.get::<Option<String>, _>(2).unwrap_or_default(),
        r.get(3),
    ]
    .into_iter()
    .filter(|s: &String| !s.is_empty())
    .collect();
    raw.close().await.unwrap();
    assert!(besluiten >= 1);
    let ronde = meld_taken(
        store,
        &smtp.instelling("https://passend.example"),
        &Procedure::default(),
    )
    .await
    .unwrap();
    assert_eq!(ronde.direct, usize::try_from(besluiten).unwrap());
    let mails = smtp.wacht_op(ronde.direct).await;
    assert_eq!(mails.len(), ronde.direct);
    for m in &mails {
        assert!(m.contains("To: ouder@thuis.example"));
        let t = tekst(m);
        assert!(t.contains("Een besluit over "), "{t}");
        let kop = m.split("\r\n\r\n").next().unwrap_or(m);
        for g in &gevoelig {
            assert!(
                !t.contains(g.as_str()) && !kop.contains(g.as_str()),
                "{g} in {t}"
            );
        }
    }
    assert!(
        mails
            .iter()
            .any(|m| tekst(m).contains("toelaatbaarheidsverklaring")),
        "the TLV decision"
    );
    db.finish().await;
}
