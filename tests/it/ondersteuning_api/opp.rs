//! OPP versions: readable, with consent and evaluation.

use super::*;

#[tokio::test]
async fn opp_versions_stay_readable_with_consent_and_evaluation() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ib = demo_key(store, "ib").await;
    let today = passend_web::vandaag().to_string();
    let p = zonder_steun(&db, "90AA00").await[0];
    let url = format!("/api/v1/leerlingen/{p}/opp");

    // Without the meeting with the parents: refused, naming the rule; nothing stored.
    let mut zonder = opp_body("vmbo-kader");
    zonder.as_object_mut().unwrap().remove("overlegOuders");
    let detail = problem(
        &post(store, &ib, &url, zonder).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(
        detail.contains("overleg met de ouders") && detail.contains("WPO art. 40a"),
        "{detail}"
    );
    // An unknown field is named.
    let mut extra = opp_body("vmbo-kader");
    extra["datumOverleg"] = today.clone().into();
    let detail = problem(
        &post(store, &ib, &url, extra).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(detail.contains("unknown field `datumOverleg`"), "{detail}");
    let mut fout = opp_body("vmbo");
    fout["behoeften"][0]["niveau"] = 9.into();
    let detail = problem(&post(store, &ib, &url, fout).await, StatusCode::BAD_REQUEST);
    assert!(detail.starts_with("uitstroom: 'vmbo'"), "{detail}");
    assert!(
        get(store, &ib, &url).await["ontwikkelingsperspectieven"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let v1 = post(store, &ib, &url, opp_body("vmbo-kader")).await;
    assert_eq!(v1.status, StatusCode::CREATED, "{}", v1.body);
    assert_eq!(v1.location.as_deref(), Some(url.as_str()));
    let o = json(&v1);
    assert_eq!(
        (o["vestiging"].as_str(), o["leerling"].as_i64()),
        (Some("90AA00"), Some(p))
    );
    assert_eq!(o["versies"][0]["versie"], 1);
    assert_eq!(o["versies"][0]["behoeften"][0]["niveau"], 4);

    let v2 = post(store, &ib, &url, opp_body("vmbo-gt")).await;
    assert_eq!(v2.status, StatusCode::CREATED, "{}", v2.body);
    let all = get(store, &ib, &url).await;
    let opps = all["ontwikkelingsperspectieven"].as_array().unwrap();
    assert_eq!(opps.len(), 1, "one OPP per school, with its versions");
    let versies = opps[0]["versies"].as_array().unwrap();
    assert_eq!(versies.len(), 2);
    assert_eq!(
        (&versies[0]["versie"], &versies[0]["uitstroom"]),
        (&2.into(), &"vmbo-gt".into())
    );
    assert_eq!(
        (&versies[1]["versie"], &versies[1]["uitstroom"]),
        (&1.into(), &"vmbo-kader".into())
    );
    assert_eq!(versies[1]["doelen"][0]["wie"], "remedial teacher");

    // The parents' signed paper form on the current version, once; without the form, nothing.
    let inst = format!("{url}/instemming");
    let geen = serde_json::json!({"datum": today, "formulier": {"naam": "scan.pdf", "mime": "application/pdf", "inhoud": ""}});
    let zonder = post(store, &ib, &inst, geen).await;
    assert!(problem(&zonder, StatusCode::BAD_REQUEST).contains("ondertekende formulier"));
    let formulier = serde_json::json!({"naam": "scan.pdf", "mime": "application/pdf", "inhoud": "JVBERi0xLjcK"});
    let ok = post(
        store,
        &ib,
        &inst,
        serde_json::json!({"datum": today, "formulier": formulier}),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(json(&ok)["versies"][0]["instemmingOuders"], today.as_str());
    assert!(json(&ok)["versies"][1]["instemmingOuders"].is_null());
    let again = post(
        store,
        &ib,
        &inst,
        serde_json::json!({"datum": today, "formulier": formulier}),
    )
    .await;
    assert!(problem(&again, StatusCode::BAD_REQUEST).contains("zonder instemming"));

    let eval = post(
        store,
        &ib,
        &format!("{url}/evaluaties"),
        serde_json::json!({"datum": today, "metOuders": true, "verslag": "doelen lezen gehaald"}),
    )
    .await;
    assert_eq!(eval.status, StatusCode::CREATED, "{}", eval.body);
    assert_eq!(json(&eval)["evaluaties"][0]["metOuders"], true);

    // Others in scope read it; a school elsewhere does not, nor writes.
    let bestuur = demo_key(store, "bestuur").await;
    assert_eq!(
        get(store, &bestuur, &url).await["ontwikkelingsperspectieven"][0]["versies"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let (other, _) = in_rol(store, "ib-elders", Rol::School, "90AB00").await;
    assert_eq!(
        api_get(store, &url, Some(&other)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post(store, &other, &url, opp_body("havo")).await.status,
        StatusCode::NOT_FOUND
    );
    let bestuur_post = post(store, &bestuur, &url, opp_body("havo")).await;
    assert!(problem(&bestuur_post, StatusCode::BAD_REQUEST).contains("alleen de school"));

    // Signals: only the school's own pupils, paged with links.
    let s = get(store, &ib, "/api/v1/opp-signalen?paginaGrootte=5").await;
    for signaal in s["signalen"].as_array().unwrap() {
        assert_eq!(signaal["vestiging"], "90AA00");
        assert!(signaal["datum"].as_str().unwrap().len() == 10);
    }
    assert_eq!(
        s["_links"]["self"]["href"],
        "/api/v1/opp-signalen?pagina=1&paginaGrootte=5"
    );
    let ouder = demo_key(store, "ouder").await;
    assert_eq!(
        get(store, &ouder, "/api/v1/opp-signalen").await["totaal"],
        0
    );
    db.finish().await;
}
