//! Access: the OPR never opens a dossier. The area's routes for every role are checked by
//! the access matrix (`access_verantwoording::dekt`), whose sample holds this area's pupils.

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
