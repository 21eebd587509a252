//! Downloads, added rule sets.

use super::*;

#[tokio::test]
async fn downloads_are_audited_and_scoped() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let q = "schooljaar=2027-2028&voorbeeld=2015-2016";
    let swv = sign_in(store, "swv-po").await;
    let csv = get(
        store,
        &format!("/swv/PO2605/verdeling?{q}&formaat=csv"),
        Some(&swv),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("vestiging,naam,bestuur,"));
    let xlsx = get(
        store,
        &format!("/swv/PO2605/begroting?{q}&formaat=xlsx"),
        Some(&swv),
    )
    .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n: i64 = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE actie = 'exporteren' AND route IN ('/swv/PO2605/verdeling', '/swv/PO2605/begroting')",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    assert_eq!(n, 2);
    // The board's download holds only its own schools.
    let bestuur = sign_in(store, "bestuur").await;
    let csv = get(
        store,
        &format!("/swv/PO2605/verdeling?{q}&formaat=csv"),
        Some(&bestuur),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let rijen: Vec<&str> = csv.body.lines().skip(1).collect();
    assert!(!rijen.is_empty());
    assert!(rijen.iter().all(|r| r.split(',').nth(2) == Some("90001")));
    // Outside the scope: not found, and nothing logged.
    for (user, pad) in [
        ("opr", "/swv/VO2605/begroting"),
        ("bestuur", "/swv/PO2605/begroting"),
        ("ib", "/swv/PO2605/jaarverslag"),
        ("swv-vo", "/geld/landelijk"),
    ] {
        let c = sign_in(store, user).await;
        let reply = get(store, &format!("{pad}?{q}&formaat=csv"), Some(&c)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{user} {pad}");
    }
    let ministerie = sign_in(store, "ministerie").await;
    let csv = get(
        store,
        &format!("/geld/landelijk?{q}&formaat=csv"),
        Some(&ministerie),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("PO2605") && csv.body.contains("VO2605"));
}

#[tokio::test]
async fn an_added_rule_set_is_checked_stored_and_used() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let beheerder = als(store, "beheerder", Rol::Beheerder, None).await;
    let bron = include_str!("../../../crates/domain/data/bekostiging/2015-2016.json");
    // Malformed: refused with the key and the problem; nothing stored.
    let fout = bron.replace("\"318.83\"", "318.83");
    let err = store
        .geld()
        .bewaar_regelset(&beheerder, "2016-2017.json", &fout, "test")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("zware_ondersteuning_po"), "{err}");
    assert!(
        store
            .geld()
            .toegevoegde_regelsets()
            .await
            .unwrap()
            .is_empty()
    );
    // A shipped year is not replaced.
    assert!(
        store
            .geld()
            .bewaar_regelset(&beheerder, "x.json", bron, "test")
            .await
            .is_err()
    );
    // A test fixture for 2016-2017 (amounts without value: never invented).
    let mut v: serde_json::Value = serde_json::from_str(bron).unwrap();
    v["schooljaar"] = "2016-2017".into();
    v["teldatum"]["datum"] = "2015-10-01".into();
    v["groei_teldatum"]["datum"] = "2016-02-01".into();
    for (_, b) in v["bedragen"].as_object_mut().unwrap() {
        b["bedrag"] = serde_json::Value::Null;
        b["bron"] = "testbestand: bedrag niet bekend".into();
    }
    v["bedragen"]["zware_ondersteuning_po"]["bedrag"] = "300.00".into();
    let tekst = serde_json::to_string(&v).unwrap();
    // Only the beheerder.
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    assert!(
        store
            .geld()
            .bewaar_regelset(&swv, "2016-2017.json", &tekst, "test")
            .await
            .is_err()
    );
    let jaar = store
        .geld()
        .bewaar_regelset(&beheerder, "2016-2017.json", &tekst, "test")
        .await
        .unwrap();
    assert_eq!(jaar, sj("2016-2017"));
    let b = store
        .geld()
        .begroting(&swv, &po(), sj("2016-2017"), None, AfdrachtNaar::Tlv)
        .await
        .unwrap();
    assert!(!b.berekening.rekenvoorbeeld);
    assert_eq!(
        b.eigen.zware_ondersteuning,
        Some(Decimal::from(b.eigen.leerlingen) * d("300.00"))
    );
    assert!(
        b.eigen
            .ontbrekend
            .contains(&passend_domain::bekostiging::Component::LichteOndersteuning)
    );
}
