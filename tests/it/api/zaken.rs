//! Cases and leerplicht through the API.

use super::*;

#[tokio::test]
async fn a_case_is_opened_and_updated_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .accounts()
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "registratiesysteem")
        .await
        .unwrap();
    // A pupil living in Nieuwegein without a case: the first page of the leerplicht's list.
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=50", Some(&key))
            .await
            .body,
    );
    let zaken = json(
        &api_get(store, "/api/v1/thuiszitters", Some(&key))
            .await
            .body,
    );
    let with_case: Vec<i64> = zaken["zaken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["leerling"].as_i64().unwrap())
        .collect();
    let id = list["leerlingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .find(|i| !with_case.contains(i))
        .unwrap();
    let today = passend_web::vandaag();
    let start = (today - jiff::ToSpan::days(40)).to_string();
    let bad = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        "{\"soort\":\"x\"}",
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "missing field");
    assert_eq!(
        bad.content_type.as_deref(),
        Some("application/problem+json")
    );
    let body = format!("{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{start}\"}}");
    let made = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let zaak = json(&made.body)["id"].as_i64().unwrap();
    let again = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        "{\"plan\":\"Gesprek met ouders\",\"extra\":1}",
    )
    .await;
    assert_eq!(
        patch.status,
        StatusCode::BAD_REQUEST,
        "unknown fields are refused"
    );
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        &format!("{{\"aanbodDatum\":\"{today}\"}}"),
    )
    .await;
    assert_eq!(patch.status, StatusCode::OK, "{}", patch.body);
    let z = json(&patch.body);
    assert_eq!(
        (z["stap"].as_i64(), z["dagenThuis"].as_i64()),
        (Some(1), Some(41))
    );
    assert_eq!(z["aanbodDatum"].as_str(), Some(today.to_string().as_str()));
    db.finish().await;
}

#[tokio::test]
async fn leerplicht_works_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .accounts()
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "leerplichtsysteem")
        .await
        .unwrap();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=1", Some(&key))
            .await
            .body,
    );
    let leerling = list["leerlingen"][0]["id"].as_i64().unwrap();
    let today = passend_web::vandaag();
    let body = format!(
        "{{\"leerling\":{leerling},\"grond\":\"5a\",\"van\":\"{today}\",\"verklaringDatum\":\"{today}\",\"verklaringVanBehandelaar\":true,\"swvAdviesUiterlijk\":\"{today}\"}}"
    );
    let made = crate::access::api_send(store, "POST", "/api/v1/vrijstellingen", &key, &body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let id = json(&made.body)["id"].as_i64().unwrap();
    let grant = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"verlenen\"}",
    )
    .await;
    assert_eq!(
        grant.status,
        StatusCode::BAD_REQUEST,
        "a statement by the practitioner is refused"
    );
    assert!(
        json(&grant.body)["detail"]
            .as_str()
            .unwrap()
            .contains("behandelende arts")
    );
    let refuse = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"weigeren\"}",
    )
    .await;
    assert_eq!(refuse.status, StatusCode::NO_CONTENT);
    let vrij = json(
        &api_get(store, "/api/v1/vrijstellingen", Some(&key))
            .await
            .body,
    );
    assert_eq!(vrij["vrijstellingen"][0]["status"], "geweigerd");
    let nine = (today - jiff::ToSpan::years(9)).to_string();
    let req = axum::http::Request::post("/api/v1/ingezetenen")
        .header(axum::http::header::AUTHORIZATION, format!("Bearer {key}"))
        .header(axum::http::header::CONTENT_TYPE, "text/csv")
        .body(axum::body::Body::from(format!(
            "bsn,geboortedatum,postcode\n123456782,{nine},3431 AB\n"
        )))
        .unwrap();
    let checked = crate::web::send(store, req).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    assert_eq!(json(&checked.body)["absoluutVerzuim"], 1);
    let tellingen = json(
        &api_get(store, "/api/v1/leerplicht/jaartellingen", Some(&key))
            .await
            .body,
    );
    assert!(
        tellingen["jaren"]
            .as_array()
            .unwrap()
            .iter()
            .any(|j| j["absoluutVerzuim"].as_i64().unwrap() >= 1)
    );
    let voortgang = json(&api_get(store, "/api/v1/voortgang", None).await.body);
    let y = voortgang["jaren"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["schooljaar"] == "2016-2017")
        .unwrap()
        .clone();
    assert_eq!(
        (y["gemeten"].as_i64(), y["traject"].as_i64()),
        (Some(4214), Some(3146))
    );
    db.finish().await;
}
