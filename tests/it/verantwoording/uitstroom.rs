//! Expected and actual VSO outflow in the demo.

use super::*;

#[tokio::test]
async fn the_demo_compares_expected_and_actual_vso_outflow() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-vo").await;
    let r = api_get(store, "/api/v1/vso-uitstroom", Some(&key)).await;
    assert_eq!(r.status, StatusCode::OK);
    let u = json(&r.body);
    let swv = u["samenwerkingsverbanden"].as_array().unwrap();
    assert_eq!(swv.len(), 1, "{u}");
    assert_eq!(swv[0]["code"], "VO2605");
    let totaal = swv[0]["totaal"]["waarde"].as_i64().unwrap();
    assert!(totaal >= 6, "{u}");
    let rijen = swv[0]["rijen"].as_array().unwrap();
    let conform: i64 = rijen
        .iter()
        .map(|r| r["volgensVerwachting"]["waarde"].as_i64().unwrap())
        .sum();
    // The demo's pattern: per six leavers three went where the OPP expected, two elsewhere,
    // one unknown.
    assert_eq!(conform * 2, totaal, "{u}");
    assert!(
        rijen[0]["arbeidsmarkt"]["waarde"].as_i64().unwrap() >= 1,
        "expected vervolgonderwijs, went to work"
    );
    assert!(
        swv[0]["naEenJaar"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["waarde"].as_i64().unwrap() > 0)
    );
    assert!(
        !u["scholen"].as_array().unwrap().is_empty(),
        "the SWV sees its schools"
    );
    // Outside the SWV: per SWV only, small counts hidden, nothing to subtract.
    let inspectie = json(
        &api_get(
            store,
            "/api/v1/vso-uitstroom",
            Some(&sleutel(store, "inspectie").await),
        )
        .await
        .body,
    );
    assert!(
        inspectie["scholen"].as_array().unwrap().is_empty(),
        "{inspectie}"
    );
    let vo = inspectie["samenwerkingsverbanden"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["code"] == "VO2605")
        .unwrap();
    let mut verborgen = 0;
    for r in vo["rijen"].as_array().unwrap() {
        for k in [
            "vervolgonderwijs",
            "arbeidsmarkt",
            "dagbesteding",
            "onbekend",
            "totaal",
        ] {
            match r[k]["waarde"].as_u64() {
                Some(n) => assert!(n == 0 || n >= 10, "{k} = {n} in {vo}"),
                None => verborgen += 1,
            }
        }
    }
    assert!(verborgen > 0, "the demo's small outflow is hidden: {vo}");
    let cookie = sign_in(store, "swv-vo").await;
    let page = get(store, "/verantwoording/uitstroom", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg") && page.body.contains("volgens verwachting"));
    assert!(!page.body.contains("href=\"/leerlingen/"), "counts only");
    // The leavers' list and a follow-up that is too early.
    let lijst = get(store, "/verantwoording/uitstroom/leerlingen", Some(&cookie)).await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert!(lijst.body.contains("anders dan verwacht"));
    // Recording a leaver at a school that is not vso: refused, nothing stored.
    let csrf = csrf_of(&lijst.body);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let (leerling, vestiging): (i64, String) = {
        let r = sqlx::query("SELECT i.leerling_id, i.vestiging_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
            WHERE v.schoolsoort = 'vo' AND v.swv_code = 'VO2605' AND i.tot IS NULL ORDER BY i.id LIMIT 1")
            .fetch_one(&mut raw).await.unwrap();
        (r.get(0), r.get(1))
    };
    let voor: i64 = sqlx::query("SELECT COUNT(*) FROM vso_uitstroom")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let today = passend_web::vandaag();
    let r = post_form(store, "/verantwoording/uitstroom/leerlingen", Some(&cookie),
        &format!("csrf={csrf}&leerling={leerling}&vestiging={vestiging}&datum={today}&bestemming=arbeidsmarkt")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("voortgezet speciaal onderwijs"));
    let na: i64 = sqlx::query("SELECT COUNT(*) FROM vso_uitstroom")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(voor, na);
    raw.close().await.unwrap();
    // Through the API: the leavers, and a year later recorded for one that left long enough ago.
    let key = sleutel(store, "swv-vo").await;
    let lijst = json(
        &api_get(store, "/api/v1/vso-uitstroom/leerlingen", Some(&key))
            .await
            .body,
    );
    let vertrekkers = lijst["vertrekkers"].as_array().unwrap();
    assert!(!vertrekkers.is_empty(), "{lijst}");
    assert!(
        vertrekkers.iter().any(|v| v["verwacht"].is_string()),
        "the OPP's profile at leaving"
    );
    let open = vertrekkers
        .iter()
        .find(|v| {
            v["naEenJaarBestemming"].is_null()
                && jiff::civil::Date::strptime("%Y-%m-%d", v["uitstroomdatum"].as_str().unwrap())
                    .unwrap()
                    .checked_add(1.year())
                    .unwrap()
                    <= today
        })
        .unwrap_or_else(|| panic!("a leaver to follow up: {lijst}"));
    let pad = format!("/api/v1/vso-uitstroom/{}/na-een-jaar", open["id"]);
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "ergens"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("bestemming"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "arbeidsmarkt"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(json(&r.body)["naEenJaarBestemming"], "arbeidsmarkt");
    let r = api_send(
        store,
        "POST",
        &pad,
        &key,
        &format!(r#"{{"datum": "{today}", "bestemming": "arbeidsmarkt"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "once");
    db.finish().await;
}
