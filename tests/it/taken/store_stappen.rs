//! The SWV's, the deskundige's and leerplicht's tasks in the demo region (see `store.rs`).

use super::*;
use jiff::ToSpan;
use passend_domain::verzuimmelding::Status;
use passend_store::NieuwAdvies;
use sqlx::{Connection, Row};

async fn rijen(url: &str, sql: &'static str) -> Vec<sqlx::any::AnyRow> {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let r = sqlx::query(sql).fetch_all(&mut raw).await.unwrap();
    raw.close().await.unwrap();
    r
}

/// The open TLV request of the demo: the deciding SWV's task, due 8 weeks after the request
/// (Awb art. 4:13, the procedure's default); each assigned deskundige's own advice, without
/// a term unless the SWV's procedure gives one.
pub(super) async fn tlv_en_advies(store: &Store) {
    let today = passend_web::vandaag();
    let po = als(store, Rol::Swv, "PO2605").await;
    let aangevraagd: Date = store
        .tlvs()
        .tlvs_van_swv(&po, today, "test")
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.id == 2)
        .unwrap()
        .aangevraagd_op;
    let tlv = sleutels(store, &po, today, "tlv-beslissen").await;
    assert_eq!(
        tlv,
        [("tlv-beslissen:2".to_string(), Some(aangevraagd + 56.days()))]
    );
    let vo = als(store, Rol::Swv, "VO2605").await;
    assert!(
        sleutels(store, &vo, today, "tlv-beslissen")
            .await
            .is_empty()
    );
    let een = als(store, Rol::Deskundige, "1").await;
    let drie = als(store, Rol::Deskundige, "3").await;
    let twee = als(store, Rol::Deskundige, "2").await;
    let advies = [("advies-schrijven:2".to_string(), None)];
    assert_eq!(sleutels(store, &een, today, "advies").await, advies);
    assert_eq!(sleutels(store, &drie, today, "advies").await, advies);
    assert!(sleutels(store, &twee, today, "advies").await.is_empty());
    assert!(sleutels(store, &po, today, "advies").await.is_empty());
    // A term in the SWV's procedure becomes the deadline.
    let procedure = Procedure {
        advies_weken: Some(4),
        ..Procedure::default()
    };
    let met = store
        .taken()
        .open_taken(&een, today, &procedure, "t")
        .await
        .unwrap();
    assert_eq!(met[0].termijn, Some(aangevraagd + 28.days()));
    // The first deskundige writes: their task closes, the second's stays.
    let nieuw = NieuwAdvies {
        volgorde: 1,
        datum: today,
        advies: "Toelaatbaar tot het speciaal basisonderwijs.".into(),
    };
    store
        .tlvs()
        .geef_advies(&een, 2, &nieuw, today, "test")
        .await
        .unwrap();
    assert!(sleutels(store, &een, today, "advies").await.is_empty());
    assert_eq!(sleutels(store, &drie, today, "advies").await, advies);
}

/// Open arrangement requests (the SWV decides, Awb term) and open thuiszitter cases (the
/// SWV acts by the step's date), for the SWV of each and no other.
pub(super) async fn arrangement_en_escalatie(store: &Store, url: &str) {
    let today = passend_web::vandaag();
    let po = als(store, Rol::Swv, "PO2605").await;
    let vo = als(store, Rol::Swv, "VO2605").await;
    let mut verwacht: Vec<(String, Option<Date>)> = rijen(
        url,
        "SELECT id, aangevraagd_op FROM arrangement WHERE swv_code = 'PO2605' AND besluit IS NULL",
    )
    .await
    .iter()
    .map(|r| {
        let op: Date = r.get::<String, _>(1).parse().unwrap();
        (
            format!("arrangement-beslissen:{}", r.get::<i64, _>(0)),
            Some(op + 56.days()),
        )
    })
    .collect();
    verwacht.sort();
    assert!(!verwacht.is_empty());
    assert_eq!(sleutels(store, &po, today, "arrangement").await, verwacht);
    assert!(sleutels(store, &vo, today, "arrangement").await.is_empty());
    let zaken = rijen(
        url,
        "SELECT id, swv_code, stap, stap_deadline FROM thuiszitter_zaak \
         WHERE opgelost_op IS NULL AND besluit IS NULL ORDER BY id",
    )
    .await;
    for swv in [&po, &vo] {
        let eigen = swv.kijker.scope.clone().unwrap();
        let mut verwacht: Vec<(String, Option<Date>)> = zaken
            .iter()
            .filter(|r| r.get::<String, _>(1) == eigen)
            .map(|r| {
                let (id, stap): (i64, i64) = (r.get(0), r.get(2));
                let d: Date = r.get::<String, _>(3).parse().unwrap();
                (format!("escalatiestap-beslissen:{id}:{stap}"), Some(d))
            })
            .collect();
        verwacht.sort();
        assert!(!verwacht.is_empty(), "{eigen}");
        assert_eq!(sleutels(store, swv, today, "escalatie").await, verwacht);
    }
    // The child is back at school: the case and its task close.
    let id: i64 = zaken[0].get(0);
    let eigen = als(store, Rol::Swv, &zaken[0].get::<String, _>(1)).await;
    store
        .thuiszitters()
        .los_zaak_op(&eigen, id, today, today, "test")
        .await
        .unwrap();
    let na = sleutels(store, &eigen, today, "escalatie").await;
    assert!(
        na.iter()
            .all(|(k, _)| !k.starts_with(&format!("escalatiestap-beslissen:{id}:")))
    );
}

/// A verzuimmelding: the task of the leerplichtambtenaar of the pupil's gemeente until it is
/// closed (Leerplichtwet art. 22), no term unless the procedure gives one.
pub(super) async fn verzuim(store: &Store, url: &str) {
    let today = passend_web::vandaag();
    let leerling: i64 = rijen(
        url,
        "SELECT i.leerling_id FROM inschrijving i JOIN leerling l ON l.id = i.leerling_id \
         JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE i.vestiging_code = '90AA00' AND i.tot IS NULL \
         AND p.gemeentecode = '0356' ORDER BY i.leerling_id",
    )
    .await[0]
        .get(0);
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let id: i64 = sqlx::query(
        "INSERT INTO verzuimmelding (leerling_id, vestiging_code, gemeentecode, soort, datum, uren, status, aangemaakt, gewijzigd) \
         VALUES ($1, '90AA00', '0356', 'verzuim_16_uur', $2, 1600, 'geregistreerd', $3, $3) RETURNING id",
    )
    .bind(leerling)
    .bind(today.to_string())
    .bind(jiff::Timestamp::now().to_string())
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    let lp = als(store, Rol::Leerplicht, "0356").await;
    let sleutel = vec![(format!("verzuimmelding-behandelen:{id}"), None)];
    assert_eq!(sleutels(store, &lp, today, "verzuim").await, sleutel);
    for (rol, scope) in [
        (Rol::Leerplicht, "0344"),
        (Rol::School, "90AA00"),
        (Rol::Swv, "PO2605"),
    ] {
        let ander = als(store, rol, scope).await;
        assert!(
            sleutels(store, &ander, today, "verzuim").await.is_empty(),
            "{rol:?}"
        );
    }
    let v = store.verzuim();
    v.zet_meldingstatus(&lp, id, Status::InBehandeling, today, "t")
        .await
        .unwrap();
    assert_eq!(sleutels(store, &lp, today, "verzuim").await, sleutel);
    v.zet_meldingstatus(&lp, id, Status::Afgesloten, today, "t")
        .await
        .unwrap();
    assert!(sleutels(store, &lp, today, "verzuim").await.is_empty());
}
