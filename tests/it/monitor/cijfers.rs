//! The demo monitor shows every figure and protects the three.

use super::*;

/// The reader's attack on a published figure: every row (cells and row total) and every
/// column (cells and national total) is an equation; solve every equation with a single
/// unknown, again and again. Returns what was recovered.
fn door_aftrekken(i: &serde_json::Value) -> Vec<String> {
    // Cells as (value, name); the equations as lists of (cell index, sign).
    let mut cellen: Vec<(Option<i64>, String)> = Vec::new();
    let mut vgl: Vec<Vec<(usize, i64)>> = Vec::new();
    let mut rijen: Vec<&serde_json::Value> = i["rijen"].as_array().unwrap().iter().collect();
    if !i["landelijk"].is_null() {
        rijen.push(&i["landelijk"]);
    }
    let breedte = i["kolommen"].as_array().unwrap().len();
    let mut kolommen: Vec<Vec<usize>> = vec![Vec::new(); breedte + 1];
    for r in &rijen {
        let mut v = Vec::new();
        for (j, c) in r["cellen"].as_array().unwrap().iter().enumerate() {
            cellen.push((
                c["waarde"].as_i64(),
                format!("{} {j}", r["samenwerkingsverband"]),
            ));
            v.push((cellen.len() - 1, 1));
            kolommen[j].push(cellen.len() - 1);
        }
        if !r["totaal"].is_null() {
            cellen.push((
                r["totaal"]["waarde"].as_i64(),
                format!("{} totaal", r["samenwerkingsverband"]),
            ));
            v.push((cellen.len() - 1, -1));
            kolommen[breedte].push(cellen.len() - 1);
            vgl.push(v);
        }
    }
    if !i["landelijk"].is_null() {
        for k in kolommen.into_iter().filter(|k| k.len() > 1) {
            let (laatste, rest) = k.split_last().unwrap();
            let mut v: Vec<(usize, i64)> = rest.iter().map(|&c| (c, 1)).collect();
            v.push((*laatste, -1));
            vgl.push(v);
        }
    }
    let mut gevonden = Vec::new();
    loop {
        let enkel = vgl.iter().find_map(|v| {
            let open: Vec<_> = v.iter().filter(|(c, _)| cellen[*c].0.is_none()).collect();
            (open.len() == 1).then(|| {
                let (c, teken) = *open[0];
                let som: i64 = v
                    .iter()
                    .filter_map(|(x, t)| cellen[*x].0.map(|w| w * t))
                    .sum();
                (c, -som * teken)
            })
        });
        let Some((c, w)) = enkel else { break };
        cellen[c].0 = Some(w);
        gevonden.push(format!("{} = {w}", cellen[c].1));
    }
    gevonden
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_monitor_shows_every_figure_and_protects_the_three() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let inspectie = sign_in(store, "inspectie").await;
    let page = get(store, "/monitor", Some(&inspectie)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for titel in [
        "Leerlingen per schoolsoort",
        "Aandeel leerlingen in sbo, so en vso",
        "Leerlingen met een ontwikkelingsperspectief (OPP)",
        "Arrangementen",
        "Toelaatbaarheidsverklaringen",
        "Aanmeldingen en de zorgplicht",
        "Schorsingen langer dan één dag",
        "Verwijderingen",
        "Thuiszitters langer dan drie maanden",
        "Vrijstellingen per grond",
        "Geschillen en bezwaren",
        "Budget, lasten en reserve",
    ] {
        assert!(page.body.contains(titel), "{titel}");
    }
    assert!(
        page.body.contains("peildatum 01-10-"),
        "stock figures have their peildatum"
    );
    assert!(
        page.body.contains("periode 01-08-"),
        "flows have their period"
    );
    assert!(page.body.contains("<svg"), "trends as charts");
    assert!(page.body.contains("&lt;10"), "small cells shown as <10");

    // The demo's three art. 5b vrijstellingen in PO2605 (seeded so): the SWV's own staff see
    // the 3, everyone outside sees "<10" and cannot compute it back.
    let swv = json(
        &api_get(
            store,
            "/api/v1/monitor",
            Some(&sleutel(store, "swv-po").await),
        )
        .await
        .body,
    );
    assert_eq!(swv["afgeschermd"], false);
    let vrij = indicator(&swv, "vrijstellingen");
    let kol = vrij["kolommen"]
        .as_array()
        .unwrap()
        .iter()
        .position(|k| k == "art. 5b")
        .unwrap();
    assert_eq!(vrij["rijen"][0]["cellen"][kol]["waarde"], 3, "{vrij}");
    // Money: the latest recorded boekjaar's income, spending and reserve (the demo records
    // 2023–2025); the computed budget only with a rule set for the schooljaar.
    let geld = &swv["geld"][0];
    assert!(
        geld["boekjaar"].as_i64().is_some_and(|j| j <= 2025),
        "{geld}"
    );
    for veld in ["baten", "lasten", "reserve"] {
        assert!(geld[veld].is_string(), "{veld}: {geld}");
    }

    for user in ["inspectie", "ministerie", "opr"] {
        let m = json(
            &api_get(store, "/api/v1/monitor", Some(&sleutel(store, user).await))
                .await
                .body,
        );
        assert_eq!(m["afgeschermd"], true);
        assert_eq!(m["drempel"], 10);
        let vrij = indicator(&m, "vrijstellingen");
        let po = vrij["rijen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["samenwerkingsverband"] == "PO2605")
            .unwrap();
        let cel = &po["cellen"][kol];
        assert_eq!(cel["waarde"], serde_json::Value::Null, "{user}: {cel}");
        assert_eq!(cel["onderdrukt"], true);
        assert_eq!(cel["label"], "<10");
        // No figure gives a hidden cell back by subtracting from its totals.
        for i in m["indicatoren"].as_array().unwrap() {
            assert!(
                door_aftrekken(i).is_empty(),
                "{user}, {}: {:?}",
                i["sleutel"],
                door_aftrekken(i)
            );
            // Every published count below 10 would be a leak.
            for r in i["rijen"].as_array().unwrap() {
                for c in r["cellen"].as_array().unwrap() {
                    if let Some(w) = c["waarde"].as_i64() {
                        assert!(w == 0 || w >= 10, "{user}, {}: {c}", i["sleutel"]);
                    }
                }
            }
        }
    }

    // The same on the page for one SWV: the national row, the same hidden cells.
    let po = get(store, "/monitor?swv=PO2605", Some(&inspectie)).await;
    assert_eq!(po.status, StatusCode::OK);
    let m = json(
        &api_get(
            store,
            "/api/v1/monitor/PO2605",
            Some(&sleutel(store, "inspectie").await),
        )
        .await
        .body,
    );
    assert_eq!(m["bereik"], "PO2605");
    assert_eq!(
        indicator(&m, "vrijstellingen")["rijen"][0]["cellen"][kol]["label"],
        "<10"
    );

    // The download: one row per cell, hidden cells as "<10" or "×", and audited.
    let csv = get(store, "/monitor?formaat=csv", Some(&inspectie)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("schooljaar,indicator,definitie,peildatum_of_periode,samenwerkingsverband,categorie,aantal,onderdrukt"));
    let regel = csv
        .body
        .lines()
        .find(|l| l.contains("Vrijstellingen per grond") && l.contains(",PO2605,art. 5b,"))
        .expect("the 5b row");
    assert!(regel.ends_with(",<10,ja"), "{regel}");
    let xlsx = get(store, "/monitor?formaat=xlsx", Some(&inspectie)).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let (log, _) = store
        .zoek_audit(
            &crate::support::beheerder(),
            &AuditFilter {
                gebruikersnaam: Some("inspectie".into()),
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
    assert_eq!(log.len(), 2, "both downloads are in the audit log");
    db.finish().await;
}
