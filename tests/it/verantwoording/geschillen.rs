//! Geschillencommissie cases and referrals to an onderwijsconsulent.

use super::*;

#[tokio::test]
async fn a_geschillencommissie_case_shows_its_term_and_the_boards_response() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert_eq!(page.status, StatusCode::OK);
    // The demo's toelating dispute: received five weeks ago, oordeel within ten weeks.
    let ontvangen = today.checked_sub(35.days()).unwrap();
    assert!(
        page.body
            .contains(&nl(ontvangen.checked_add(70.days()).unwrap()))
    );
    // The demo's OPP dispute is past its term.
    assert!(page.body.contains("termijn verstreken zonder oordeel"));
    let csrf = csrf_of(&page.body);
    let leerling = store
        .leerlingen_van_vestiging(
            &passend_domain::VestigingCode::parse("90AA00").unwrap(),
            today,
        )
        .await
        .unwrap()[3]
        .id
        .0;
    let ingediend = today.checked_sub(7.days()).unwrap();
    let r = post_form(store, "/verantwoording/geschillen", Some(&ib),
        &format!("csrf={csrf}&leerling={leerling}&soort=verwijdering&vestiging=90AA00&ingediend_op={ingediend}&omschrijving=")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("omschrijving"));
    let r = post_form(store, "/verantwoording/geschillen", Some(&ib),
        &format!("csrf={csrf}&leerling={leerling}&soort=verwijdering&vestiging=90AA00&ingediend_op={ingediend}&omschrijving=ouders+bestrijden+verwijdering")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r
        .location
        .unwrap()
        .rsplit('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(
        page.body
            .contains(&nl(ingediend.checked_add(70.days()).unwrap()))
    );
    // A response before the oordeel, and a deviation without reasons: refused.
    let pad = format!("/verantwoording/geschillen/{id}");
    let r = post_form(
        store,
        &pad,
        Some(&ib),
        &format!("csrf={csrf}&volgt_oordeel=ja&reactie=wij+volgen"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post_form(
        store,
        &pad,
        Some(&ib),
        &format!("csrf={csrf}&oordeel_datum={today}&oordeel=gegrond&volgt_oordeel=nee&reactie="),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("motiveert"), "{}", r.body);
    // Nothing of that was stored.
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(!page.body.contains("gegrond"));
    let r = post_form(store, &pad, Some(&ib),
        &format!("csrf={csrf}&oordeel_datum={today}&oordeel=gegrond&reactie_datum={today}&volgt_oordeel=nee&reactie=andere+school+bereid")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(
        page.body.contains("wijkt af van het oordeel")
            && page.body.contains("andere school bereid")
    );
    // The parents of the demo's verwijdering case see it, with the board's response, in the
    // child's dossier.
    let ouder = sign_in(store, "ouder").await;
    let key = sleutel(store, "ouder").await;
    let lijst = json(&api_get(store, "/api/v1/geschillen", Some(&key)).await.body);
    let eigen = lijst["geschillen"].as_array().unwrap();
    assert_eq!(eigen.len(), 1, "{lijst}");
    let kind = eigen[0]["leerling"].as_i64().unwrap();
    let dossier = get(store, &format!("/leerlingen/{kind}"), Some(&ouder)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    assert!(dossier.body.contains("geschil over verwijdering"));
    assert!(dossier.body.contains("wijkt af van het oordeel"));
    // Counted anonymously for the monitor.
    let swv = store
        .accounts()
        .verify_password("swv-po", "demo-swv-po-2026")
        .await
        .unwrap()
        .unwrap();
    let wie = passend_store::Verzoeker {
        account_id: swv.id,
        kijker: passend_domain::Kijker {
            rol: passend_domain::Rol::Swv,
            scope: Some("PO2605".into()),
        },
    };
    let telling = store
        .verantwoording()
        .geschillen_telling(&wie, Schooljaar::of(today))
        .await
        .unwrap();
    assert!(telling.iter().all(|t| t.swv.as_str() == "PO2605"));
    let verwijdering: i64 = telling
        .iter()
        .filter(|t| t.soort == "verwijdering")
        .map(|t| t.aantal)
        .sum();
    assert!(verwijdering >= 1, "{telling:?}");
    let key = sleutel(store, "inspectie").await;
    let r = json(
        &api_get(store, "/api/v1/geschillentelling", Some(&key))
            .await
            .body,
    );
    assert!(
        r["tellingen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["soort"] == "toelating")
    );
    assert!(!r.to_string().contains("leerling"));
    db.finish().await;
}

#[tokio::test]
async fn a_referral_to_an_onderwijsconsulent_has_no_term_and_is_counted() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let key = sleutel(store, "ib").await;
    let leerling = store
        .leerlingen_van_vestiging(
            &passend_domain::VestigingCode::parse("90AA00").unwrap(),
            today,
        )
        .await
        .unwrap()[4]
        .id
        .0;
    let telling = |key: String| async move {
        let r = json(
            &api_get(store, "/api/v1/geschillentelling", Some(&key))
                .await
                .body,
        );
        r["tellingen"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["soort"] == "onderwijsconsulent")
            .map(|t| t["aantal"]["waarde"].as_i64().unwrap())
            .sum::<i64>()
    };
    let swv = sleutel(store, "swv-po").await;
    let voor = telling(swv.clone()).await;
    let r = api_send(
        store,
        "POST",
        "/api/v1/geschillen",
        &key,
        &format!(
            r#"{{"leerling": {leerling}, "soort": "onderwijsconsulent", "vestiging": "90AA00", "ingediendOp": "{today}", "omschrijving": "Ouders en school zoeken samen een passende plek"}}"#
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let g = json(&r.body);
    // Mediation: the law sets no term, and there is no oordeel for the board to answer:
    // a board's response is refused, the mediation's outcome is recorded.
    assert!(g["oordeelUiterlijk"].is_null(), "{g}");
    let pad = format!("/api/v1/geschillen/{}", g["id"]);
    let r = api_send(
        store,
        "PATCH",
        &pad,
        &key,
        r#"{"volgtOordeel": true, "reactie": "wij volgen"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let r = api_send(
        store,
        "PATCH",
        &pad,
        &key,
        &format!(r#"{{"oordeelDatum": "{today}", "oordeel": "plaatsing op 90AB00 afgesproken"}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(json(&r.body)["reactie"].is_null());
    // Counted, without the child.
    assert_eq!(telling(swv).await, voor + 1);
    // The referral shows on the school's list of disputes.
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/verantwoording/geschillen", Some(&ib)).await;
    assert!(page.body.contains("verwijzing naar een onderwijsconsulent"));
    db.finish().await;
}
