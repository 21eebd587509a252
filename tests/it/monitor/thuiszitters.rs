//! Thuiszitters per SWV against its plan's trajectory.

use super::*;

/// Thuiszitters over three months per schooljaar against the trajectory: nationally the
/// register's total, per SWV its row against the targets of its adopted plans; each year's
/// value is the figure's own (same count, same hidden cells), in the API and on the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thuiszitters_per_swv_against_its_plans_trajectory() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let laatste = |m: &serde_json::Value| {
        m["trendThuiszitters"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone()
    };
    // The SWV's own staff: exact, with the demo plan's target as the trajectory.
    let swv = sleutel(store, "swv-po").await;
    let eigen = json(&api_get(store, "/api/v1/monitor", Some(&swv)).await.body);
    let rij = &indicator(&eigen, "thuiszitters")["rijen"][0];
    assert_eq!(laatste(&eigen)["schooljaar"], eigen["schooljaar"]);
    assert_eq!(laatste(&eigen)["aantal"], rij["totaal"]["waarde"]);
    assert!(
        laatste(&eigen)["aantal"].as_u64().is_some_and(|n| n > 0),
        "{eigen}"
    );
    let traject = eigen["trajectThuiszitters"].as_array().unwrap().clone();
    assert!(!traject.is_empty(), "the demo plan sets a target");
    assert!(
        traject.iter().all(|t| t["richting"] == "hoogstens"),
        "{traject:?}"
    );
    // Inspectie narrowed to the SWV: the national table's row (protected), the same plan.
    let inspectie = sleutel(store, "inspectie").await;
    let smal = json(
        &api_get(store, "/api/v1/monitor/PO2605", Some(&inspectie))
            .await
            .body,
    );
    assert_eq!(smal["trajectThuiszitters"].as_array().unwrap(), &traject);
    let rij = &indicator(&smal, "thuiszitters")["rijen"][0];
    assert_eq!(laatste(&smal)["aantal"], rij["totaal"]["waarde"]);
    // Nationally: the register's national total, and no SWV's trajectory.
    let landelijk = json(
        &api_get(store, "/api/v1/monitor", Some(&inspectie))
            .await
            .body,
    );
    assert!(
        landelijk["trajectThuiszitters"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        laatste(&landelijk)["aantal"],
        indicator(&landelijk, "thuiszitters")["landelijk"]["totaal"]["waarde"]
    );
    // The page: chart and table, the target beside the measured count.
    let cookie = sign_in(store, "swv-po").await;
    let page = get(store, "/monitor", Some(&cookie)).await;
    assert!(
        page.body
            .contains("tegen de streefwaarde van het ondersteuningsplan"),
        "{}",
        page.body
    );
    // The demo's adopted plan covers the coming schooljaren: its first year shows the
    // target and no count yet; this year shows the count and no target.
    let eerste = &traject[0];
    let rijen = [
        format!(
            "<tr><th scope=\"row\">{}</th><td>—</td><td>hoogstens {}</td><td>—</td></tr>",
            eerste["schooljaar"].as_str().unwrap(),
            eerste["streefwaarde"]
        ),
        format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>—</td><td>—</td></tr>",
            eigen["schooljaar"].as_str().unwrap(),
            laatste(&eigen)["aantal"]
        ),
    ];
    for verwacht in rijen {
        assert!(page.body.contains(&verwacht), "{verwacht} in {}", page.body);
    }
}
