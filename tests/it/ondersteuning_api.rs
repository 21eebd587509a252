//! Support beyond the basis through the JSON API on the demo region: the OPP with its
//! versions, arrangementen up to the parents' view, the TLV routed to the SWV the law names
//! with its deskundigen, gapless numbers and bezwaar, symbiose and the one-table arrangement.

use crate::access::{api_get, api_send};
use crate::store::school_with_vestiging;
use crate::support::{TestDb, demo_sqlite};
use crate::web::{Reply, account_in_role};
use axum::http::StatusCode;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::{
    Bsn, Inschrijving, Kijker, Leerling, Naam, Postcode, Rol, Schoolsoort, VestigingCode,
};
use passend_store::{LeerlingId, NieuweAanmelding, Store, Verzoeker};
use serde_json::Value;

fn json(r: &Reply) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body))
}

/// The problem's detail, after checking that the reply is one with this status.
fn problem(r: &Reply, status: StatusCode) -> String {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    json(r)["detail"].as_str().unwrap().to_string()
}

async fn demo_key(store: &Store, user: &str) -> String {
    let account = store
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store.create_api_sleutel(account.id, "test").await.unwrap()
}

/// A new account in one role and scope, with its API key and the store's view of it.
async fn in_rol(store: &Store, naam: &str, rol: Rol, scope: &str) -> (String, Verzoeker) {
    let (id, _) = account_in_role(store, naam, rol, Some(scope)).await;
    let key = store.create_api_sleutel(id, "test").await.unwrap();
    let wie = Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    };
    (key, wie)
}

async fn post(store: &Store, key: &str, path: &str, body: Value) -> Reply {
    api_send(store, "POST", path, key, &body.to_string()).await
}

async fn get(store: &Store, key: &str, path: &str) -> Value {
    let r = api_get(store, path, Some(key)).await;
    assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
    json(&r)
}

/// Pupils enrolled today at a demo vestiging.
async fn leerlingen_van(store: &Store, code: &str) -> Vec<i64> {
    store
        .leerlingen_van_vestiging(&VestigingCode::parse(code).unwrap(), passend_web::vandaag())
        .await
        .unwrap()
        .iter()
        .map(|l| l.id.0)
        .collect()
}

/// Pupils enrolled today at a demo vestiging without any support record made here yet (a TLV
/// brought in from elsewhere, as the demo gives every (v)so pupil, does not count), read
/// below the store.
async fn zonder_steun(db: &TestDb, code: &str) -> Vec<i64> {
    use sqlx::{Connection, Row};
    let ids = leerlingen_van(&db.store, code).await;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let bezet: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM opp UNION SELECT leerling_id FROM tlv WHERE extern = 0 UNION SELECT leerling_id FROM arrangement \
         UNION SELECT leerling_id FROM symbiose UNION SELECT leerling_id FROM integraal_arrangement",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<i64, _>(0))
    .collect();
    raw.close().await.ok();
    ids.into_iter().filter(|i| !bezet.contains(i)).collect()
}

/// A BSN that passes the elfproef, from a counter (the demo's BSNs are random; a clash in
/// this 7xxxxxxxx range is not expected).
fn bsn(n: u32) -> String {
    (0..10)
        .find_map(|achtste| {
            let d: Vec<u32> = format!("7{:06}{achtste}", n % 1_000_000)
                .bytes()
                .map(|b| u32::from(b - b'0'))
                .collect();
            let sum: u32 = d.iter().zip((2..=9).rev()).map(|(x, w)| x * w).sum();
            let check = sum % 11;
            (check < 10).then(|| d.iter().chain([&check]).map(|x| x.to_string()).collect())
        })
        .unwrap()
}

fn kind(nummer: &str, postcode: &str, today: Date) -> Leerling {
    Leerling::new(
        Naam::new("Noor", None, "Visser").unwrap(),
        date(2017, 3, 14),
        Postcode::parse(postcode).unwrap(),
        Some(Bsn::parse(nummer).unwrap()),
        None,
        today,
    )
    .unwrap()
}

/// The school registers the child (the store reuses a known BSN).
async fn meld_aan(store: &Store, wie: &Verzoeker, vestiging: &str, l: Leerling) -> LeerlingId {
    let today = passend_web::vandaag();
    let n = NieuweAanmelding {
        leerling: l,
        vestiging: VestigingCode::parse(vestiging).unwrap(),
        ontvangen: today,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: true,
        beoordeling: Some("ondersteuningsbehoefte boven de basis".into()),
    };
    let id = store
        .registreer_aanmelding(wie, &n, today, "/test")
        .await
        .unwrap();
    store
        .aanmelding_voor(wie, id, today, "/test")
        .await
        .unwrap()
        .leerling_id
}

fn opp_body(uitstroom: &str) -> Value {
    serde_json::json!({
        "uitstroom": uitstroom,
        "belemmerend": "concentratie, leesachterstand",
        "bevorderend": "motivatie, steun thuis",
        "behoeften": [{"domein": "leren en ontwikkelen", "niveau": 4}],
        "doelen": [{"doel": "leest op AVI E5", "ondersteuning": "RT lezen in een groepje",
                    "wie": "remedial teacher", "frequentie": "2 keer per week"}],
        "overlegOuders": passend_web::vandaag().to_string(),
        "overlegVerslag": "ouders eens met de doelen",
        "stemKind": "wil meer tijd voor lezen"
    })
}

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

    // The parents' consent on the current version, once.
    let inst = format!("{url}/instemming");
    let ok = post(store, &ib, &inst, serde_json::json!({"datum": today})).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(json(&ok)["versies"][0]["instemmingOuders"], today.as_str());
    assert!(json(&ok)["versies"][1]["instemmingOuders"].is_null());
    let again = post(store, &ib, &inst, serde_json::json!({"datum": today})).await;
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

#[tokio::test]
async fn an_arrangement_is_requested_discussed_granted_and_the_parent_sees_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ouder = demo_key(store, "ouder").await;
    let swv = demo_key(store, "swv-po").await;
    // A child of the demo ouder at a basisschool today, and an account at that school.
    let kinderen = get(store, &ouder, "/api/v1/leerlingen").await;
    let (kind, school) = {
        let mut found = None;
        for k in kinderen["leerlingen"].as_array().unwrap() {
            let id = k["id"].as_i64().unwrap();
            let d = get(store, &ouder, &format!("/api/v1/leerlingen/{id}")).await;
            let nu = d["inschrijvingen"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["tot"].is_null() && i["schoolsoort"] == "bao")
                .map(|i| i["vestiging"].as_str().unwrap().to_string());
            if let Some(v) = nu {
                found = Some((id, v));
                break;
            }
        }
        found.expect("a child of the demo ouder at a basisschool")
    };
    let (ib, _) = in_rol(store, "ib-kind", Rol::School, &school).await;
    let url = format!("/api/v1/leerlingen/{kind}/arrangementen");

    let leeg = post(store, &ib, &url, serde_json::json!({"vraag": " "})).await;
    assert!(problem(&leeg, StatusCode::BAD_REQUEST).contains("ondersteuningsvraag"));
    let made = post(
        store,
        &ib,
        &url,
        serde_json::json!({"vraag": "2 uur ambulante begeleiding per week"}),
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let a = json(&made);
    let id = a["id"].as_i64().unwrap();
    assert_eq!(
        made.location.as_deref(),
        Some(format!("/api/v1/arrangementen/{id}").as_str())
    );
    assert_eq!(
        (a["status"].as_str(), a["samenwerkingsverband"].as_str()),
        (Some("aangevraagd"), Some("PO2605"))
    );

    let besluit_url = format!("/api/v1/arrangementen/{id}/besluit");
    let toekenning = serde_json::json!({"besluit": "toegekend", "inhoud": "2 uur per week ambulante begeleiding",
        "van": today.to_string(), "tot": "2027-07-31", "kosten": "4500"});
    let te_vroeg = post(store, &swv, &besluit_url, toekenning.clone()).await;
    assert!(problem(&te_vroeg, StatusCode::BAD_REQUEST).contains("leg eerst het overleg"));

    let overleg_url = format!("/api/v1/arrangementen/{id}/overleg");
    let alleen_school = serde_json::json!({"datum": today.to_string(), "deelnemers": ["school"], "stemKind": "wil blijven"});
    let detail = problem(
        &post(store, &swv, &overleg_url, alleen_school).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(
        detail.contains("school en het samenwerkingsverband"),
        "{detail}"
    );
    let onbekend = serde_json::json!({"datum": today.to_string(), "deelnemers": ["school", "buurman"], "stemKind": "x"});
    let detail = problem(
        &post(store, &swv, &overleg_url, onbekend).await,
        StatusCode::BAD_REQUEST,
    );
    assert!(
        detail.starts_with("deelnemers: 'buurman' is geen partij"),
        "{detail}"
    );
    let overleg = serde_json::json!({"datum": today.to_string(), "deelnemers": ["ouders", "school", "samenwerkingsverband"],
        "oudersAanwezig": true, "stemKind": "wil op de eigen school blijven", "verslag": "ambulante begeleiding past"});
    let besproken = post(store, &swv, &overleg_url, overleg).await;
    assert_eq!(besproken.status, StatusCode::OK, "{}", besproken.body);
    assert_eq!(json(&besproken)["status"], "besproken");
    assert_eq!(
        json(&besproken)["overleg"]["deelnemers"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // The school does not decide; the SWV does.
    let door_school = post(store, &ib, &besluit_url, toekenning.clone()).await;
    assert!(problem(&door_school, StatusCode::BAD_REQUEST).contains("samenwerkingsverband PO2605"));
    // Two grants sent at once (4500 and 5000 euro): the first decision stands, the other is
    // refused, and the stored amount is the winner's.
    let mut hoger = toekenning.clone();
    hoger["kosten"] = "5000".into();
    let (x, y) = tokio::join!(
        post(store, &swv, &besluit_url, toekenning),
        post(store, &swv, &besluit_url, hoger)
    );
    let (toegekend, dubbel, kosten) = if x.status == StatusCode::OK {
        (x, y, "4500.00")
    } else {
        (y, x, "5000.00")
    };
    assert_eq!(toegekend.status, StatusCode::OK, "{}", toegekend.body);
    assert!(problem(&dubbel, StatusCode::BAD_REQUEST).contains("al beslist"));
    let t = json(&toegekend);
    assert_eq!(t["status"], "toegekend");
    assert_eq!(t["besluit"]["kosten"], kosten);

    // The parent sees the decision on the child's page.
    let voor_ouder = get(store, &ouder, &url).await;
    let a = voor_ouder["arrangementen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .expect("the parent sees the request");
    assert_eq!(
        (a["id"].as_i64(), a["status"].as_str()),
        (Some(id), Some("toegekend"))
    );
    assert_eq!(
        (
            a["besluit"]["inhoud"].as_str(),
            a["besluit"]["tot"].as_str(),
            a["besluit"]["kosten"].as_str()
        ),
        (
            Some("2 uur per week ambulante begeleiding"),
            Some("2027-07-31"),
            Some(kosten)
        )
    );
    // In the SWV's caseload; the parent cannot evaluate, the school can.
    let caseload = get(store, &swv, "/api/v1/arrangementen?paginaGrootte=200").await;
    assert!(
        caseload["arrangementen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id)
    );
    let evaluatie = serde_json::json!({"datum": today.to_string(), "evaluatie": "goed op gang"});
    let eval_url = format!("/api/v1/arrangementen/{id}/evaluatie");
    assert_eq!(
        post(store, &ouder, &eval_url, evaluatie.clone())
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let geevalueerd = post(store, &ib, &eval_url, evaluatie).await;
    assert_eq!(json(&geevalueerd)["status"], "geëvalueerd");
    let (elders, _) = in_rol(store, "ib-elders", Rol::School, "90AB00").await;
    assert_eq!(
        api_get(store, &format!("/api/v1/arrangementen/{id}"), Some(&elders))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

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

fn symbiose(vakken: Value, van: &str, tot: &str, rooster: u32, uitleg: Option<&str>) -> Value {
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

#[tokio::test]
async fn the_swv_records_the_one_table_arrangement_with_every_party() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = demo_key(store, "swv-po").await;
    let today = passend_web::vandaag();
    let p = zonder_steun(&db, "90AA00").await[0];
    let url = format!("/api/v1/leerlingen/{p}/integrale-arrangementen");
    let mut body = serde_json::json!({"datum": today.to_string(),
        "deelnemers": ["ouders", "school", "samenwerkingsverband", "jeugdhulp"],
        "verslag": "terug naar school met zorg op school",
        "afspraken": [{"onderdeel": "vervoer", "afspraak": "taxi vanaf december",
                       "eigenaar": "gemeente Nieuwegein", "datum": (today + 14.days()).to_string()}]});
    let zonder = post(store, &swv, &url, body.clone()).await;
    assert!(problem(&zonder, StatusCode::BAD_REQUEST).contains("gemeente ontbreekt"));
    body["deelnemers"]
        .as_array_mut()
        .unwrap()
        .push("gemeente".into());
    let ib = demo_key(store, "ib").await;
    assert!(
        problem(
            &post(store, &ib, &url, body.clone()).await,
            StatusCode::BAD_REQUEST
        )
        .contains("samenwerkingsverband legt")
    );
    let made = post(store, &swv, &url, body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let i = json(&made);
    assert_eq!(i["deelnemers"].as_array().unwrap().len(), 5);
    assert_eq!(i["afspraken"][0]["onderdeel"], "vervoer");
    assert_eq!(
        get(store, &ib, &url).await["integraleArrangementen"][0]["id"],
        i["id"]
    );
    db.finish().await;
}

#[tokio::test]
async fn the_support_endpoints_are_documented() {
    let db = demo_sqlite().await;
    let r = api_get(&db.store, "/api/v1/openapi.json", None).await;
    let doc = json(&r);
    let besluit = &doc["paths"]["/tlvs/{id}/besluit"]["post"];
    assert!(besluit["responses"]["201"]["headers"]["Location"].is_object());
    assert!(besluit["responses"]["200"].is_object());
    assert!(
        besluit["responses"]["400"]["content"]["application/problem+json"]["example"]["detail"]
            .is_string()
    );
    let opp = &doc["paths"]["/leerlingen/{id}/opp"]["post"];
    assert!(
        opp["requestBody"]["content"]["application/json"]["example"]["overlegOuders"].is_string()
    );
    assert!(
        opp["responses"]["201"]["content"]["application/json"]["example"]["versies"].is_array()
    );
    for (path, method) in [
        ("/leerlingen/{id}/opp", "get"),
        ("/opp-signalen", "get"),
        ("/arrangementen", "get"),
        ("/arrangementen/{id}/overleg", "post"),
        ("/tlvs", "get"),
        ("/tlvs/{id}/bezwaren/{bezwaar}", "patch"),
        ("/deskundigen", "post"),
        ("/leerlingen/{id}/symbiose", "post"),
        ("/leerlingen/{id}/integrale-arrangementen", "post"),
    ] {
        let op = &doc["paths"][path][method];
        assert_eq!(op["tags"][0], "ondersteuning", "{method} {path}");
        assert!(op["responses"]["400"].is_object(), "{method} {path}");
    }
    db.finish().await;
}
