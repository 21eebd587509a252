//! Arrangements: requested, discussed, granted; the one-table arrangement.

use super::*;

#[tokio::test]
async fn an_arrangement_is_requested_discussed_granted_and_the_parent_sees_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ouder = demo_key(store, "ouder").await;
    let swv = demo_key(store, "swv-po").await;
    // A child of the demo ouder at a basisschool today, and an account at that school.
    let kinderen = get(store, &ouder, "/api/v1/leerlingen").await;
    let (kind, school) = {
        let mut found = None;
        for k in kinderen["leerlingen"].as_array().unwrap() {
            let id = k["id"].as_i64().unwrap();
            let d = get(store, &ouder, &format!("/api/v1/leerlingen/{id}")).await;
            let nu = d["inschrijvingen"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["tot"].is_null() && i["schoolsoort"] == "bao")
                .map(|i| i["vestiging"].as_str().unwrap().to_string());
            if let Some(v) = nu {
                found = Some((id, v));
                break;
            }
        }
        found.expect("a child of the demo ouder at a basisschool")
    };
    let (ib, _) = in_rol(store, "ib-kind", Rol::School, &school).await;
    let url = format!("/api/v1/leerlingen/{kind}/arrangementen");

    let leeg = post(store, &ib, &url, serde_json::json!({"vraag": " "})).await;
    assert!(problem(&leeg, StatusCode::BAD_REQUEST).contains("ondersteuningsvraag"));
    let made = post(
        store,
        &ib,
        &url,
        serde_json::json!({"vraag": "2 uur ambulante begeleiding per week"}),
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let a = json(&made);
    let id = a["id"].as_i64().unwrap();
    assert_eq!(
        made.location.as_deref(),
        Some(format!("/api/v1/arrangementen/{id}").as_str())
    );
    assert_eq!(
        (a["status"].as_str(), a["samenwerkingsverband"].as_str()),
        (Some("aangevraagd"), Some("PO2605"))
    );

    let besluit_url = format!("/api/v1/arrangementen/{id}/besluit");
    let toekenning = serde_json::json!({"besluit": "toegekend", "inhoud": "2 uur per week ambulante begeleiding",
        "van": today.to_string(), "tot": "2027-07-31", "kosten": "4500"});
    let te_vroeg = post(store, &swv, &besluit_url, toekenning.clone()).await;
    assert!(problem(&te_vroeg, StatusCode::BAD_REQUEST).contains("leg eerst het overleg"));

    let overleg_url = format!("/api/v1/arrangementen/{id}/overleg");
    let alleen_school = serde_json::json!({"datum": today.to_string(), "deelnemers": ["school"], "stemKind": "wil blijven"});
    let detail = problem(
        &post(store, &swv, &overleg_url, alleen_school).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(
        detail.contains("school en het samenwerkingsverband"),
        "{detail}"
    );
    let onbekend = serde_json::json!({"datum": today.to_string(), "deelnemers": ["school", "buurman"], "stemKind": "x"});
    let detail = problem(
        &post(store, &swv, &overleg_url, onbekend).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(
        detail.starts_with("deelnemers: 'buurman' is geen partij"),
        "{detail}"
    );
    let overleg = serde_json::json!({"datum": today.to_string(), "deelnemers": ["ouders", "school", "samenwerkingsverband"],
        "oudersAanwezig": true, "stemKind": "wil op de eigen school blijven", "verslag": "ambulante begeleiding past"});
    let besproken = post(store, &swv, &overleg_url, overleg).await;
    assert_eq!(besproken.status, StatusCode::OK, "{}", besproken.body);
    assert_eq!(json(&besproken)["status"], "besproken");
    assert_eq!(
        json(&besproken)["overleg"]["deelnemers"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // The school does not decide; the SWV does.
    let door_school = post(store, &ib, &besluit_url, toekenning.clone()).await;
    assert!(problem(&door_school, StatusCode::BAD_REQUEST).contains("samenwerkingsverband PO2605"));
    // Two grants sent at once (4500 and 5000 euro): the first decision stands, the other is
    // refused, and the stored amount is the winner's.
    let mut hoger = toekenning.clone();
    hoger["kosten"] = "5000".into();
    let (x, y) = tokio::join!(
        post(store, &swv, &besluit_url, toekenning),
        post(store, &swv, &besluit_url, hoger)
    );
    let (toegekend, dubbel, kosten) = if x.status == StatusCode::OK {
        (x, y, "4500.00")
    } else {
        (y, x, "5000.00")
    };
    assert_eq!(toegekend.status, StatusCode::OK, "{}", toegekend.body);
    assert!(problem(&dubbel, StatusCode::BAD_REQUEST).contains("al beslist"));
    let t = json(&toegekend);
    assert_eq!(t["status"], "toegekend");
    assert_eq!(t["besluit"]["kosten"], kosten);

    // The parent sees the decision on the child's page.
    let voor_ouder = get(store, &ouder, &url).await;
    let a = voor_ouder["arrangementen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .expect("the parent sees the request");
    assert_eq!(
        (a["id"].as_i64(), a["status"].as_str()),
        (Some(id), Some("toegekend"))
    );
    assert_eq!(
        (
            a["besluit"]["inhoud"].as_str(),
            a["besluit"]["tot"].as_str(),
            a["besluit"]["kosten"].as_str()
        ),
        (
            Some("2 uur per week ambulante begeleiding"),
            Some("2027-07-31"),
            Some(kosten)
        )
    );
    // In the SWV's caseload; the parent cannot evaluate, the school can.
    let caseload = get(store, &swv, "/api/v1/arrangementen?paginaGrootte=200").await;
    assert!(
        caseload["arrangementen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id)
    );
    let evaluatie = serde_json::json!({"datum": today.to_string(), "evaluatie": "goed op gang"});
    let eval_url = format!("/api/v1/arrangementen/{id}/evaluatie");
    assert_eq!(
        post(store, &ouder, &eval_url, evaluatie.clone())
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let geevalueerd = post(store, &ib, &eval_url, evaluatie).await;
    assert_eq!(json(&geevalueerd)["status"], "geëvalueerd");
    let (elders, _) = in_rol(store, "ib-elders", Rol::School, "90AB00").await;
    assert_eq!(
        api_get(store, &format!("/api/v1/arrangementen/{id}"), Some(&elders))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

#[tokio::test]
async fn the_swv_records_the_one_table_arrangement_with_every_party() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = demo_key(store, "swv-po").await;
    let today = passend_web::vandaag();
    let p = zonder_steun(&db, "90AA00").await[0];
    let url = format!("/api/v1/leerlingen/{p}/integrale-arrangementen");
    let mut body = serde_json::json!({"datum": today.to_string(),
        "deelnemers": ["ouders", "school", "samenwerkingsverband", "jeugdhulp"],
        "verslag": "terug naar school met zorg op school",
        "afspraken": [{"onderdeel": "vervoer", "afspraak": "taxi vanaf december",
                       "eigenaar": "gemeente Nieuwegein", "datum": (today + 14.days()).to_string()}]});
    let zonder = post(store, &swv, &url, body.clone()).await;
    assert!(problem(&zonder, StatusCode::BAD_REQUEST).contains("gemeente ontbreekt"));
    body["deelnemers"]
        .as_array_mut()
        .unwrap()
        .push("gemeente".into());
    let ib = demo_key(store, "ib").await;
    assert!(
        problem(
            &post(store, &ib, &url, body.clone()).await,
            StatusCode::BAD_REQUEST
        )
        .contains("samenwerkingsverband legt")
    );
    let made = post(store, &swv, &url, body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let i = json(&made);
    assert_eq!(i["deelnemers"].as_array().unwrap().len(), 5);
    assert_eq!(i["afspraken"][0]["onderdeel"], "vervoer");
    assert_eq!(
        get(store, &ib, &url).await["integraleArrangementen"][0]["id"],
        i["id"]
    );
    db.finish().await;
}
