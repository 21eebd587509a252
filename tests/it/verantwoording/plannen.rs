//! The demo plan: two versions, the refused one cannot be vastgesteld.

use super::*;

#[tokio::test]
async fn demo_plan_has_two_versions_and_the_refused_one_cannot_be_vastgesteld() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = sleutel(store, "swv-po").await;
    let lijst = json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&key))
            .await
            .body,
    );
    let versies = lijst["ondersteuningsplannen"].as_array().unwrap();
    assert_eq!(versies.len(), 2, "{lijst}");
    let (v2, v1) = (&versies[0], &versies[1]);
    assert_eq!(v2["versie"], 2);
    assert!(v2["vastgesteldOp"].is_string() && v2["ingediendOp"].is_string());
    assert!(v1["vastgesteldOp"].is_null());
    let plan2 = json(
        &api_get(
            store,
            &format!("/api/v1/ondersteuningsplannen/{}", v2["id"]),
            Some(&key),
        )
        .await
        .body,
    );
    assert_eq!(plan2["tijdigIngediend"], true, "{plan2}");
    assert_eq!(plan2["oogo"].as_array().unwrap().len(), 5, "five gemeenten");
    assert!(
        plan2["oogo"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["datum"].is_string())
    );
    // Each target reads its figure from the monitor: same count, and a link to it.
    let monitor = json(
        &api_get(store, "/api/v1/monitor/PO2605", Some(&key))
            .await
            .body,
    );
    let figuren = monitor["indicatoren"].as_array().unwrap();
    let streef = plan2["streefwaarden"].as_array().unwrap();
    assert!(!streef.is_empty());
    for s in streef {
        let figuur = s["monitor"].as_str().unwrap().rsplit('#').next().unwrap();
        let f = figuren
            .iter()
            .find(|f| f["sleutel"] == figuur)
            .unwrap_or_else(|| panic!("{figuur} not in the monitor: {monitor}"));
        let rij = &f["rijen"][0];
        let verwacht = if s["kengetal"] == "arrangementen" {
            // Only the granted ones: the first column.
            rij["cellen"][0]["waarde"].as_u64().unwrap()
        } else {
            rij["totaal"]["waarde"].as_u64().unwrap()
        };
        assert_eq!(s["huidig"]["waarde"].as_u64(), Some(verwacht), "{s} vs {f}");
    }
    // The OPR reads the same targets with small values hidden (the verdict: doelen.rs).
    let opr_plan = json(
        &api_get(
            store,
            &format!("/api/v1/ondersteuningsplannen/{}", v2["id"]),
            Some(&sleutel(store, "opr").await),
        )
        .await
        .body,
    );
    for (eigen, opr) in streef
        .iter()
        .zip(opr_plan["streefwaarden"].as_array().unwrap())
    {
        let n = eigen["huidig"]["waarde"].as_u64().unwrap();
        if n > 0 && n < 10 {
            assert_eq!(opr["huidig"]["label"], "<10", "{opr}");
            assert!(opr["huidig"]["waarde"].is_null());
        } else {
            assert_eq!(opr["huidig"]["waarde"].as_u64(), Some(n));
        }
    }
    // Version 1: one gemeente without OOGO and the OPR voted against.
    let id1 = v1["id"].as_i64().unwrap();
    let cookie = sign_in(store, "swv-po").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{id1}"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    // The outcome in its own element: the plain words are also in the checklist's reasons.
    assert!(
        page.body.contains("<strong>niet ingestemd</strong>"),
        "{}",
        page.body
    );
    let csrf = csrf_of(&page.body);
    let reply = post_form(
        store,
        &format!("/verantwoording/plannen/{id1}/vaststellen"),
        Some(&cookie),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(
        reply
            .body
            .contains("ondersteuningsplanraad heeft niet ingestemd")
    );
    assert!(
        reply
            .body
            .contains("op overeenstemming gericht overleg met de gemeente")
    );
    // The OPR member reads the plan, its targets and the budget; never a pupil.
    let opr = sign_in(store, "opr").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{}", v2["id"]),
        Some(&opr),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    // "ingestemd" alone is also in "niet ingestemd": look at the outcome itself.
    assert!(page.body.contains("Eigen doelen"));
    assert!(
        page.body.contains("<strong>ingestemd</strong>"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("href=\"/leerlingen/"));
    let overzicht = get(store, "/verantwoording", Some(&opr)).await;
    assert_eq!(overzicht.status, StatusCode::OK);
    assert!(overzicht.body.contains("Begroting en reserves"));
    assert!(overzicht.body.contains("versie 2"));
    db.finish().await;
}
