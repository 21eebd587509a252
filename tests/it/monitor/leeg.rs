//! The monitor on an empty store, and its documentation.

use super::*;

/// The counting SQL and the secret on both databases (an empty region: every figure zero).
async fn monitor_on_an_empty_store(db: &TestDb) {
    let store = &db.store;
    let today = jiff::civil::date(2026, 11, 22);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let systeem: i64 = sqlx::query("SELECT id FROM account WHERE gebruikersnaam = 'systeem'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    raw.close().await.unwrap();
    let wie = |rol, scope: Option<&str>| Verzoeker {
        account_id: systeem,
        kijker: Kijker {
            rol,
            scope: scope.map(str::to_string),
        },
    };
    let sj = Schooljaar::starting_in(2026);
    let m = store
        .monitor()
        .monitor(&wie(Rol::Inspectie, None), sj, None, 10, today)
        .await
        .unwrap();
    assert_eq!(m.indicatoren.len(), 10);
    assert!(m.indicatoren.iter().all(|i| !i.tabel.heeft_onderdrukking()));
    assert!(
        store
            .monitor()
            .monitor(&wie(Rol::School, Some("90AA00")), sj, None, 10, today)
            .await
            .is_err()
    );
    let regels = store
        .monitor()
        .onderzoeksextract(&wie(Rol::Ministerie, None), sj, today, "/monitor/onderzoek")
        .await
        .unwrap();
    assert!(regels.is_empty());
    assert!(
        store
            .monitor()
            .onderzoeksextract(&wie(Rol::Inspectie, None), sj, today, "/monitor/onderzoek")
            .await
            .is_err(),
        "only the ministerie"
    );
}

contract_db!(monitor_on_an_empty_store);

#[tokio::test]
async fn the_monitor_is_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    for pad in ["/monitor", "/monitor/{code}"] {
        let get = &doc["paths"][pad]["get"];
        assert_eq!(get["tags"][0], "monitor", "{pad}");
        let ok = &get["responses"]["200"]["content"]["application/json"];
        let voorbeeld = ok["example"].to_string();
        assert!(
            voorbeeld.contains("\"onderdrukt\":true") && voorbeeld.contains("<10"),
            "{pad}: {voorbeeld}"
        );
        assert!(get["responses"]["400"]["content"]["application/problem+json"].is_object());
    }
    db.finish().await;
}
