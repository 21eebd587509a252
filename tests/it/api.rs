//! The JSON API: the OpenAPI document, version header, problem details, pagination, keys.

use crate::access::api_get;
use crate::support::demo_sqlite;
use crate::web::sign_in;
use axum::http::StatusCode;
use passend_web::routes::overzicht;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[tokio::test]
async fn openapi_document_describes_every_api_route() {
    let db = demo_sqlite().await;
    let reply = api_get(&db.store, "/api/v1/openapi.json", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = json(&reply.body);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    for field in ["name", "email", "url"] {
        assert!(doc["info"]["contact"][field].is_string(), "contact.{field}");
    }
    let documented: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    for (pad, _) in overzicht() {
        let Some(rest) = pad.strip_prefix("/api/v1") else {
            continue;
        };
        if rest == "/openapi.json" || rest.contains('*') {
            continue;
        }
        assert!(
            documented.iter().any(|d| d == rest),
            "{pad} is not in the OpenAPI document"
        );
    }
    db.finish().await;
}

#[tokio::test]
async fn errors_are_problem_json_and_every_response_has_the_version() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cases = [
        (
            "/api/v1/scholen?pagina=0",
            StatusCode::BAD_REQUEST,
            "pagina moet 1 of groter zijn",
        ),
        (
            "/api/v1/scholen?paginaGrootte=abc",
            StatusCode::BAD_REQUEST,
            "ongeldige queryparameter",
        ),
        (
            "/api/v1/scholen?schoolsoort=mbo",
            StatusCode::BAD_REQUEST,
            "is geen schoolsoort",
        ),
        (
            "/api/v1/samenwerkingsverbanden/XX",
            StatusCode::BAD_REQUEST,
            "is geen code van een samenwerkingsverband",
        ),
        (
            "/api/v1/samenwerkingsverbanden/PO9999",
            StatusCode::NOT_FOUND,
            "bestaat niet",
        ),
        (
            "/api/v1/bestaat-niet",
            StatusCode::NOT_FOUND,
            "bestaat niet",
        ),
        (
            "/api/v1/leerlingen",
            StatusCode::UNAUTHORIZED,
            "API-sleutel",
        ),
    ];
    for (path, status, detail) in cases {
        let reply = api_get(store, path, None).await;
        assert_eq!(reply.status, status, "{path}");
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(
            reply.api_version.as_deref(),
            Some(env!("CARGO_PKG_VERSION")),
            "{path}"
        );
        let p = json(&reply.body);
        assert_eq!(p["status"], status.as_u16(), "{path}");
        assert!(p["title"].is_string());
        assert!(
            p["detail"].as_str().unwrap().contains(detail),
            "{path}: {}",
            p["detail"]
        );
    }
    let ok = api_get(store, "/api/v1/samenwerkingsverbanden", None).await;
    assert_eq!(ok.api_version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(
        json(&ok.body)["samenwerkingsverbanden"]
            .as_array()
            .unwrap()
            .len(),
        150
    );
    db.finish().await;
}

#[tokio::test]
async fn lists_are_paginated_with_links() {
    let db = demo_sqlite().await;
    let first = json(
        &api_get(&db.store, "/api/v1/scholen?paginaGrootte=25", None)
            .await
            .body,
    );
    // The demo's 60 schools and the EDEXML example's school.
    assert_eq!(first["totaal"], 61);
    assert_eq!(first["scholen"].as_array().unwrap().len(), 25);
    assert_eq!(
        first["_links"]["next"]["href"],
        "/api/v1/scholen?pagina=2&paginaGrootte=25"
    );
    assert!(first["_links"].get("prev").is_none());
    let last = json(
        &api_get(&db.store, "/api/v1/scholen?pagina=3&paginaGrootte=25", None)
            .await
            .body,
    );
    assert_eq!(last["scholen"].as_array().unwrap().len(), 11);
    assert!(last["_links"].get("next").is_none());
    let so = json(
        &api_get(&db.store, "/api/v1/scholen?schoolsoort=so", None)
            .await
            .body,
    );
    assert_eq!(so["totaal"], 2);
    assert_eq!(
        so["_links"]["self"]["href"],
        "/api/v1/scholen?schoolsoort=so&pagina=1&paginaGrootte=50"
    );
    db.finish().await;
}

#[tokio::test]
async fn api_dossier_reads_are_audited_and_revoked_keys_stop_working() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("ouder", "demo-ouder-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store.create_api_sleutel(account.id, "test").await.unwrap();
    let list = json(&api_get(store, "/api/v1/leerlingen", Some(&key)).await.body);
    assert_eq!(list["totaal"], 3, "the demo ouder has three children");
    let id = list["leerlingen"][0]["id"].as_i64().unwrap();
    let dossier = api_get(store, &format!("/api/v1/leerlingen/{id}"), Some(&key)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let d = json(&dossier.body);
    assert!(d["woonSamenwerkingsverband"]["po"].is_string());
    assert!(d.get("bsn").is_none(), "the API never returns a BSN");
    let inzage = store.inzage(passend_store::LeerlingId(id)).await.unwrap();
    assert_eq!(inzage.len(), 1);
    assert_eq!(inzage[0].actie, "lezen");
    // Revoking the key ends its use at once.
    let cookie = sign_in(store, "ouder").await;
    let keys = store.api_sleutels(account.id).await.unwrap();
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let revoke = crate::web::post_form(
        store,
        "/account/api-sleutels/intrekken",
        Some(&cookie),
        &format!("csrf={csrf}&id={}", keys[0].id),
    )
    .await;
    assert_eq!(revoke.status, StatusCode::SEE_OTHER);
    assert_eq!(
        api_get(store, "/api/v1/leerlingen", Some(&key))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    db.finish().await;
}

#[tokio::test]
async fn a_key_made_in_the_browser_is_shown_once_and_works() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cookie = sign_in(store, "leerplicht").await;
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let made = crate::web::post_form(
        store,
        "/account/api-sleutels",
        Some(&cookie),
        &format!("csrf={csrf}&naam=koppeling"),
    )
    .await;
    assert_eq!(made.status, StatusCode::OK);
    let at = made.body.find("psd_").expect("the new key is shown");
    let key: String = made.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=5", Some(&key))
            .await
            .body,
    );
    assert!(
        list["totaal"].as_i64().unwrap() > 1000,
        "leerplicht Nieuwegein sees its residents"
    );
    let again = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    assert!(again.body.contains("koppeling") && !again.body.contains(&key));
    db.finish().await;
}

#[tokio::test]
async fn a_case_is_opened_and_updated_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .create_api_sleutel(account.id, "registratiesysteem")
        .await
        .unwrap();
    // A pupil living in Nieuwegein without a case: the first page of the leerplicht's list.
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=50", Some(&key))
            .await
            .body,
    );
    let zaken = json(
        &api_get(store, "/api/v1/thuiszitters", Some(&key))
            .await
            .body,
    );
    let with_case: Vec<i64> = zaken["zaken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["leerling"].as_i64().unwrap())
        .collect();
    let id = list["leerlingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .find(|i| !with_case.contains(i))
        .unwrap();
    let today = passend_web::vandaag();
    let start = (today - jiff::ToSpan::days(40)).to_string();
    let bad = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        "{\"soort\":\"x\"}",
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "missing field");
    assert_eq!(
        bad.content_type.as_deref(),
        Some("application/problem+json")
    );
    let body = format!("{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{start}\"}}");
    let made = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let zaak = json(&made.body)["id"].as_i64().unwrap();
    let again = crate::access::api_send(
        store,
        "POST",
        &format!("/api/v1/leerlingen/{id}/thuiszitterzaak"),
        &key,
        &body,
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        "{\"plan\":\"Gesprek met ouders\",\"extra\":1}",
    )
    .await;
    assert_eq!(
        patch.status,
        StatusCode::BAD_REQUEST,
        "unknown fields are refused"
    );
    let patch = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/thuiszitters/{zaak}"),
        &key,
        &format!("{{\"aanbodDatum\":\"{today}\"}}"),
    )
    .await;
    assert_eq!(patch.status, StatusCode::OK, "{}", patch.body);
    let z = json(&patch.body);
    assert_eq!(
        (z["stap"].as_i64(), z["dagenThuis"].as_i64()),
        (Some(1), Some(41))
    );
    assert_eq!(z["aanbodDatum"].as_str(), Some(today.to_string().as_str()));
    db.finish().await;
}

#[tokio::test]
async fn leerplicht_works_through_the_api() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .verify_password("leerplicht", "demo-leerplicht-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .create_api_sleutel(account.id, "leerplichtsysteem")
        .await
        .unwrap();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=1", Some(&key))
            .await
            .body,
    );
    let leerling = list["leerlingen"][0]["id"].as_i64().unwrap();
    let today = passend_web::vandaag();
    let body = format!(
        "{{\"leerling\":{leerling},\"grond\":\"5a\",\"van\":\"{today}\",\"verklaringDatum\":\"{today}\",\"verklaringVanBehandelaar\":true,\"swvAdviesDatum\":\"{today}\"}}"
    );
    let made = crate::access::api_send(store, "POST", "/api/v1/vrijstellingen", &key, &body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let id = json(&made.body)["id"].as_i64().unwrap();
    let grant = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"verlenen\"}",
    )
    .await;
    assert_eq!(
        grant.status,
        StatusCode::BAD_REQUEST,
        "a statement by the practitioner is refused"
    );
    assert!(
        json(&grant.body)["detail"]
            .as_str()
            .unwrap()
            .contains("behandelende arts")
    );
    let refuse = crate::access::api_send(
        store,
        "PATCH",
        &format!("/api/v1/vrijstellingen/{id}"),
        &key,
        "{\"actie\":\"weigeren\"}",
    )
    .await;
    assert_eq!(refuse.status, StatusCode::NO_CONTENT);
    let vrij = json(
        &api_get(store, "/api/v1/vrijstellingen", Some(&key))
            .await
            .body,
    );
    assert_eq!(vrij["vrijstellingen"][0]["status"], "geweigerd");
    let nine = (today - jiff::ToSpan::years(9)).to_string();
    let req = axum::http::Request::post("/api/v1/ingezetenen")
        .header(axum::http::header::AUTHORIZATION, format!("Bearer {key}"))
        .header(axum::http::header::CONTENT_TYPE, "text/csv")
        .body(axum::body::Body::from(format!(
            "bsn,geboortedatum,postcode\n123456782,{nine},3431 AB\n"
        )))
        .unwrap();
    let checked = crate::web::send(store, req).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    assert_eq!(json(&checked.body)["absoluutVerzuim"], 1);
    let tellingen = json(
        &api_get(store, "/api/v1/leerplicht/jaartellingen", Some(&key))
            .await
            .body,
    );
    assert!(
        tellingen["jaren"]
            .as_array()
            .unwrap()
            .iter()
            .any(|j| j["absoluutVerzuim"].as_i64().unwrap() >= 1)
    );
    let voortgang = json(&api_get(store, "/api/v1/voortgang", None).await.body);
    let y = voortgang["jaren"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["schooljaar"] == "2016-2017")
        .unwrap()
        .clone();
    assert_eq!(
        (y["gemeten"].as_i64(), y["traject"].as_i64()),
        (Some(4214), Some(3146))
    );
    db.finish().await;
}

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
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store.create_api_sleutel(account.id, "test").await.unwrap()
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
    let other_key = store.create_api_sleutel(other, "test").await.unwrap();
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

#[tokio::test]
async fn the_registration_endpoints_are_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    let post = &doc["paths"]["/aanmeldingen"]["post"];
    assert!(post["requestBody"]["content"]["application/json"]["example"]["leerling"].is_object());
    let created = &post["responses"]["201"];
    assert!(created["headers"]["Location"].is_object());
    assert!(created["content"]["application/json"]["example"]["beslissenUiterlijk"].is_string());
    let extend = &doc["paths"]["/aanmeldingen/{id}/verlenging"]["post"];
    assert_eq!(
        extend["requestBody"]["content"]["application/json"]["example"]["weken"],
        4
    );
    assert!(extend["responses"]["400"]["content"]["application/problem+json"].is_object());
    db.finish().await;
}
