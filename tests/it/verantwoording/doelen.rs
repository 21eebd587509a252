//! The OPR checks the plan's targets also where the figure is a hidden small count: the
//! page and the API say behaald or niet behaald, never the count.

use super::*;
use passend_domain::verantwoording::behaald;

#[tokio::test]
async fn the_opr_sees_whether_a_small_target_is_met_without_the_count() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let pad = |k: &serde_json::Value| format!("/api/v1/ondersteuningsplannen/{}", k["id"]);
    let swv = sleutel(store, "swv-po").await;
    let lijst = json(
        &api_get(store, "/api/v1/ondersteuningsplannen", Some(&swv))
            .await
            .body,
    );
    let v2 = &lijst["ondersteuningsplannen"][0];
    let eigen = json(&api_get(store, &pad(v2), Some(&swv)).await.body);
    let opr_key = sleutel(store, "opr").await;
    let opr = json(&api_get(store, &pad(v2), Some(&opr_key)).await.body);
    let cookie = sign_in(store, "opr").await;
    let page = get(
        store,
        &format!("/verantwoording/plannen/{}", v2["id"]),
        Some(&cookie),
    )
    .await;
    let mut beantwoord = 0;
    for (e, o) in eigen["streefwaarden"]
        .as_array()
        .unwrap()
        .iter()
        .zip(opr["streefwaarden"].as_array().unwrap())
    {
        let n = e["huidig"]["waarde"].as_u64().unwrap();
        if n == 0 || n >= 10 {
            continue;
        }
        // Hidden for the OPR, but the verdict is there and right.
        assert!(o["huidig"]["waarde"].is_null(), "{o}");
        let doel = o["streefwaarde"].as_u64().unwrap();
        let wel = behaald(n, o["richting"].as_str().unwrap(), doel);
        assert_eq!(o["behaald"].as_bool(), Some(wel), "{o} (count {n})");
        // The page's row: "<10" and the verdict, not the count.
        let rij = page
            .body
            .split("<tr>")
            .find(|r| r.contains(o["doel"].as_str().unwrap()))
            .unwrap();
        let verdict = if wel {
            "<td>behaald</td>"
        } else {
            "<td>niet behaald</td>"
        };
        assert!(
            rij.contains("<td>&#60;10</td>") && rij.contains(verdict),
            "{rij}"
        );
        assert!(!rij.contains(&format!("<td>{n}</td>")), "{rij}");
        beantwoord += 1;
    }
    assert!(
        beantwoord > 0,
        "the demo has a small target the OPR can check: {eigen}"
    );
}

crate::support::contract!(the_verdicts_read_every_versions_targets_on_both_databases);

/// A plan version with the given thuiszitter targets, as the SWV drafts it.
fn plan(doelen: &[(&str, i64)]) -> passend_store::verantwoording::NieuwPlan {
    let van = Schooljaar::of(passend_web::vandaag()).next();
    let tekst = || "Beschreven in het plan.".to_string();
    passend_store::verantwoording::NieuwPlan {
        van,
        tot: van.next().next(),
        basisondersteuning: tekst(),
        extra_ondersteuning: tekst(),
        middelen: tekst(),
        tlv_procedure: tekst(),
        ouders: tekst(),
        doelen: tekst(),
        terugplaatsing: tekst(),
        overdrachten: tekst(),
        streefwaarden: doelen
            .iter()
            .map(
                |(richting, n)| passend_store::verantwoording::NieuweStreefwaarde {
                    doel: "Minder thuiszitters".into(),
                    kengetal: "thuiszitters".into(),
                    richting: (*richting).into(),
                    streefwaarde: *n,
                    meting: "elke maand".into(),
                },
            )
            .collect(),
    }
}

/// The verdicts are read over all versions' targets (here on a count of 0, which is shown).
async fn the_verdicts_read_every_versions_targets_on_both_databases(store: &Store) {
    let swv = store
        .systeem_verzoeker(passend_domain::Rol::Swv, "PO2605")
        .await
        .unwrap();
    let opr = store
        .systeem_verzoeker(passend_domain::Rol::Opr, "PO2605")
        .await
        .unwrap();
    let v = store.verantwoording();
    v.maak_plan_versie(&swv, &plan(&[("hoogstens", 3)]), "/t")
        .await
        .unwrap();
    let id = v
        .maak_plan_versie(&swv, &plan(&[("minstens", 3), ("hoogstens", 40)]), "/t")
        .await
        .unwrap();
    let p = v
        .plan_versie(&opr, id, passend_web::vandaag())
        .await
        .unwrap();
    let oordeel: Vec<_> = p.streefwaarden.iter().map(|s| s.behaald).collect();
    assert_eq!(oordeel, [Some(false), Some(true)]);
}
