//! A TLV request goes to the SWV the law names.

use super::*;

#[tokio::test]
async fn a_tlv_request_goes_to_the_swv_the_law_names() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    // A basisschool in Utrecht (PO2601); the demo's so (90BT00) and sbo (90BR00) in PO2605.
    assert_eq!(
        school_with_vestiging(store, "12AB00", "3511AB", Schoolsoort::Bao)
            .await
            .as_str(),
        "PO2601"
    );
    let utrecht = VestigingCode::parse("12AB00").unwrap();
    let (so, so_wie) = in_rol(store, "ib-so", Rol::School, "90BT00").await;
    let (sbo, sbo_wie) = in_rol(store, "ib-sbo", Rol::School, "90BR00").await;

    // (a) Lives in Nieuwegein (PO2605), at school in Utrecht, registered at the so school:
    // the SWV of the school the child comes from decides.
    let a = store
        .create_leerling(&kind(&bsn(1), "3431AB", today))
        .await
        .unwrap();
    store
        .add_inschrijving(
            a,
            Inschrijving::new(utrecht.clone(), date(2021, 8, 23), None).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        meld_aan(store, &so_wie, "90BT00", kind(&bsn(1), "3431AB", today)).await,
        a
    );
    // (b) Never at a school, lives in Amersfoort (PO2602): the SWV where the child lives.
    let b = meld_aan(store, &so_wie, "90BT00", kind(&bsn(2), "3811AB", today)).await;
    // (c) sbo: lives in Amersfoort, at school in Utrecht; the sbo school's SWV decides.
    let c = store
        .create_leerling(&kind(&bsn(3), "3811AB", today))
        .await
        .unwrap();
    store
        .add_inschrijving(
            c,
            Inschrijving::new(utrecht, date(2021, 8, 23), None).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        meld_aan(store, &sbo_wie, "90BR00", kind(&bsn(3), "3811AB", today)).await,
        c
    );

    let cases = [
        (&so, a, "so", "PO2601", "vorige-school"),
        (&so, b, "so", "PO2602", "woonplaats"),
        (&sbo, c, "sbo", "PO2605", "sbo-school"),
    ];
    let mut ids = Vec::new();
    for (key, leerling, soort, swv, grond) in cases {
        let url = format!("/api/v1/leerlingen/{}/tlvs", leerling.0);
        let made = post(
            store,
            key,
            &url,
            serde_json::json!({"soort": soort, "toelichting": "zie OPP"}),
        )
        .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        let t = json(&made);
        assert_eq!(
            (t["samenwerkingsverband"].as_str(), t["grond"].as_str()),
            (Some(swv), Some(grond)),
            "{soort} for pupil {}",
            leerling.0
        );
        assert!(t["grondUitleg"].as_str().unwrap().contains("art. 40"));
        assert_eq!(t["status"], "aangevraagd");
        let id = t["id"].as_i64().unwrap();
        assert_eq!(
            made.location.as_deref(),
            Some(format!("/api/v1/tlvs/{id}").as_str())
        );
        // The requesting school reads its request back (with only the registration: the
        // request, not the pupil's other TLVs).
        assert_eq!(
            get(store, key, &format!("/api/v1/tlvs/{id}")).await["id"],
            id
        );
        ids.push((swv, id));
    }
    // Each request lies with the SWV that decides, and only there.
    for swv in ["PO2601", "PO2602", "PO2605"] {
        let (key, _) = in_rol(store, &format!("swv-{swv}"), Rol::Swv, swv).await;
        let list = get(store, &key, "/api/v1/tlvs").await;
        let listed: Vec<i64> = list["toelaatbaarheidsverklaringen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect();
        for (at, id) in &ids {
            assert_eq!(
                listed.contains(id),
                *at == swv,
                "TLV {id} in the list of {swv}"
            );
        }
    }
    // An sbo request from a school that is not one must name the sbo school.
    let ib = demo_key(store, "ib").await;
    let p = leerlingen_van(store, "90AA00").await[0];
    let zonder = post(
        store,
        &ib,
        &format!("/api/v1/leerlingen/{p}/tlvs"),
        serde_json::json!({"soort": "sbo"}),
    )
    .await;
    assert!(problem(&zonder, StatusCode::BAD_REQUEST).contains("noemt de sbo-school"));
    db.finish().await;
}
