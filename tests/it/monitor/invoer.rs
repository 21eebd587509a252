//! Bad input refused in Dutch; the pseudonymous research extract.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_in_dutch() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let inspectie = sign_in(store, "inspectie").await;
    let r = get(store, "/monitor?schooljaar=2026", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("schooljaar: &#39;2026&#39; is geen schooljaar"),
        "{}",
        r.body
    );
    let r = get(store, "/monitor?schooljaar=1990-1991", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("valt buiten de monitor"));
    let r = get(store, "/monitor?swv=XX", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("swv:"), "{}", r.body);
    let r = get(store, "/monitor?formaat=pdf", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let key = sleutel(store, "inspectie").await;
    let r = api_get(store, "/api/v1/monitor?schooljaar=volgend-jaar", Some(&key)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    assert!(
        json(&r.body)["detail"]
            .as_str()
            .unwrap()
            .starts_with("schooljaar:")
    );
    let r = api_get(store, "/api/v1/monitor/PO26", Some(&key)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        json(&r.body)["detail"]
            .as_str()
            .unwrap()
            .starts_with("swv:")
    );
    // A well-formed code of an SWV that does not exist.
    let r = api_get(store, "/api/v1/monitor/PO9999", Some(&key)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn research_extract_is_pseudonymous() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ministerie = sign_in(store, "ministerie").await;
    let a = get(store, "/monitor/onderzoek", Some(&ministerie)).await;
    assert_eq!(a.status, StatusCode::OK);
    let kop = a.body.lines().next().unwrap();
    assert_eq!(
        kop,
        "pseudoniem,schooljaar,samenwerkingsverband,schoolsoort,geboortejaar,opp,tlv,arrangement_toegekend,thuiszitter_langer_dan_3_maanden"
    );
    let regels: Vec<&str> = a.body.lines().skip(1).collect();
    assert!(regels.len() > 10_000, "every enrolment on the peildatum");
    let pseudo: Vec<&str> = regels
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert!(
        pseudo
            .iter()
            .all(|p| p.len() == 64 && p.chars().all(|c| c.is_ascii_hexdigit()))
    );
    // No direct identifiers: none of the demo's names, BSNs, postcodes or birth dates.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    for r in sqlx::query("SELECT achternaam, bsn, postcode, geboortedatum FROM leerling WHERE id IN (1, 2, 3, 500, 7000)")
        .fetch_all(&mut raw)
        .await
        .unwrap()
    {
        for kol in 0..4 {
            if let Some(v) = r.get::<Option<String>, _>(kol) {
                assert!(!a.body.contains(&format!(",{v},")) && !a.body.contains(&v.replace(' ', "")) || kol == 0 && v.len() < 4, "{v} in the extract");
            }
        }
    }
    // The secret was made once and is stable: the same keys the second time.
    let b = get(store, "/monitor/onderzoek?formaat=xlsx", Some(&ministerie)).await;
    assert_eq!(b.status, StatusCode::OK);
    let c = get(store, "/monitor/onderzoek", Some(&ministerie)).await;
    assert_eq!(a.body, c.body);
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM monitor_sleutel")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    raw.close().await.unwrap();
    let (log, _) = store
        .zoek_audit(
            &crate::support::beheerder(),
            &AuditFilter {
                gebruikersnaam: Some("ministerie".into()),
                leerling_id: None,
                actie: Some("exporteren".into()),
                van: None,
                tot: None,
            },
            1,
            50,
        )
        .await
        .unwrap();
    assert_eq!(log.len(), 3, "every extract is audited");
    assert!(log.iter().all(|l| l.route == "/monitor/onderzoek"));
    db.finish().await;
}
