//! The thuiszitter register on both databases: opening cases within the scope, the clock
//! that escalates without anyone acting (and logs it), and the binding decision.

use crate::store::{pupil, school_with_vestiging};
use crate::support::contract;
use jiff::ToSpan;
use jiff::civil::date;
use passend_domain::thuiszitters::{Escalatieladder, Soort, Stap};
use passend_domain::{Inschrijving, Kijker, Rol, Schoolsoort, SwvCode, VestigingCode};
use passend_store::{AccountRol, NewAccount, Store, StoreError, Verzoeker};

contract!(
    escalation_moves_up_by_itself_and_is_logged,
    cases_respect_scope_and_rules
);

async fn as_role(store: &Store, naam: &str, rol: Rol, scope: Option<&str>) -> Verzoeker {
    let id = store
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
        .unwrap();
    Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol,
            scope: scope.map(String::from),
        },
    }
}

/// A pupil enrolled at a bao in Nieuwegein (PO2605), and accounts around it.
async fn setup(store: &Store) -> (passend_store::LeerlingId, Verzoeker, Verzoeker) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    let id = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let bao = VestigingCode::parse("12AB00").unwrap();
    store
        .add_inschrijving(id, Inschrijving::new(bao, date(2020, 5, 4), None).unwrap())
        .await
        .unwrap();
    let school = as_role(store, "ib", Rol::School, Some("12AB00")).await;
    let swv = as_role(store, "swv", Rol::Swv, Some("PO2605")).await;
    (id, school, swv)
}

async fn escalation_moves_up_by_itself_and_is_logged(store: &Store) {
    let (id, school, swv) = setup(store).await;
    let ladder = Escalatieladder::new(vec![
        Stap {
            naam: "Team".into(),
            eigenaar: "ondersteuningsteam".into(),
            weken: 2,
        },
        Stap {
            naam: "Directeur".into(),
            eigenaar: "directeur SWV".into(),
            weken: 1,
        },
        Stap {
            naam: "Commissie".into(),
            eigenaar: "commissie met de wethouder".into(),
            weken: 1,
        },
    ])
    .unwrap();
    store
        .thuiszitters()
        .set_ladder(&swv, &SwvCode::parse("PO2605").unwrap(), &ladder)
        .await
        .unwrap();
    let day0 = date(2026, 11, 2);
    let zaak = store
        .thuiszitters()
        .open_zaak(
            &school,
            id,
            Soort::LangdurigRelatiefVerzuim,
            date(2026, 10, 1),
            day0,
            "/t",
        )
        .await
        .unwrap();
    let z = store
        .thuiszitters()
        .zaak_voor(&swv, zaak, day0, "/t")
        .await
        .unwrap();
    assert_eq!((z.stap, z.deadline), (0, date(2026, 11, 16)));
    // On the deadline nothing moves; the day after, the clock moves it without anyone acting.
    assert_eq!(
        store
            .thuiszitters()
            .escaleer_zaken(date(2026, 11, 16))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .thuiszitters()
            .escaleer_zaken(date(2026, 11, 17))
            .await
            .unwrap(),
        1
    );
    let z = store
        .thuiszitters()
        .zaak_voor(&swv, zaak, date(2026, 11, 17), "/t")
        .await
        .unwrap();
    assert_eq!(
        (z.stap, z.stap_naam.as_str(), z.deadline),
        (1, "Directeur", date(2026, 11, 23))
    );
    let notes = store.thuiszitters().notificaties(&swv).await.unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].aan, "directeur SWV");
    assert_eq!(notes[0].zaak_id, Some(zaak));
    let (log, _) = store
        .zoek_audit(
            &crate::support::beheerder(),
            &passend_store::AuditFilter {
                gebruikersnaam: Some("systeem".into()),
                ..Default::default()
            },
            1,
            10,
        )
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].actie.as_str(), log[0].wijzigingen.as_deref()),
        ("wijzigen", Some("escalatiestap"))
    );
    // The binding decision only at the last step, and only by the SWV.
    let early = store
        .thuiszitters()
        .neem_besluit(
            &swv,
            zaak,
            "Plaatsing op school X",
            date(2026, 11, 17),
            "/t",
        )
        .await;
    assert!(
        matches!(early, Err(StoreError::Ongeldig(ref m)) if m.contains("laatste stap")),
        "{early:?}"
    );
    assert_eq!(
        store
            .thuiszitters()
            .escaleer_zaken(date(2026, 11, 24))
            .await
            .unwrap(),
        1
    );
    let by_school = store
        .thuiszitters()
        .neem_besluit(&school, zaak, "x", date(2026, 11, 24), "/t")
        .await;
    assert!(matches!(by_school, Err(StoreError::Ongeldig(_))));
    // Past the last deadline the case stays at the last step and is flagged.
    store
        .thuiszitters()
        .escaleer_zaken(date(2026, 12, 2))
        .await
        .unwrap();
    let z = store
        .thuiszitters()
        .zaak_voor(&swv, zaak, date(2026, 12, 2), "/t")
        .await
        .unwrap();
    assert!(z.laatste_stap && z.besluit_te_laat);
    assert!(
        z.langer_dan_drie_maanden
            == (date(2026, 12, 2) > date(2026, 10, 1).saturating_add(3.months()))
    );
    store
        .thuiszitters()
        .neem_besluit(
            &swv,
            zaak,
            "Plaatsing op school X vanaf 7 december",
            date(2026, 12, 2),
            "/t",
        )
        .await
        .unwrap();
    let z = store
        .thuiszitters()
        .zaak_voor(&swv, zaak, date(2026, 12, 2), "/t")
        .await
        .unwrap();
    // A decision is a step of the case, not its end: open until the child attends again.
    assert_eq!(z.opgelost_op, None);
    assert_eq!(
        z.besluit.as_deref(),
        Some("Plaatsing op school X vanaf 7 december")
    );
    assert_eq!(
        store
            .thuiszitters()
            .escaleer_zaken(date(2027, 1, 1))
            .await
            .unwrap(),
        0,
        "a decided case stays put"
    );
}

async fn cases_respect_scope_and_rules(store: &Store) {
    let (id, school, swv) = setup(store).await;
    let today = date(2026, 11, 2);
    let other_school = as_role(store, "ander", Rol::School, Some("99ZZ00")).await;
    let ouder = as_role(store, "ouder", Rol::Ouder, Some("1")).await;
    let leerplicht_elders = as_role(store, "lp", Rol::Leerplicht, Some("0321")).await;
    for who in [&other_school, &ouder, &leerplicht_elders] {
        let refused = store
            .thuiszitters()
            .open_zaak(
                who,
                id,
                Soort::LangdurigRelatiefVerzuim,
                date(2026, 10, 1),
                today,
                "/t",
            )
            .await;
        assert!(
            matches!(refused, Err(StoreError::NietGevonden { .. })),
            "{:?}",
            who.kijker
        );
    }
    let future = store
        .thuiszitters()
        .open_zaak(
            &school,
            id,
            Soort::LangdurigRelatiefVerzuim,
            date(2026, 12, 1),
            today,
            "/t",
        )
        .await;
    assert!(matches!(future, Err(StoreError::Ongeldig(_))));
    let zaak = store
        .thuiszitters()
        .open_zaak(
            &swv,
            id,
            Soort::LangdurigRelatiefVerzuim,
            date(2026, 10, 1),
            today,
            "/t",
        )
        .await
        .unwrap();
    let twice = store
        .thuiszitters()
        .open_zaak(
            &school,
            id,
            Soort::LangdurigRelatiefVerzuim,
            date(2026, 10, 1),
            today,
            "/t",
        )
        .await;
    assert!(matches!(twice, Err(StoreError::Conflict(_))));
    assert!(
        store
            .thuiszitters()
            .zaak_voor(&other_school, zaak, today, "/t")
            .await
            .is_err()
    );
    assert!(
        store
            .thuiszitters()
            .zaak_voor(&leerplicht_elders, zaak, today, "/t")
            .await
            .is_err()
    );
    assert_eq!(
        store
            .thuiszitters()
            .zaken_voor(&school, today, "/t")
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(
        store
            .thuiszitters()
            .zaken_voor(&other_school, today, "/t")
            .await
            .unwrap()
            .is_empty()
    );
    store
        .thuiszitters()
        .werk_zaak_bij(
            &school,
            zaak,
            Some("Rooster op maat"),
            Some(date(2026, 10, 20)),
            today,
            "/t",
        )
        .await
        .unwrap();
    let bad = store
        .thuiszitters()
        .los_zaak_op(&school, zaak, date(2026, 9, 1), today, "/t")
        .await;
    assert!(
        matches!(bad, Err(StoreError::Ongeldig(_))),
        "before the first day at home"
    );
    store
        .thuiszitters()
        .los_zaak_op(&school, zaak, date(2026, 11, 1), today, "/t")
        .await
        .unwrap();
    let z = store
        .thuiszitters()
        .zaak_voor(&school, zaak, today, "/t")
        .await
        .unwrap();
    assert_eq!(
        (z.plan.as_deref(), z.aanbod_datum, z.dagen_thuis),
        (Some("Rooster op maat"), Some(date(2026, 10, 20)), 32)
    );
    // Absoluut verzuim: the pupil left school; the case goes to the woon-SWV and the SWV
    // sees the pupil through it although the pupil is at none of its schools.
    let lp = as_role(store, "lpn", Rol::Leerplicht, Some("0356")).await;
    let leaver = store
        .create_leerling(&pupil("123456782", "3431AB"))
        .await
        .unwrap();
    let vo_swv = as_role(store, "swvvo", Rol::Swv, Some("VO2605")).await;
    assert!(store.leerling_dossier(leaver).await.is_ok());
    assert!(
        store
            .dossier_voor(&vo_swv, leaver, today, "/t")
            .await
            .is_err()
    );
    let lrv = store
        .thuiszitters()
        .open_zaak(
            &lp,
            leaver,
            Soort::LangdurigRelatiefVerzuim,
            date(2026, 9, 1),
            today,
            "/t",
        )
        .await;
    assert!(matches!(lrv, Err(StoreError::Ongeldig(ref m)) if m.contains("absoluut verzuim")));
    let abs = store
        .thuiszitters()
        .open_zaak(
            &lp,
            leaver,
            Soort::AbsoluutVerzuim,
            date(2026, 9, 1),
            today,
            "/t",
        )
        .await
        .unwrap();
    let z = store
        .thuiszitters()
        .zaak_voor(&lp, abs, today, "/t")
        .await
        .unwrap();
    assert_eq!(
        z.swv_code, "PO2605",
        "a child of 10 belongs to the PO woon-SWV"
    );
    let po = as_role(store, "swvpo2", Rol::Swv, Some("PO2605")).await;
    assert!(store.dossier_voor(&po, leaver, today, "/t").await.is_ok());
}
