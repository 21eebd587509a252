//! Deskundigen advise, the SWV decides; gapless numbers and bezwaar.

use super::*;

#[tokio::test]
async fn deskundigen_advise_the_swv_decides_with_gapless_numbers_and_bezwaar_is_tracked() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ib = demo_key(store, "ib").await;
    let swv = demo_key(store, "swv-po").await;
    let pupils = zonder_steun(&db, "90AA00").await;
    let (p1, p2, elders) = (pupils[0], pupils[1], pupils[2]);
    // The numbers this SWV already gave out this year, and its register as it stands.
    let prefix = format!("PO2605-{}-", today.year());
    let eerder =
        get(store, &swv, "/api/v1/tlvs?paginaGrootte=200").await["toelaatbaarheidsverklaringen"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| {
                t["beschikkingsnummer"]
                    .as_str()
                    .is_some_and(|n| n.starts_with(&prefix))
            })
            .count();

    // Requests by the school: sbo at the demo's sbo school, so at its so school.
    let sbo = post(
        store,
        &ib,
        &format!("/api/v1/leerlingen/{p1}/tlvs"),
        serde_json::json!({"soort": "sbo", "ontvangendeVestiging": "90BR00"}),
    )
    .await;
    assert_eq!(sbo.status, StatusCode::CREATED, "{}", sbo.body);
    let so = post(
        store,
        &ib,
        &format!("/api/v1/leerlingen/{p2}/tlvs"),
        serde_json::json!({"soort": "so", "ontvangendeVestiging": "90BT00"}),
    )
    .await;
    assert_eq!(so.status, StatusCode::CREATED, "{}", so.body);
    let (t1, t2) = (
        json(&sbo)["id"].as_i64().unwrap(),
        json(&so)["id"].as_i64().unwrap(),
    );
    assert_eq!(json(&so)["grond"], "vorige-school");

    // The register: two independent deskundigen and one attached to the requesting school.
    let register_len = |r: Value| r["deskundigen"].as_array().unwrap().len();
    let al = register_len(get(store, &swv, "/api/v1/deskundigen").await);
    let mut register = Vec::new();
    for (naam, discipline, verbonden) in [
        ("drs. J. de Vries", "orthopedagoog", "91ZZ"),
        ("M. Bakker", "arts", ""),
        ("K. Smit", "maatschappelijk werker", "90AA"),
    ] {
        let made = post(
            store,
            &swv,
            "/api/v1/deskundigen",
            serde_json::json!({"naam": naam, "discipline": discipline, "verbondenAan": verbonden}),
        )
        .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        register.push(json(&made)["id"].as_i64().unwrap());
    }
    let onbekend = post(
        store,
        &swv,
        "/api/v1/deskundigen",
        serde_json::json!({"naam": "X", "discipline": "tandarts"}),
    )
    .await;
    assert!(problem(&onbekend, StatusCode::BAD_REQUEST).contains("'tandarts' is geen discipline"));
    assert_eq!(
        register_len(get(store, &swv, "/api/v1/deskundigen").await),
        al + 3
    );
    assert_eq!(
        api_get(store, "/api/v1/deskundigen", Some(&ib))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let toewijzen = |t: i64| format!("/api/v1/tlvs/{t}/deskundigen");
    let afhankelijk = post(
        store,
        &swv,
        &toewijzen(t1),
        serde_json::json!({"eerste": register[0], "tweede": register[2]}),
    )
    .await;
    assert!(problem(&afhankelijk, StatusCode::BAD_REQUEST).contains("niet onafhankelijk"));
    let verkeerd_om = post(
        store,
        &swv,
        &toewijzen(t1),
        serde_json::json!({"eerste": register[1], "tweede": register[0]}),
    )
    .await;
    assert!(
        problem(&verkeerd_om, StatusCode::BAD_REQUEST).contains("orthopedagoog of een psycholoog")
    );
    for t in [t1, t2] {
        let ok = post(
            store,
            &swv,
            &toewijzen(t),
            serde_json::json!({"eerste": register[0], "tweede": register[1]}),
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        assert_eq!(json(&ok)["adviezen"].as_array().unwrap().len(), 2);
    }
    // The school cannot assign; the deciding SWV can.
    let door_school = post(
        store,
        &ib,
        &toewijzen(t1),
        serde_json::json!({"eerste": register[0], "tweede": register[1]}),
    )
    .await;
    assert!(
        problem(&door_school, StatusCode::BAD_REQUEST)
            .contains("beslist samenwerkingsverband PO2605")
    );

    // The first deskundige signs in with their register number as scope and writes advice 1;
    // advice 2 is not theirs, nor the SWV's to write (WPO art. 18a lid 11): the second
    // deskundige writes it, signed in.
    let (deskundige, _) = in_rol(
        store,
        "deskundige-1",
        Rol::Deskundige,
        &register[0].to_string(),
    )
    .await;
    let (tweede, _) = in_rol(
        store,
        "deskundige-2",
        Rol::Deskundige,
        &register[1].to_string(),
    )
    .await;
    for t in [t1, t2] {
        let url = format!("/api/v1/tlvs/{t}/adviezen");
        let niet_van_mij = post(
            store,
            &deskundige,
            &url,
            serde_json::json!({"volgorde": 2, "datum": today.to_string(), "advies": "x"}),
        )
        .await;
        assert!(
            problem(&niet_van_mij, StatusCode::BAD_REQUEST)
                .contains("alleen de gevraagde deskundige")
        );
        let eigen = post(store, &deskundige, &url,
            serde_json::json!({"volgorde": 1, "datum": today.to_string(), "advies": "toelaatbaar: de behoefte gaat boven de basis"})).await;
        assert_eq!(eigen.status, StatusCode::CREATED, "{}", eigen.body);
        assert_eq!(
            eigen.location.as_deref(),
            Some(format!("/api/v1/tlvs/{t}").as_str())
        );
        // Advice 2 sent twice at once: written once, as the first one wrote it.
        let advies = |tekst: &str| serde_json::json!({"volgorde": 2, "datum": today.to_string(), "advies": tekst});
        let namens = post(store, &swv, &url, advies("namens de deskundige")).await;
        assert!(
            problem(&namens, StatusCode::BAD_REQUEST).contains("alleen de gevraagde deskundige")
        );
        let (x, y) = tokio::join!(
            post(
                store,
                &tweede,
                &url,
                advies("eens met advies 1; medisch geen bezwaar")
            ),
            post(store, &tweede, &url, advies("tweede versie"))
        );
        let mut statuses = [x.status, y.status];
        statuses.sort();
        assert_eq!(
            statuses,
            [StatusCode::CREATED, StatusCode::BAD_REQUEST],
            "{} {}",
            x.body,
            y.body
        );
        let winner = if x.status == StatusCode::CREATED {
            "eens met advies 1; medisch geen bezwaar"
        } else {
            "tweede versie"
        };
        assert_eq!(
            get(store, &swv, &format!("/api/v1/tlvs/{t}")).await["adviezen"][1]["advies"],
            winner
        );
    }
    // The deskundige reads the assigned case, with the other advice by name only, and nothing else.
    let gezien = get(store, &deskundige, &format!("/api/v1/tlvs/{t1}")).await;
    assert!(gezien["adviezen"][0]["advies"].is_string());
    assert!(
        gezien["adviezen"][1]["advies"].is_null() && gezien["adviezen"][1]["datum"].is_string()
    );
    get(store, &deskundige, &format!("/api/v1/leerlingen/{p1}/tlvs")).await;
    for path in [
        format!("/api/v1/leerlingen/{elders}/tlvs"),
        format!("/api/v1/leerlingen/{elders}"),
    ] {
        assert_eq!(
            api_get(store, &path, Some(&deskundige)).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Decisions: a refusal needs reasons; a grant from 1 August runs one schooljaar.
    let besluit = |t: i64| format!("/api/v1/tlvs/{t}/besluit");
    let zonder_reden = post(
        store,
        &swv,
        &besluit(t1),
        serde_json::json!({"besluit": "afgewezen"}),
    )
    .await;
    assert!(problem(&zonder_reden, StatusCode::BAD_REQUEST).contains("noemt de redenen"));
    let categorie = post(
        store,
        &swv,
        &besluit(t1),
        serde_json::json!({"besluit": "toegekend", "categorie": "laag", "ingang": "2026-08-01"}),
    )
    .await;
    assert!(
        problem(&categorie, StatusCode::BAD_REQUEST)
            .contains("sbo heeft geen bekostigingscategorie")
    );
    // Sent twice at once: one decision, one refusal, and no number used up by the refusal.
    let grant = serde_json::json!({"besluit": "toegekend", "ingang": "2026-08-01"});
    let url1 = besluit(t1);
    let (x, y) = tokio::join!(
        post(store, &swv, &url1, grant.clone()),
        post(store, &swv, &url1, grant.clone())
    );
    let (eerste, dubbel) = if x.status == StatusCode::CREATED {
        (x, y)
    } else {
        (y, x)
    };
    assert_eq!(eerste.status, StatusCode::CREATED, "{}", eerste.body);
    assert!(problem(&dubbel, StatusCode::BAD_REQUEST).contains("al beslist"));
    assert_eq!(
        eerste.location.as_deref(),
        Some(format!("/api/v1/tlvs/{t1}").as_str())
    );
    let b1 = json(&eerste);
    assert_eq!(
        b1["beschikkingsnummer"],
        format!("{prefix}{:05}", eerder + 1)
    );
    let tlv1 = &b1["toelaatbaarheidsverklaring"];
    assert_eq!(
        (tlv1["ingang"].as_str(), tlv1["einde"].as_str()),
        (Some("2026-08-01"), Some("2027-07-31"))
    );
    assert_eq!(tlv1["beschikkingsnummer"], b1["beschikkingsnummer"]);
    assert!(tlv1["brief"].as_str().unwrap().contains("bezwaar"));

    // From 15 September: one year is too short, the earliest end is two years on.
    let te_kort = post(store, &swv, &besluit(t2),
        serde_json::json!({"besluit": "toegekend", "categorie": "laag", "ingang": "2026-09-15", "einde": "2027-07-31"})).await;
    let detail = problem(&te_kort, StatusCode::BAD_REQUEST);
    assert!(
        detail.contains("minimaal 1 geheel schooljaar") && detail.contains("2028-07-31"),
        "{detail}"
    );
    let tweede = post(
        store,
        &swv,
        &besluit(t2),
        serde_json::json!({"besluit": "toegekend", "categorie": "laag", "ingang": "2026-09-15"}),
    )
    .await;
    assert_eq!(tweede.status, StatusCode::CREATED, "{}", tweede.body);
    let b2 = json(&tweede);
    assert_eq!(
        b2["beschikkingsnummer"],
        format!("{prefix}{:05}", eerder + 2),
        "no gap after refusals"
    );
    assert_eq!(b2["toelaatbaarheidsverklaring"]["einde"], "2028-07-31");
    assert_eq!(b2["toelaatbaarheidsverklaring"]["categorie"], "laag");
    let nog_eens = post(
        store,
        &swv,
        &besluit(t2),
        serde_json::json!({"besluit": "afgewezen", "reden": "x"}),
    )
    .await;
    assert!(problem(&nog_eens, StatusCode::BAD_REQUEST).contains("al beslist"));

    // A bezwaar with its terms; postponed once; no outcome before the commission's advice.
    let bezwaren = format!("/api/v1/tlvs/{t1}/bezwaren");
    let ingediend = post(store, &swv, &bezwaren,
        serde_json::json!({"ingediendOp": today.to_string(), "gronden": "de ouders willen regulier onderwijs met ondersteuning"})).await;
    assert_eq!(ingediend.status, StatusCode::CREATED, "{}", ingediend.body);
    let bz = json(&ingediend);
    let bz_id = bz["id"].as_i64().unwrap();
    assert_eq!(
        ingediend.location.as_deref(),
        Some(format!("{bezwaren}/{bz_id}").as_str())
    );
    assert_eq!(bz["indienenUiterlijk"], (today + 42.days()).to_string());
    let bz_url = format!("{bezwaren}/{bz_id}");
    let verdaagd = api_send(store, "PATCH", &bz_url, &swv, "{\"verdaagd\":true}").await;
    assert_eq!(verdaagd.status, StatusCode::OK, "{}", verdaagd.body);
    assert_eq!(json(&verdaagd)["verdaagd"], true);
    assert_eq!(get(store, &swv, &bz_url).await["verdaagd"], true);
    assert!(
        json(&verdaagd)["beslissenUiterlijk"].as_str().unwrap()
            > bz["beslissenUiterlijk"].as_str().unwrap()
    );
    let te_vroeg = api_send(store, "PATCH", &bz_url, &swv, "{\"uitkomst\":\"gegrond\"}").await;
    assert!(problem(&te_vroeg, StatusCode::BAD_REQUEST).contains("bezwaaradviescommissie"));
    let onbekend_veld =
        api_send(store, "PATCH", &bz_url, &swv, "{\"uitspraak\":\"gegrond\"}").await;
    assert!(problem(&onbekend_veld, StatusCode::BAD_REQUEST).contains("unknown field `uitspraak`"));
    assert_eq!(
        get(store, &ib, &format!("/api/v1/tlvs/{t1}")).await["bezwaren"][0]["id"],
        bz_id
    );
    // Not for the VO SWV.
    let swv_vo = demo_key(store, "swv-vo").await;
    let vo = get(store, &swv_vo, "/api/v1/tlvs?paginaGrootte=200").await;
    assert!(
        vo["toelaatbaarheidsverklaringen"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["samenwerkingsverband"] == "VO2605")
    );
    assert_eq!(
        api_get(store, &format!("/api/v1/tlvs/{t1}"), Some(&swv_vo))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}
