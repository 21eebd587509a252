//! Kerncijfers, jaarcijfers and the API's receipts per SWV.

use super::*;

/// The key figures and the annual figures on both databases (no demo: the reference tables only).
async fn kerncijfers_en_jaarcijfers(store: &Store) {
    let inspectie = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::Inspectie,
            scope: None,
        },
    };
    assert_eq!(
        store.geld().geld_bereik(&inspectie).unwrap(),
        GeldBereik::Landelijk
    );
    let rijen = store
        .geld()
        .geld_kerncijfers(&inspectie, sj("2015-2016"))
        .await
        .unwrap();
    assert!(rijen.iter().all(|r| r.reserve.is_none()));
    let school = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::School,
            scope: Some("90AA00".into()),
        },
    };
    assert!(
        store
            .geld()
            .geld_kerncijfers(&school, sj("2015-2016"))
            .await
            .unwrap()
            .is_empty()
    );
    let opr = Verzoeker {
        account_id: 0,
        kijker: Kijker {
            rol: Rol::Opr,
            scope: Some("PO2605".into()),
        },
    };
    match store.geld().jaarcijfers(&opr, &po()).await {
        Ok(jaren) => assert!(jaren.is_empty()),
        Err(e) => assert!(
            matches!(e, passend_store::StoreError::NietGevonden { .. }),
            "{e}"
        ),
    }
}

contract!(kerncijfers_en_jaarcijfers);

/// `GET /api/v1/geld/ontvangen`: a board's receipts per SWV, as the store computes them for
/// the page; only for a bestuur, documented in the OpenAPI document.
#[tokio::test]
async fn the_api_gives_a_board_its_receipts_per_swv() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let sleutel = |user: &'static str| async move {
        let account = store
            .accounts()
            .verify_password(user, &format!("demo-{user}-2026"))
            .await
            .unwrap()
            .unwrap();
        store
            .accounts()
            .create_api_sleutel(account.id, "test")
            .await
            .unwrap()
    };
    let key = sleutel("bestuur").await;
    let url = "/api/v1/geld/ontvangen?schooljaar=2027-2028&rekenvoorbeeld=2015-2016";
    let reply = api_get(store, url, Some(&key)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["schooljaar"], "2027-2028");
    assert_eq!(json["rekenvoorbeeld"], true);
    let bestuur = als(store, "bestuur", Rol::Bestuur, Some("90001")).await;
    let verwacht = store
        .geld()
        .ontvangen_per_swv(
            &bestuur,
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    let swvs = json["samenwerkingsverbanden"].as_array().unwrap();
    assert_eq!(swvs.len(), verwacht.len());
    for (o, j) in verwacht.iter().zip(swvs) {
        assert_eq!(j["samenwerkingsverband"], o.swv.to_string());
        assert_eq!(
            j["totaal"].as_str().map(String::from),
            o.totaal.map(|t| format!("{:.2}", t.round_dp(2)))
        );
        let scholen = j["scholen"].as_array().unwrap();
        assert_eq!(scholen.len(), o.scholen.len());
        assert!(scholen.iter().all(|s| s["bevoegdGezag"] == "90001"));
    }
    // Not a board: not found, as a problem.
    let po = sleutel("swv-po").await;
    let reply = api_get(store, url, Some(&po)).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(
        reply
            .content_type
            .as_deref()
            .is_some_and(|c| c.contains("problem+json")),
        "{:?}",
        reply.content_type
    );
    // A bad schooljaar names the field.
    let reply = api_get(store, "/api/v1/geld/ontvangen?schooljaar=2027", Some(&key)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("schooljaar"), "{}", reply.body);
    // In the OpenAPI document, under the tag geld.
    let doc = api_get(store, "/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert_eq!(doc["paths"]["/geld/ontvangen"]["get"]["tags"][0], "geld");
    db.finish().await;
}
