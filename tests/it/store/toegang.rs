//! Access below the web layer: lock-out, the audit log's guarantees, scoped lists.

use crate::support::{TestDb, contract, contract_db};
use passend_domain::{Kijker, Rol};
use passend_store::{AanmeldUitkomst, AccountRol, LeerlingId, NewAccount, Store, Verzoeker};
use sqlx::{Connection, Executor};

contract!(sign_in_locks_out_after_five_failures);
contract_db!(audit_log_is_append_only_and_purged_after_retention);

async fn account(store: &Store, naam: &str, rol: Rol, scope: Option<&str>) -> i64 {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: "een lang wachtwoord".into(),
            rollen: vec![AccountRol {
                rol,
                scope: scope.map(String::from),
            }],
        })
        .await
        .unwrap()
}

async fn sign_in_locks_out_after_five_failures(store: &Store) {
    account(store, "ib", Rol::Beheerder, None).await;
    assert!(matches!(
        store
            .accounts()
            .aanmelden("IB", "een lang wachtwoord")
            .await
            .unwrap(),
        AanmeldUitkomst::Gelukt(_)
    ));
    for _ in 0..5 {
        assert_eq!(
            store.accounts().aanmelden("ib", "fout").await.unwrap(),
            AanmeldUitkomst::Onjuist
        );
    }
    // Now even the right password is refused until the window has passed.
    let locked = store
        .accounts()
        .aanmelden("ib", "een lang wachtwoord")
        .await
        .unwrap();
    assert!(
        matches!(locked, AanmeldUitkomst::Geblokkeerd { .. }),
        "{locked:?}"
    );
    // Unknown names are counted the same way, so the answer reveals nothing.
    for _ in 0..5 {
        assert_eq!(
            store.accounts().aanmelden("niemand", "fout").await.unwrap(),
            AanmeldUitkomst::Onjuist
        );
    }
    assert!(matches!(
        store.accounts().aanmelden("niemand", "fout").await.unwrap(),
        AanmeldUitkomst::Geblokkeerd { .. }
    ));
}

async fn audit_log_is_append_only_and_purged_after_retention(db: &TestDb) {
    let store = &db.store;
    let id = account(store, "lpa", Rol::Leerplicht, Some("0356")).await;
    let wie = Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol: Rol::Leerplicht,
            scope: Some("0356".into()),
        },
    };
    // A list read is logged, even when the list is empty.
    let today = jiff::civil::date(2026, 11, 22);
    store
        .leerlingen_voor(&wie, today, 1, 10, "/test")
        .await
        .unwrap();
    let (rows, total) = store
        .zoek_audit(&crate::support::beheerder(), &Default::default(), 1, 10)
        .await
        .unwrap();
    assert_eq!(total, 1);
    assert_eq!(rows[0].actie, "lezen-lijst");
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let update = raw.execute("UPDATE audit_log SET actie = 'niets'").await;
    assert!(
        update.is_err(),
        "the database must refuse to change the audit log"
    );
    raw.execute(sqlx::AssertSqlSafe(format!(
        "INSERT INTO audit_log (tijdstip, account_id, rol, actie, route) VALUES ('2020-01-01T00:00:00Z', {id}, 'leerplicht', 'lezen', '/oud')"
    )))
    .await
    .unwrap();
    raw.close().await.unwrap();
    assert_eq!(
        store
            .zoek_audit(&crate::support::beheerder(), &Default::default(), 1, 10)
            .await
            .unwrap()
            .1,
        2
    );
    assert_eq!(store.purge_audit(365).await.unwrap(), 1);
    let (rows, total) = store
        .zoek_audit(&crate::support::beheerder(), &Default::default(), 1, 10)
        .await
        .unwrap();
    assert_eq!((total, rows[0].route.as_str()), (1, "/test"));
    let _ = LeerlingId(0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scoped_list_and_single_check_agree() {
    let db = crate::support::demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let scopes = [
        (Rol::School, Some("90AA00")),
        (Rol::Bestuur, Some("90001")),
        (Rol::Swv, Some("VO2605")),
        (Rol::Leerplicht, Some("0353")),
        (Rol::Ouder, Some("5")),
        (Rol::Inspectie, None),
    ];
    for (rol, scope) in scopes {
        let wie = Verzoeker {
            account_id: 1,
            kijker: Kijker {
                rol,
                scope: scope.map(String::from),
            },
        };
        let (list, total) = store
            .leerlingen_voor(&wie, today, 1, 100_000, "/test")
            .await
            .unwrap();
        assert_eq!(list.len() as i64, total);
        let listed: std::collections::BTreeSet<i64> = list.iter().map(|l| l.id.0).collect();
        for id in (1..=15_000).step_by(97) {
            let single = store
                .dossier_voor(&wie, LeerlingId(id), today, "/test")
                .await
                .is_ok();
            assert_eq!(single, listed.contains(&id), "{rol:?} {scope:?} pupil {id}");
        }
    }
    db.finish().await;
}
