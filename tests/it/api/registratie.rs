//! Registrations through the API: extending, refusals, scope.

use super::*;

/// A valid onderwijsnummer from a counter below 10 000 000 (DUO's check: weighted sum mod 11
/// = check digit + 5). The demo region gives its pupils BSNs, so these never meet a demo pupil.
pub fn onderwijsnummer(n: u64) -> String {
    // Seven digits from the counter; the eighth (weight 2) is chosen so that a check digit
    // exists, which one of the ten always does: distinct counters give distinct numbers.
    let kop = n % 10_000_000;
    (0..10)
        .find_map(|acht| {
            let d: Vec<u32> = format!("{kop:07}{acht}")
                .bytes()
                .map(|b| u32::from(b - b'0'))
                .collect();
            let sum: u32 = d.iter().zip((2..=9).rev()).map(|(x, w)| x * w).sum();
            let check = (sum % 11).checked_sub(5)?;
            Some(d.iter().chain([&check]).map(|x| x.to_string()).collect())
        })
        .expect("one of ten eighth digits gives a check digit")
}

/// A registration body for the demo school; `leerling` is spliced in as JSON fields.
fn registratie(leerling: &str, ontvangen: &str) -> String {
    format!(
        "{{\"leerling\":{{{leerling}}},\"vestiging\":\"90AA00\",\"ontvangen\":\"{ontvangen}\",\
         \"gewensteStart\":\"2027-01-05\",\"eersteVoorkeur\":true,\"andereScholen\":\"90AB00\",\
         \"extraOndersteuning\":true,\"beoordeling\":\"spraak-taal\"}}"
    )
}

pub(crate) async fn api_key(store: &passend_store::Store, user: &str) -> String {
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
}

/// Rows in the tables a registration writes to, read below the store.
async fn counts(url: &str) -> [i64; 3] {
    use sqlx::{Connection, Row};
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let mut out = [0; 3];
    for (slot, table) in out.iter_mut().zip(["aanmelding", "leerling", "audit_log"]) {
        *slot = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get::<i64, _>(0);
    }
    raw.close().await.ok();
    out
}

#[tokio::test]
async fn a_school_registers_and_extends_once_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = api_key(store, "ib").await;
    let today = passend_web::vandaag();
    let ontvangen = today - jiff::ToSpan::days(10);
    let leerling = format!(
        "\"onderwijsnummer\":\"{}\",\"voornaam\":\"Lotte\",\"tussenvoegsel\":\"van\",\"achternaam\":\"Dam\",\
         \"geboortedatum\":\"2021-06-01\",\"woonPostcode\":\"3431 AB\"",
        onderwijsnummer(1_000_001)
    );
    let body = registratie(&leerling, &ontvangen.to_string());
    let made = crate::access::api_send(store, "POST", "/api/v1/aanmeldingen", &key, &body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let a = json(&made.body);
    let id = a["id"].as_i64().unwrap();
    assert_eq!(
        made.location.as_deref(),
        Some(format!("/api/v1/aanmeldingen/{id}").as_str())
    );
    let due = ontvangen + jiff::ToSpan::days(42);
    assert_eq!(a["beslissenUiterlijk"], due.to_string(), "6 weeks");
    assert_eq!(
        a["tijdelijkePlaatsingVanaf"],
        (ontvangen + jiff::ToSpan::days(71)).to_string(),
        "the day after 10 weeks"
    );
    assert_eq!(
        (&a["verlengd"], &a["zorgplichtHier"], &a["vestiging"]),
        (&false.into(), &true.into(), &"90AA00".into())
    );
    // The Location answers, and the pupil is new, made in the registration's transaction.
    let again = api_get(store, &format!("/api/v1/aanmeldingen/{id}"), Some(&key)).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(json(&again.body)["leerling"], a["leerling"]);
    let log = store
        .zoek_audit(
            &crate::support::beheerder(),
            &passend_store::AuditFilter {
                leerling_id: a["leerling"].as_i64(),
                actie: Some("aanmaken".into()),
                ..Default::default()
            },
            1,
            50,
        )
        .await
        .unwrap()
        .0;
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].route.as_str(), log[0].wijzigingen.as_deref()),
        ("/api/v1/aanmeldingen", Some("aanmelding"))
    );

    // One extension of up to 4 weeks with the notice to the parents; never a second.
    let url = format!("/api/v1/aanmeldingen/{id}/verlenging");
    let five = format!("{{\"weken\":5,\"kennisgeving\":\"{today}\"}}");
    let refused = crate::access::api_send(store, "POST", &url, &key, &five).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        json(&refused.body)["detail"]
            .as_str()
            .unwrap()
            .contains("4 weken")
    );
    let two = format!("{{\"weken\":2,\"kennisgeving\":\"{today}\"}}");
    let extended = crate::access::api_send(store, "POST", &url, &key, &two).await;
    assert_eq!(extended.status, StatusCode::OK, "{}", extended.body);
    let e = json(&extended.body);
    assert_eq!(e["verlengd"], true);
    assert_eq!(
        e["beslissenUiterlijk"],
        (due + jiff::ToSpan::days(14)).to_string()
    );
    let before = counts(&db.url).await;
    let one = format!("{{\"weken\":1,\"kennisgeving\":\"{today}\"}}");
    let twice = crate::access::api_send(store, "POST", &url, &key, &one).await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        twice.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert!(
        json(&twice.body)["detail"]
            .as_str()
            .unwrap()
            .contains("één keer"),
        "{}",
        twice.body
    );
    let now = json(
        &api_get(store, &format!("/api/v1/aanmeldingen/{id}"), Some(&key))
            .await
            .body,
    );
    assert_eq!(
        now["beslissenUiterlijk"], e["beslissenUiterlijk"],
        "unchanged"
    );
    assert_eq!(counts(&db.url).await[..2], before[..2]);
    db.finish().await;
}

#[tokio::test]
async fn a_refused_registration_names_the_field_and_stores_nothing() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let key = api_key(store, "ib").await;
    let today = passend_web::vandaag();
    let tomorrow = (today + jiff::ToSpan::days(1)).to_string();
    let ok_leerling = |nummer: &str| {
        format!(
            "\"bsn\":\"{nummer}\",\"voornaam\":\"Sem\",\"achternaam\":\"Bakker\",\
             \"geboortedatum\":\"2020-02-29\",\"woonPostcode\":\"3431AB\""
        )
    };
    let good = ok_leerling("123456782");
    let cases: Vec<(String, &str)> = vec![
        (
            registratie(
                &good.replace("\"voornaam\":\"Sem\"", "\"voornaam\":\" \""),
                &today.to_string(),
            ),
            "leerling.voornaam:",
        ),
        (
            registratie(
                &good.replace(",\"achternaam\":\"Bakker\"", ""),
                &today.to_string(),
            ),
            "achternaam",
        ),
        (
            registratie(&ok_leerling("123456789"), &today.to_string()),
            "leerling.bsn: het BSN voldoet niet aan de elfproef",
        ),
        (
            registratie(
                &good.replace("\"bsn\":\"123456782\",", ""),
                &today.to_string(),
            ),
            "leerling.bsn:",
        ),
        (
            registratie(
                &format!(
                    "{good},\"onderwijsnummer\":\"{}\"",
                    onderwijsnummer(1_000_002)
                ),
                &today.to_string(),
            ),
            "leerling.bsn: geef een BSN of een onderwijsnummer, niet beide",
        ),
        (
            registratie(&good.replace("3431AB", "34"), &today.to_string()),
            "leerling.woonPostcode: '34' is geen postcode",
        ),
        (
            registratie(&good.replace("3431AB", "1000 AA"), &today.to_string()),
            "leerling.woonPostcode: postcode 1000",
        ),
        (
            registratie(&good.replace("2020-02-29", &tomorrow), &today.to_string()),
            "leerling.geboortedatum:",
        ),
        (
            registratie(
                &good.replace("2020-02-29", "29-02-2020"),
                &today.to_string(),
            ),
            "leerling.geboortedatum: '29-02-2020' is geen datum",
        ),
        (
            registratie(&good, &tomorrow),
            "ontvangen: de datum van ontvangst ligt in de toekomst",
        ),
        (
            registratie(&good, "gisteren"),
            "ontvangen: 'gisteren' is geen datum",
        ),
        (
            registratie(&good, &today.to_string()).replace("2027-01-05", "januari"),
            "gewensteStart: 'januari' is geen datum",
        ),
        (
            registratie(&good, &today.to_string()).replace("\"90AA00\"", "\"90AA\""),
            "vestiging: '90AA' is geen vestigingscode",
        ),
        (
            registratie(&good, &today.to_string()).replace("\"eersteVoorkeur\"", "\"voorkeur\""),
            "unknown field `voorkeur`",
        ),
        ("{\"leerling\":".into(), "ongeldige JSON"),
    ];
    let before = counts(&db.url).await;
    for (body, detail) in &cases {
        let reply =
            crate::access::api_send(store, "POST", "/api/v1/aanmeldingen", &key, body).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{detail}: {}",
            reply.body
        );
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json")
        );
        let p = json(&reply.body);
        assert_eq!(p["status"], 400);
        assert!(
            p["detail"].as_str().unwrap().contains(detail),
            "want '{detail}' in {}",
            p["detail"]
        );
        assert!(!reply.body.contains("123456789"), "a BSN is never echoed");
    }
    assert_eq!(
        counts(&db.url).await,
        before,
        "nothing stored, nothing logged"
    );
    // The same body with the fields right is registered (the cases above differ in one field).
    let made = crate::access::api_send(
        store,
        "POST",
        "/api/v1/aanmeldingen",
        &key,
        &registratie(&good, &today.to_string()),
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    db.finish().await;
}

#[tokio::test]
async fn registering_at_a_school_outside_the_scope_is_not_found() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag().to_string();
    let leerling = format!(
        "\"onderwijsnummer\":\"{}\",\"voornaam\":\"Noor\",\"achternaam\":\"Smit\",\
         \"geboortedatum\":\"2019-03-01\",\"woonPostcode\":\"3431 AB\"",
        onderwijsnummer(1_000_003)
    );
    let body = registratie(&leerling, &today);
    let before = counts(&db.url).await;
    // The school at another vestiging; the SWV, bestuur and parent at the demo school.
    let elsewhere = body.replace("\"90AA00\"", "\"90AB00\"");
    let ib = api_key(store, "ib").await;
    let cases = [
        (ib.clone(), elsewhere.as_str()),
        (api_key(store, "swv-po").await, body.as_str()),
        (api_key(store, "bestuur").await, body.as_str()),
        (api_key(store, "ouder").await, body.as_str()),
    ];
    for (key, body) in &cases {
        let reply = crate::access::api_send(store, "POST", "/api/v1/aanmeldingen", key, body).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json")
        );
    }
    let anon = crate::web::send(
        store,
        axum::http::Request::post("/api/v1/aanmeldingen")
            .header(axum::http::header::CONTENT_TYPE, "application/json")
            .body(axum::body::Body::from(body.clone()))
            .unwrap(),
    )
    .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        counts(&db.url).await,
        before,
        "nothing stored, nothing logged"
    );
    // Another school cannot read or extend the demo school's registrations either.
    let (other, _) = crate::web::account_in_role(
        store,
        "andere-ib",
        passend_domain::Rol::School,
        Some("90AB00"),
    )
    .await;
    let other_key = store
        .accounts()
        .create_api_sleutel(other, "test")
        .await
        .unwrap();
    assert_eq!(
        api_get(store, "/api/v1/aanmeldingen/1", Some(&other_key))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let extend = crate::access::api_send(
        store,
        "POST",
        "/api/v1/aanmeldingen/1/verlenging",
        &other_key,
        &format!("{{\"weken\":1,\"kennisgeving\":\"{today}\"}}"),
    )
    .await;
    assert_eq!(extend.status, StatusCode::NOT_FOUND);
    db.finish().await;
}
