//! The storage contract: every test runs on SQLite and on PostgreSQL.

use crate::support::{TestDb, contract};
use jiff::civil::date;
use passend_domain::{
    Brin, Bsn, Inschrijving, Leerling, Naam, Postcode, Rol, Schoolsoort, SwvCode, VestigingCode,
};
use passend_store::{AccountRol, LeerlingId, NewAccount, NewVestiging, Store, StoreError};

contract!(
    reference_data_is_loaded,
    vestiging_swv_follows_from_postcode,
    pupil_dossier_has_woon_swv_and_history,
    unknown_postcode_is_refused_and_nothing_stored,
    duplicate_bsn_is_a_conflict,
    overlapping_enrolment_is_refused,
    accounts_verify_passwords,
    demo_region_is_complete,
);

const TODAY: jiff::civil::Date = date(2026, 11, 22);

pub(crate) async fn school_with_vestiging(
    store: &Store,
    code: &str,
    postcode: &str,
    soort: Schoolsoort,
) -> SwvCode {
    let vestiging = VestigingCode::parse(code).unwrap();
    // A distinct 5-digit bevoegd-gezagnummer per BRIN.
    let b = code.as_bytes();
    let nummer = format!(
        "{}{:03}",
        &code[..2],
        u32::from(b[2] - b'A') * 26 + u32::from(b[3] - b'A')
    );
    let bestuur = store
        .create_bestuur(&nummer, "Stichting Test")
        .await
        .unwrap();
    store
        .create_school(&vestiging.brin(), "Testschool", bestuur)
        .await
        .unwrap();
    store
        .create_vestiging(&NewVestiging {
            code: vestiging,
            naam: "Testschool".into(),
            schoolsoort: soort,
            postcode: Postcode::parse(postcode).unwrap(),
            plaats: "Nieuwegein".into(),
            swv: None,
        })
        .await
        .unwrap()
}

pub(crate) fn pupil(bsn: &str, postcode: &str) -> Leerling {
    Leerling::new(
        Naam::new("Sanne", Some("van den"), "Berg").unwrap(),
        date(2016, 5, 3),
        Postcode::parse(postcode).unwrap(),
        Some(Bsn::parse(bsn).unwrap()),
        None,
        TODAY,
    )
    .unwrap()
}

async fn reference_data_is_loaded(store: &Store) {
    let o = store.overzicht().await.unwrap();
    assert_eq!(o.swvs, 150);
    assert_eq!(o.leerlingen, 0);
    let swvs = store.list_swvs().await.unwrap();
    let po2605 = swvs.iter().find(|s| s.code == "PO2605").unwrap();
    assert_eq!((po2605.gemeenten, po2605.postcodes), (5, 33));
    // A gemeente split over two PO-SWVs shows part of its postcodes in each.
    let detail = store.swv(&SwvCode::parse("PO2808").unwrap()).await.unwrap();
    let rotterdam = detail
        .gemeenten
        .iter()
        .find(|g| g.1 == "Rotterdam")
        .unwrap();
    assert!(rotterdam.2 < rotterdam.3, "{rotterdam:?}");
    let missing = store.swv(&SwvCode::parse("PO9999").unwrap()).await;
    assert!(matches!(missing, Err(StoreError::NietGevonden { .. })));
}

async fn vestiging_swv_follows_from_postcode(store: &Store) {
    assert_eq!(
        school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao)
            .await
            .as_str(),
        "PO2605"
    );
    assert_eq!(
        school_with_vestiging(store, "12AC00", "3431AB", Schoolsoort::Vo)
            .await
            .as_str(),
        "VO2605"
    );
    // An explicit SWV of the wrong sector is refused.
    let wrong = store
        .create_vestiging(&NewVestiging {
            code: VestigingCode::parse("12AB01").unwrap(),
            naam: "Dependance".into(),
            schoolsoort: Schoolsoort::Bao,
            postcode: Postcode::parse("3431AB").unwrap(),
            plaats: "Nieuwegein".into(),
            swv: Some(SwvCode::parse("VO2605").unwrap()),
        })
        .await;
    assert!(matches!(wrong, Err(StoreError::Ongeldig(_))));
    let detail = store
        .vestiging(&VestigingCode::parse("12AB00").unwrap())
        .await
        .unwrap();
    assert_eq!(detail.vestiging.swv_code, "PO2605");
    assert!(!detail.swv_handmatig);
}

async fn pupil_dossier_has_woon_swv_and_history(store: &Store) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "34CD00", "3431AB", Schoolsoort::Sbo).await;
    // Lives in Utrecht (PO2601 area), goes to school in Nieuwegein.
    let id = store
        .create_leerling(&pupil("111222333", "3511AB"))
        .await
        .unwrap();
    let bao = VestigingCode::parse("12AB00").unwrap();
    let sbo = VestigingCode::parse("34CD00").unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(bao.clone(), date(2020, 5, 4), Some(date(2024, 8, 18))).unwrap(),
        )
        .await
        .unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(sbo.clone(), date(2024, 8, 19), None).unwrap(),
        )
        .await
        .unwrap();
    let d = store.leerling_dossier(id).await.unwrap();
    assert_eq!(d.leerling.naam, "Sanne van den Berg");
    assert_eq!(d.woon_swv.po.as_str(), "PO2601");
    assert_eq!(d.gemeente, "Utrecht");
    assert_eq!(d.bsn_masked.as_deref(), Some("••••••333"));
    assert_eq!(d.inschrijvingen.len(), 2);
    assert_eq!(d.inschrijvingen[0].vestiging_code, "34CD00");
    let now = store.leerlingen_van_vestiging(&sbo, TODAY).await.unwrap();
    assert_eq!(now.iter().map(|l| l.id).collect::<Vec<_>>(), vec![id]);
    assert!(
        store
            .leerlingen_van_vestiging(&bao, TODAY)
            .await
            .unwrap()
            .is_empty()
    );
    let missing = store.leerling_dossier(LeerlingId(id.0 + 1000)).await;
    assert!(matches!(missing, Err(StoreError::NietGevonden { .. })));
}

async fn unknown_postcode_is_refused_and_nothing_stored(store: &Store) {
    let err = store
        .create_leerling(&pupil("111222333", "1000AA"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "postcode 1000 komt niet voor in de regio-indeling van de samenwerkingsverbanden"
    );
    let europoort = store
        .create_leerling(&pupil("111222333", "3197AA"))
        .await
        .unwrap_err();
    assert!(europoort.to_string().contains("Europoort"));
    assert_eq!(store.overzicht().await.unwrap().leerlingen, 0);
}

async fn duplicate_bsn_is_a_conflict(store: &Store) {
    store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let err = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert!(!err.to_string().contains("111222333"));
    assert_eq!(store.overzicht().await.unwrap().leerlingen, 1);
}

async fn overlapping_enrolment_is_refused(store: &Store) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "34CD00", "3431AB", Schoolsoort::Bao).await;
    let id = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let a = VestigingCode::parse("12AB00").unwrap();
    let b = VestigingCode::parse("34CD00").unwrap();
    store
        .add_inschrijving(id, Inschrijving::new(a, date(2020, 5, 4), None).unwrap())
        .await
        .unwrap();
    let err = store
        .add_inschrijving(
            id,
            Inschrijving::new(b.clone(), date(2024, 8, 19), None).unwrap(),
        )
        .await;
    assert!(
        matches!(err, Err(StoreError::Ongeldig(ref m)) if m.contains("overlapt")),
        "{err:?}"
    );
    let unknown = store
        .add_inschrijving(
            id,
            Inschrijving::new(
                VestigingCode::parse("99ZZ00").unwrap(),
                date(2030, 1, 1),
                None,
            )
            .unwrap(),
        )
        .await;
    assert!(matches!(unknown, Err(StoreError::NietGevonden { .. })));
    assert_eq!(
        store
            .leerling_dossier(id)
            .await
            .unwrap()
            .inschrijvingen
            .len(),
        1
    );
    let _ = Brin::parse("12AB").unwrap();
}

async fn accounts_verify_passwords(store: &Store) {
    let new = NewAccount {
        gebruikersnaam: "ib".into(),
        weergavenaam: "Intern begeleider".into(),
        wachtwoord: "correct horse battery".into(),
        rollen: vec![AccountRol {
            rol: Rol::Swv,
            scope: Some("PO2605".into()),
        }],
    };
    store.create_account(&new).await.unwrap();
    let ok = store
        .verify_password("ib", "correct horse battery")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ok.rollen[0].rol, Rol::Swv);
    assert!(
        store
            .verify_password("ib", "wrong horse battery")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .verify_password("nobody", "correct horse battery")
            .await
            .unwrap()
            .is_none()
    );
    let dup = store.create_account(&new).await.unwrap_err();
    assert!(matches!(dup, StoreError::Conflict(_)));
    let short = NewAccount {
        gebruikersnaam: "x".into(),
        wachtwoord: "kort".into(),
        ..new.clone()
    };
    assert!(matches!(
        store.create_account(&short).await,
        Err(StoreError::Ongeldig(_))
    ));
    let unscoped = NewAccount {
        gebruikersnaam: "y".into(),
        rollen: vec![AccountRol {
            rol: Rol::School,
            scope: None,
        }],
        ..new
    };
    assert!(matches!(
        store.create_account(&unscoped).await,
        Err(StoreError::Ongeldig(_))
    ));
}

async fn demo_region_is_complete(store: &Store) {
    let report = store.create_demo().await.unwrap();
    assert_eq!(report.leerlingen, 15_000);
    assert_eq!(report.vestigingen, 61, "with the EDEXML example school");
    assert!(matches!(
        store.create_demo().await,
        Err(StoreError::NietLeeg)
    ));
    let o = store.overzicht().await.unwrap();
    assert_eq!((o.leerlingen, o.vestigingen, o.besturen), (15_000, 61, 7));
    assert_eq!(o.ouders as usize, report.ouders);
    // Every role has an account that can sign in with the printed password.
    for rol in Rol::ALL {
        let a = report
            .accounts
            .iter()
            .find(|a| a.rol == rol)
            .unwrap_or_else(|| panic!("{rol}"));
        let account = store
            .verify_password(&a.gebruikersnaam, &a.wachtwoord)
            .await
            .unwrap();
        assert!(account.is_some(), "{}", a.gebruikersnaam);
    }
    // All sorts are there; special education is a few percent.
    let vestigingen = store.list_vestigingen(None).await.unwrap();
    for soort in Schoolsoort::ALL {
        assert!(
            vestigingen.iter().any(|v| v.schoolsoort == soort.as_str()),
            "{soort}"
        );
    }
    // Every demo school has enough pupils for its count to be published as it is.
    let n = |v: &passend_store::VestigingRegel| v.leerlingen.waarde().expect("a large school");
    let special: u64 = vestigingen
        .iter()
        .filter(|v| matches!(v.schoolsoort.as_str(), "sbo" | "so" | "vso"))
        .map(n)
        .sum();
    let enrolled: u64 = vestigingen.iter().map(n).sum();
    // One pupil left school without a new one: the demo's absoluut-verzuim case.
    assert_eq!(enrolled, 14_999);
    assert_eq!(report.zaken, 7);
    assert_eq!(report.aanmeldingen, 7);
    assert!(
        (2..=8).contains(&(special * 100 / enrolled)),
        "{special} of {enrolled}"
    );
    let po = store.swv(&SwvCode::parse("PO2605").unwrap()).await.unwrap();
    let woonachtig = po.woonachtig.waarde().unwrap();
    assert!(woonachtig > 14_000 && woonachtig < 15_000, "{woonachtig}");
}

#[tokio::test]
async fn sqlite_runs_with_foreign_keys_and_wal() {
    let db = TestDb::sqlite().await;
    assert!(db.store.foreign_keys_enforced().await.unwrap());
    assert_eq!(
        db.store.journal_mode().await.unwrap().as_deref(),
        Some("wal")
    );
    db.finish().await;
}

#[tokio::test]
async fn both_migration_histories_give_the_same_columns() {
    let Some(pg) = TestDb::postgres("both_migration_histories_give_the_same_columns").await else {
        return;
    };
    let lite = TestDb::sqlite().await;
    let mut a = lite.store.schema_columns().await.unwrap();
    let mut b = pg.store.schema_columns().await.unwrap();
    a.sort();
    b.sort();
    assert!(a.len() > 40);
    assert_eq!(a, b);
    lite.finish().await;
    pg.finish().await;
}

#[tokio::test]
async fn demo_is_deterministic() {
    let (one, two) = (TestDb::sqlite().await, TestDb::sqlite().await);
    let (a, b) = (
        one.store.create_demo().await.unwrap(),
        two.store.create_demo().await.unwrap(),
    );
    assert_eq!(a.ouders, b.ouders);
    for id in [1, 777, 15_000] {
        let (x, y) = (
            one.store.leerling_dossier(LeerlingId(id)).await.unwrap(),
            two.store.leerling_dossier(LeerlingId(id)).await.unwrap(),
        );
        assert_eq!(format!("{x:?}"), format!("{y:?}"));
    }
    one.finish().await;
    two.finish().await;
}

mod toegang {
    //! Access below the web layer: lock-out, the audit log's guarantees, scoped lists.

    use crate::support::{TestDb, contract, contract_db};
    use passend_domain::{Kijker, Rol};
    use passend_store::{AanmeldUitkomst, AccountRol, LeerlingId, NewAccount, Store, Verzoeker};
    use sqlx::{Connection, Executor};

    contract!(sign_in_locks_out_after_five_failures);
    contract_db!(audit_log_is_append_only_and_purged_after_retention);

    async fn account(store: &Store, naam: &str, rol: Rol, scope: Option<&str>) -> i64 {
        store
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
            store.aanmelden("IB", "een lang wachtwoord").await.unwrap(),
            AanmeldUitkomst::Gelukt(_)
        ));
        for _ in 0..5 {
            assert_eq!(
                store.aanmelden("ib", "fout").await.unwrap(),
                AanmeldUitkomst::Onjuist
            );
        }
        // Now even the right password is refused until the window has passed.
        let locked = store.aanmelden("ib", "een lang wachtwoord").await.unwrap();
        assert!(
            matches!(locked, AanmeldUitkomst::Geblokkeerd { .. }),
            "{locked:?}"
        );
        // Unknown names are counted the same way, so the answer reveals nothing.
        for _ in 0..5 {
            assert_eq!(
                store.aanmelden("niemand", "fout").await.unwrap(),
                AanmeldUitkomst::Onjuist
            );
        }
        assert!(matches!(
            store.aanmelden("niemand", "fout").await.unwrap(),
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
}
