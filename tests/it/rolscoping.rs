//! Role scoping decided in the store, not only in the web layer: the audit log, the
//! zorgplicht signals, an SWV's register of deskundigen and the progress per SWV refuse
//! every caller their pages refuse.

use passend_domain::monitor::Cel;
use passend_domain::{Kijker, Rol};
use passend_store::{StoreError, Verzoeker};

pub(crate) fn wie(rol: Rol, scope: Option<&str>) -> Verzoeker {
    Verzoeker {
        account_id: 1,
        kijker: Kijker {
            rol,
            scope: scope.map(String::from),
        },
    }
}

/// Every role with a scope of its kind in the demo region.
fn iedereen() -> Vec<Verzoeker> {
    vec![
        wie(Rol::School, Some("90AA00")),
        wie(Rol::Bestuur, Some("90001")),
        wie(Rol::Swv, Some("PO2605")),
        wie(Rol::Opr, Some("PO2605")),
        wie(Rol::Leerplicht, Some("0353")),
        wie(Rol::Ouder, Some("5")),
        wie(Rol::Deskundige, Some("1")),
        wie(Rol::Inspectie, None),
        wie(Rol::Ministerie, None),
        wie(Rol::Beheerder, None),
    ]
}

fn geweigerd<T: std::fmt::Debug>(r: Result<T, StoreError>, wat: &str, w: &Verzoeker) {
    assert!(
        matches!(r, Err(StoreError::NietGevonden { .. })),
        "{wat} must refuse {:?}: {r:?}",
        w.kijker
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoek_audit_only_for_beheerder() {
    let db = crate::support::demo_sqlite().await;
    for w in iedereen() {
        let r = db.store.zoek_audit(&w, &Default::default(), 1, 5).await;
        if w.kijker.rol == Rol::Beheerder {
            r.unwrap();
        } else {
            geweigerd(r, "zoek_audit", &w);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aanmeldsignalen_only_for_national_supervision() {
    let db = crate::support::demo_sqlite().await;
    let today = passend_web::vandaag();
    for w in iedereen() {
        let r = db.store.aanmeldingen().aanmeldsignalen(&w, today).await;
        if matches!(w.kijker.rol, Rol::Inspectie | Rol::Ministerie) {
            assert!(!r.unwrap().is_empty());
        } else {
            geweigerd(r, "aanmeldsignalen", &w);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deskundigen_only_for_the_swvs_own_staff() {
    let db = crate::support::demo_sqlite().await;
    for w in iedereen() {
        let r = db.store.tlvs().deskundigen(&w, "PO2605").await;
        if w.kijker.rol == Rol::Swv {
            r.unwrap();
        } else {
            geweigerd(r, "deskundigen", &w);
        }
    }
    // Staff of another SWV do not get this one's register.
    geweigerd(
        db.store
            .tlvs()
            .deskundigen(&wie(Rol::Swv, Some("VO2605")), "PO2605")
            .await,
        "deskundigen",
        &wie(Rol::Swv, Some("VO2605")),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn langer_dan_drie_maanden_per_swv_scoped_and_protected() {
    let db = crate::support::demo_sqlite().await;
    let today = passend_web::vandaag();
    let mut gezien = std::collections::BTreeMap::new();
    for w in iedereen() {
        let r = db
            .store
            .thuiszitters()
            .langer_dan_drie_maanden_per_swv(&w, today)
            .await;
        match w.kijker.rol {
            Rol::Swv | Rol::Opr | Rol::Inspectie | Rol::Ministerie => {
                gezien.insert(w.kijker.rol, r.unwrap());
            }
            _ => geweigerd(r, "langer_dan_drie_maanden_per_swv", &w),
        }
    }
    // Staff and OPR see only their own SWV; national supervision every SWV.
    for rol in [Rol::Swv, Rol::Opr] {
        assert!(gezien[&rol].iter().all(|(swv, _, _)| swv == "PO2605"));
    }
    let eigen = &gezien[&Rol::Swv];
    assert!(eigen.iter().all(|(_, _, c)| matches!(c, Cel::Getoond(_))));
    // The OPR gets the same rows as its staff, small counts hidden.
    let opr = &gezien[&Rol::Opr];
    assert_eq!(eigen.len(), opr.len());
    for ((_, _, exact), (_, _, beschermd)) in eigen.iter().zip(opr) {
        let Cel::Getoond(n) = exact else {
            unreachable!()
        };
        assert_eq!(
            *beschermd,
            passend_store::monitor::enkel_getal(*n, true),
            "{exact:?}"
        );
    }
    assert_eq!(gezien[&Rol::Inspectie], gezien[&Rol::Ministerie]);
    assert!(gezien[&Rol::Inspectie].len() >= opr.len());
}
