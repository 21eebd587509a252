//! Access: the OPR never opens a dossier; the area's routes for every role.

use super::*;

#[tokio::test]
async fn an_opr_member_never_opens_a_pupils_dossier() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut ids: Vec<i64> =
        sqlx::query("SELECT leerling_id FROM geschil UNION SELECT leerling_id FROM vso_uitstroom")
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
    raw.close().await.unwrap();
    ids.extend([1, 2, 3]);
    assert!(ids.len() > 5);
    let opr = sign_in(store, "opr").await;
    let key = sleutel(store, "opr").await;
    for id in &ids {
        assert_eq!(
            get(store, &format!("/leerlingen/{id}"), Some(&opr))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            api_get(store, &format!("/api/v1/leerlingen/{id}"), Some(&key))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
    let lijst = json(&api_get(store, "/api/v1/geschillen", Some(&key)).await.body);
    assert!(lijst["geschillen"].as_array().unwrap().is_empty());
    let page = get(store, "/verantwoording/geschillen", Some(&opr)).await;
    assert!(!page.body.contains("href=\"/leerlingen/"));
    assert_eq!(
        get(store, "/verantwoording/uitstroom/leerlingen", Some(&opr))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for pad in ["/verantwoording", "/verantwoording/uitstroom"] {
        let page = get(store, pad, Some(&opr)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("href=\"/leerlingen/"), "{pad}");
    }
    db.finish().await;
}

/// The access matrix of this area on its own (the full matrix in `access.rs` walks every
/// route of the application; this runs only `access_verantwoording::dekt`), with a sample of
/// the pupils this area touches and facts read as `access.rs` reads them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_areas_routes_hold_their_access_decision_for_every_role() {
    use crate::access::{Caller, Facts};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut ids: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM geschil UNION SELECT leerling_id FROM vso_uitstroom \
         UNION SELECT leerling_id FROM aanmelding",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    ids.extend([1, 2, 373, 746]);
    ids.sort();
    ids.dedup();
    let mut sample = Vec::new();
    for id in ids {
        let d = store
            .leerling_dossier(passend_store::LeerlingId(id))
            .await
            .unwrap();
        let rijen = |sql: String| sqlx::query(sqlx::AssertSqlSafe(sql));
        let swv_zaken = rijen(format!(
            "SELECT swv_code FROM thuiszitter_zaak WHERE leerling_id = {0} UNION SELECT swv_code FROM tlv WHERE leerling_id = {0} \
             UNION SELECT swv_code FROM arrangement WHERE leerling_id = {0} UNION SELECT swv_code FROM integraal_arrangement WHERE leerling_id = {0} \
             UNION SELECT swv_code FROM oso_dossier WHERE leerling_id = {0}", id))
            .fetch_all(&mut raw).await.unwrap().iter().map(|r| r.get::<String, _>(0)).collect();
        let deskundigen = rijen(format!(
            "SELECT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = {id}"))
            .fetch_all(&mut raw).await.unwrap().iter().map(|r| r.get::<i64, _>(0).to_string()).collect();
        let mut f = Facts {
            id: passend_store::LeerlingId(id),
            naam: d.leerling.naam.clone(),
            postcode: d.leerling.postcode.clone(),
            scholen: vec![],
            besturen: vec![],
            swvs: vec![],
            gemeente: d.gemeente.clone(),
            kind_van_demo_ouder: d
                .ouders
                .iter()
                .any(|o| o.email.as_deref() == Some("ouder1-0@example.org")),
            swv_zaken,
            deskundigen,
            aanmeldingen: rijen(format!(
                "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {id}"
            ))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect(),
            levende_aanmeldingen: vec![],
        };
        let scholen = rijen(format!(
            "SELECT v.code, b.naam, v.swv_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id WHERE i.leerling_id = {id} \
             AND i.van <= '{today}' AND (i.tot IS NULL OR i.tot >= '{today}')"))
            .fetch_all(&mut raw).await.unwrap();
        for r in &scholen {
            f.scholen.push(r.get(0));
            f.besturen.push(r.get(1));
            f.swvs.push(r.get(2));
        }
        sample.push(f);
    }
    raw.close().await.unwrap();
    let mut callers = Vec::new();
    for user in [
        "ib",
        "bestuur",
        "swv-po",
        "swv-vo",
        "deskundige",
        "leerplicht",
        "ouder",
        "opr",
        "inspectie",
        "ministerie",
        "beheerder",
    ] {
        let cookie = sign_in(store, user).await;
        let csrf = csrf_of(&get(store, "/", Some(&cookie)).await.body);
        callers.push(Caller {
            user,
            cookie,
            csrf,
            key: sleutel(store, user).await,
        });
    }
    let mut gedekt = 0;
    for (pad, toegang) in passend_web::routes::overzicht() {
        if pad.contains("verantwoording")
            || pad.contains("ondersteuningsplannen")
            || pad.contains("geschillen")
            || pad.contains("vso-uitstroom")
        {
            assert!(
                crate::access_verantwoording::dekt(store, pad, toegang, &callers, &sample).await,
                "{pad} not covered"
            );
            gedekt += 1;
        }
    }
    assert_eq!(gedekt, 27);
    db.finish().await;
}
