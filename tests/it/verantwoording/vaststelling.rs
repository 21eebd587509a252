//! Vaststelling of a plan: OOGO with every gemeente and the OPR's consent.

use super::*;

#[tokio::test]
async fn a_plan_is_vastgesteld_only_with_oogo_with_every_gemeente_and_opr_consent() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-po").await;
    let today = passend_web::vandaag();
    // Two schooljaren ahead: its deadline (30 April before it) is always still to come, so
    // the on-time path is tested whatever day the test runs.
    let volgend = Schooljaar::of(today).next().next();
    let body = |van: Schooljaar, jaren: i16| {
        let tot = Schooljaar::starting_in(van.start().year() + jaren - 1);
        serde_json::json!({
            "van": van.to_string(), "tot": tot.to_string(),
            "basisondersteuning": "b", "extraOndersteuning": "e", "middelen": "m",
            "tlvProcedure": "t", "ouders": "o", "doelen": "d", "terugplaatsing": "r",
            "overdrachten": "g",
            "streefwaarden": [{"doel": "minder thuiszitters", "kengetal": "thuiszitters",
                "richting": "hoogstens", "streefwaarde": 1, "meting": "maandelijks"}]
        })
        .to_string()
    };
    let aantal = |s: &serde_json::Value| s["ondersteuningsplannen"].as_array().unwrap().len();
    let voor = aantal(&json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
            .await
            .body,
    ));
    // Five schooljaren: refused, nothing stored.
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(volgend, 5),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains("ten hoogste vier schooljaren"));
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        aantal(&json(
            &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
                .await
                .body
        )),
        voor
    );
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(volgend, 4),
    )
    .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let plan = json(&reply.body);
    let id = plan["id"].as_i64().unwrap();
    let pad = |x: &str| format!("/api/v1/ondersteuningsplannen/{id}/{x}");
    let vaststelling = pad("vaststelling");
    let vaststellen = || api_send(store, "POST", &vaststelling, &key, "{}");
    // Neither OOGO nor consent.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("ondersteuningsplanraad heeft nog niet ingestemd")
    );
    let gemeenten: Vec<(String, String)> = plan["oogo"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["gemeentecode"].as_str().unwrap().to_string(),
                o["gemeente"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(gemeenten.len(), 5);
    // A gemeente outside the region, and "geen overeenstemming" without the disagreements.
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "0363", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("gemeente"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "geen overeenstemming"}}"#,
            gemeenten[0].0
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("verschillen"));
    for (code, _) in &gemeenten[1..] {
        let r = api_send(
            store,
            "POST",
            &pad("oogo"),
            &key,
            &format!(
                r#"{{"gemeentecode": "{code}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    // The OPR's view is read-only: it cannot record its vote itself …
    let opr = sign_in(store, "opr").await;
    let page = get(store, &format!("/verantwoording/plannen/{id}"), Some(&opr)).await;
    assert!(!page.body.contains("Stemming vastleggen"), "{}", page.body);
    let csrf = csrf_of(&page.body);
    let vote = format!("csrf={csrf}&datum={today}&voor=6&tegen=2&onthouding=1&voorwaarden=");
    let r = post_form(
        store,
        &format!("/verantwoording/plannen/{id}/instemming"),
        Some(&opr),
        &vote,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    // … the SWV records it as the OPR's minutes give it (through the web).
    let swv = sign_in(store, "swv-po").await;
    let page = get(store, &format!("/verantwoording/plannen/{id}"), Some(&swv)).await;
    let csrf = csrf_of(&page.body);
    let r = post_form(
        store,
        &format!("/verantwoording/plannen/{id}/instemming"),
        Some(&swv),
        &format!("csrf={csrf}&datum={today}&voor=6&tegen=2&onthouding=1&voorwaarden="),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Consent but one gemeente without OOGO: still not.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains(&gemeenten[0].1),
        "names the gemeente: {}",
        r.body
    );
    assert!(!r.body.contains("ingestemd"));
    let r = api_send(store, "POST", &pad("oogo"), &key,
        &format!(r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "geen overeenstemming", "verschillen": "jeugdhulp"}}"#, gemeenten[0].0)).await;
    assert_eq!(r.status, StatusCode::OK);
    // OOGO and consent, but no overleg with the overlapping VO-SWV yet (lid 9): still not.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("nog geen overleg met samenwerkingsverband VO2605"),
        "{}",
        r.body
    );
    let overleg = |swv: &str| {
        format!(
            r#"{{"samenwerkingsverband": "{swv}", "datum": "{today}", "verslag": "overstap po-vo"}}"#
        )
    };
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2707"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "not an overlapping SWV");
    assert!(r.body.contains("VO2707"), "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2605"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        json(&r.body)["overlegSamenwerkingsverbanden"][0]["datum"],
        today.to_string()
    );
    // All: it can.
    let r = vaststellen().await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(json(&r.body)["vastgesteldOp"], today.to_string());
    // Final: no more changes.
    let r = api_send(
        store,
        "POST",
        &pad("oogo"),
        &key,
        &format!(
            r#"{{"gemeentecode": "{}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#,
            gemeenten[0].0
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Submission: not in the future; on time before 1 May preceding the first schooljaar.
    let morgen = today.checked_add(1.day()).unwrap();
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{morgen}"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{today}"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let p = json(&r.body);
    assert_eq!(
        p["indienenUiterlijk"],
        format!("{}-04-30", volgend.start().year())
    );
    assert_eq!(p["tijdigIngediend"], true);

    // A plan for the running schooljaar, sent today: after 1 May, so late — recorded, shown late.
    let nu = Schooljaar::of(today);
    let reply = api_send(
        store,
        "POST",
        "/api/v1/ondersteuningsplannen",
        &key,
        &body(nu, 1),
    )
    .await;
    let id = json(&reply.body)["id"].as_i64().unwrap();
    let pad = |x: &str| format!("/api/v1/ondersteuningsplannen/{id}/{x}");
    for (code, _) in &gemeenten {
        api_send(
            store,
            "POST",
            &pad("oogo"),
            &key,
            &format!(
                r#"{{"gemeentecode": "{code}", "datum": "{today}", "uitkomst": "overeenstemming"}}"#
            ),
        )
        .await;
    }
    let r = api_send(
        store,
        "POST",
        &pad("overleg-samenwerkingsverband"),
        &key,
        &overleg("VO2605"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api_send(
        store,
        "POST",
        &pad("instemming"),
        &key,
        &format!(r#"{{"datum": "{today}", "voor": 5, "tegen": 0}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        api_send(store, "POST", &pad("vaststelling"), &key, "{}")
            .await
            .status,
        StatusCode::OK
    );
    let r = api_send(
        store,
        "POST",
        &pad("indiening"),
        &key,
        &format!(r#"{{"datum": "{today}"}}"#),
    )
    .await;
    assert_eq!(json(&r.body)["tijdigIngediend"], false);
    let cookie = sign_in(store, "swv-po").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{id}"),
        Some(&cookie),
    )
    .await;
    // The outcome itself, not the words anywhere on the page.
    assert!(
        page.body.contains(", <strong>te laat</strong>"),
        "{}",
        page.body
    );
    db.finish().await;
}
