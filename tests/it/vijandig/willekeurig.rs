//! Random JSON never makes the API fail.

use super::*;

/// Any JSON value: what a confused or hostile client might send.
fn json_waarde(sleutels: Vec<String>) -> impl Strategy<Value = Value> {
    let tekst = prop_oneof![
        ".{0,12}",
        prop::sample::select(vec![
            "",
            "2026-10-01",
            "2026-02-30",
            "123456782",
            "123456789",
            "90AA00",
            "PO2605",
            "3431AB",
            "ja",
            "L",
            "verzuim_16_uur",
            "afgesloten",
            "5a",
            "\u{0}",
            "𝔘",
        ])
        .prop_map(String::from),
    ];
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![Just(0.5), Just(-1e308), Just(1e-7)].prop_map(Value::from),
        tekst.prop_map(Value::String),
    ];
    let sleutel = prop_oneof![3 => prop::sample::select(sleutels), 1 => "[a-zA-Z]{1,8}".boxed()];
    blad.prop_recursive(3, 24, 6, move |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(sleutel.clone(), binnen, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The property names of every request schema in the OpenAPI document, nested ones too, so
/// random objects often get past the first field.
fn veldnamen(doc: &Value) -> Vec<String> {
    let mut namen: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flat_map(|s| s.values())
        .filter_map(|s| s["properties"].as_object())
        .flat_map(|p| p.keys().cloned())
        .collect();
    namen.sort();
    namen.dedup();
    namen
}

#[test]
fn random_json_never_makes_the_api_fail() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (db, sleutels, doc) = rt.block_on(async {
        let db = demo_sqlite().await;
        let mut sleutels = Vec::new();
        for wie in WIE {
            sleutels.push(sleutel(&db.store, wie).await);
        }
        let doc: Value = serde_json::from_str(
            &crate::access::api_get(&db.store, "/api/v1/openapi.json", None)
                .await
                .body,
        )
        .unwrap();
        (db, sleutels, doc)
    });
    // A write of each kind: a registration, an absence report's status, a case, a TLV.
    let routes = [
        ("POST", "/api/v1/aanmeldingen", 0),
        ("PATCH", "/api/v1/verzuimmeldingen/1", 2),
        ("PATCH", "/api/v1/thuiszitters/1", 1),
        ("POST", "/api/v1/leerlingen/1/tlvs", 0),
        ("POST", "/api/v1/vrijstellingen", 2),
    ];
    let gevallen = std::env::var("PASSEND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32);
    let mut runner = TestRunner::new(Config {
        cases: gevallen,
        failure_persistence: None,
        ..Config::default()
    });
    let strategie = (
        json_waarde(veldnamen(&doc)),
        prop::sample::select(routes.to_vec()),
    );
    runner
        .run(&strategie, |(waarde, (methode, uri, wie))| {
            let reply = rt.block_on(verstuur(
                &db.store,
                methode,
                uri,
                &Als::Sleutel(&sleutels[wie]),
                "application/json",
                waarde.to_string().into_bytes(),
            ));
            prop_assert!(
                !reply.status.is_server_error(),
                "{methode} {uri}: {} {}",
                reply.status,
                reply.body
            );
            if !reply.status.is_success() {
                detail(&reply).map_err(TestCaseError::fail)?;
            }
            Ok(())
        })
        .unwrap();
    rt.block_on(db.finish());
}
