//! Symbiose: 180 minutes, two schooljaren, an explanation above the guideline.

use super::*;

pub(super) fn symbiose(
    vakken: Value,
    van: &str,
    tot: &str,
    rooster: u32,
    uitleg: Option<&str>,
) -> Value {
    let mut s = serde_json::json!({"regulierVestiging": "90AA00", "van": van, "tot": tot, "vakken": vakken,
        "roosterMinuten": rooster, "begeleiding": "ambulant begeleider 1 uur per week in de klas"});
    if let Some(u) = uitleg {
        s["uitleg"] = u.into();
    }
    s
}

#[tokio::test]
async fn symbiose_needs_180_minutes_two_schooljaren_and_an_explanation_above_the_guideline() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let p = zonder_steun(&db, "90BT00").await[0];
    let (so, _) = in_rol(store, "ib-so", Rol::School, "90BT00").await;
    let url = format!("/api/v1/leerlingen/{p}/symbiose");
    let vakken = |m: &[(&str, u32)]| {
        Value::Array(
            m.iter()
                .map(|(v, n)| serde_json::json!({"vak": v, "minuten": n}))
                .collect(),
        )
    };
    let cases = [
        (
            symbiose(
                vakken(&[("rekenen", 90), ("taal", 89)]),
                "2026-2027",
                "2027-2028",
                1500,
                None,
            ),
            "179 minuten is te weinig",
        ),
        (
            symbiose(
                vakken(&[("rekenen", 180)]),
                "2026-2027",
                "2026-2027",
                1500,
                None,
            ),
            "ten minste 2 aaneengesloten schooljaren",
        ),
        (
            symbiose(
                vakken(&[("rekenen", 700)]),
                "2026-2027",
                "2027-2028",
                1000,
                None,
            ),
            "70% van de lesuren, meer dan de richtlijn van 60%",
        ),
        (
            symbiose(vakken(&[("rekenen", 180)]), "2026", "2027-2028", 1500, None),
            "van: '2026' is geen schooljaar",
        ),
    ];
    for (body, detail) in cases {
        let reply = post(store, &so, &url, body).await;
        let got = problem(&reply, StatusCode::BAD_REQUEST);
        assert!(got.contains(detail), "want '{detail}' in '{got}'");
    }
    assert!(
        get(store, &so, &url).await["overeenkomsten"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let body = symbiose(
        vakken(&[("rekenen", 700)]),
        "2026-2027",
        "2027-2028",
        1000,
        Some("terugplaatsing naar de basisschool voorbereiden"),
    );
    let made = post(store, &so, &url, body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    assert_eq!(made.location.as_deref(), Some(url.as_str()));
    let s = json(&made);
    assert_eq!(
        (
            s["procentRegulier"].as_i64(),
            s["van"].as_str(),
            s["tot"].as_str()
        ),
        (Some(70), Some("2026-2027"), Some("2027-2028"))
    );
    assert_eq!(
        get(store, &so, &url).await["overeenkomsten"][0]["id"],
        s["id"]
    );
    // A regular school cannot record one for its own pupil.
    let ib = demo_key(store, "ib").await;
    let q = zonder_steun(&db, "90AA00").await[0];
    let bao = post(
        store,
        &ib,
        &format!("/api/v1/leerlingen/{q}/symbiose"),
        symbiose(
            vakken(&[("rekenen", 180)]),
            "2026-2027",
            "2027-2028",
            1500,
            None,
        ),
    )
    .await;
    assert!(problem(&bao, StatusCode::BAD_REQUEST).contains("(v)so-school"));
    db.finish().await;
}
