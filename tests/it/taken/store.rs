//! Each kind of task for the organisation whose step it is, with the deadline the law or the
//! procedure gives, gone once the step is done, and invisible to every other organisation.

use super::*;
use jiff::ToSpan;
use passend_domain::zorgplicht::Besluit;
use sqlx::{Connection, Row};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_is_the_task_of_its_organisation_until_the_step_is_done() {
    for db in demo_dbs("each_kind_is_the_task_of_its_organisation").await {
        aanmelding(&db.store, &db.url).await;
        super::store_stappen::tlv_en_advies(&db.store).await;
        super::store_stappen::arrangement_en_escalatie(&db.store, &db.url).await;
        super::store_stappen::verzuim(&db.store, &db.url).await;
        db.finish().await;
    }
}

/// The open registrations of the demo school: the school's task, due 6 weeks after receipt
/// or at the end of the extension (WPO art. 40 lid 6); read independently in SQL.
async fn aanmelding(store: &Store, url: &str) {
    let today = passend_web::vandaag();
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let mut verwacht: Vec<(String, Option<Date>)> = sqlx::query(
        "SELECT id, ontvangen, verlenging_weken FROM aanmelding WHERE vestiging_code = '90AA00' \
         AND besluit IS NULL AND ingetrokken_op IS NULL",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| {
        let ontvangen: Date = r.get::<String, _>(1).parse().unwrap();
        let weken = 6 + r.get::<Option<i64>, _>(2).unwrap_or(0);
        let id: i64 = r.get(0);
        (
            format!("aanmelding-beslissen:{id}"),
            Some(ontvangen + (weken * 7).days()),
        )
    })
    .collect();
    raw.close().await.unwrap();
    verwacht.sort();
    assert!(verwacht.len() >= 2, "the demo has open registrations");
    let ib = als(store, Rol::School, "90AA00").await;
    assert_eq!(
        sleutels(store, &ib, today, "aanmelding-beslissen").await,
        verwacht
    );
    // Nobody else has them: another school, the bestuur and the SWV read the registration
    // but do not decide it.
    for (rol, scope) in [
        (Rol::School, "90AB00"),
        (Rol::Bestuur, "90001"),
        (Rol::Swv, "PO2605"),
        (Rol::Leerplicht, "0356"),
        (Rol::Inspectie, ""),
    ] {
        let ander = als(store, rol, scope).await;
        assert!(
            sleutels(store, &ander, today, "aanmelding-beslissen")
                .await
                .is_empty(),
            "{rol:?} {scope}"
        );
    }
    // Deciding closes the task; the other registrations stay.
    let id: i64 = verwacht[0].0.rsplit(':').next().unwrap().parse().unwrap();
    let besluit = Besluit::Toegelaten {
        extra_ondersteuning: false,
    };
    store
        .aanmeldingen()
        .beslis_aanmelding(
            &ib,
            id,
            &besluit,
            "wil graag naar deze school",
            today,
            "test",
        )
        .await
        .unwrap();
    let na = sleutels(store, &ib, today, "aanmelding-beslissen").await;
    assert_eq!(na, verwacht[1..].to_vec());
}
