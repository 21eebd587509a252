//! Tests of the monitor and exports (issue 8): every figure with its definition for the
//! demo region, small cells hidden outside the SWV so that no total gives them back (on the
//! page, in the download and in the API), bad input refused in Dutch, and the
//! pseudonymous research extract.

use crate::access::api_get;
use crate::support::{TestDb, contract_db, demo_sqlite};
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_domain::{Kijker, Rol, Schooljaar};
use passend_store::{AuditFilter, Store, Verzoeker};
use sqlx::{Connection, Row};

async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store
        .create_api_sleutel(account.id, "monitor")
        .await
        .unwrap()
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn indicator<'a>(m: &'a serde_json::Value, sleutel: &str) -> &'a serde_json::Value {
    m["indicatoren"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["sleutel"] == sleutel)
        .unwrap_or_else(|| panic!("indicator {sleutel}"))
}

/// The reader's attack on a published figure: every row (cells and row total) and every
/// column (cells and national total) is an equation; solve every equation with a single
/// unknown, again and again. Returns what was recovered.
fn door_aftrekken(i: &serde_json::Value) -> Vec<String> {
    // Cells as (value, name); the equations as lists of (cell index, sign).
    let mut cellen: Vec<(Option<i64>, String)> = Vec::new();
    let mut vgl: Vec<Vec<(usize, i64)>> = Vec::new();
    let mut rijen: Vec<&serde_json::Value> = i["rijen"].as_array().unwrap().iter().collect();
    if !i["landelijk"].is_null() {
        rijen.push(&i["landelijk"]);
    }
    let breedte = i["kolommen"].as_array().unwrap().len();
    let mut kolommen: Vec<Vec<usize>> = vec![Vec::new(); breedte + 1];
    for r in &rijen {
        let mut v = Vec::new();
        for (j, c) in r["cellen"].as_array().unwrap().iter().enumerate() {
            cellen.push((
                c["waarde"].as_i64(),
                format!("{} {j}", r["samenwerkingsverband"]),
            ));
            v.push((cellen.len() - 1, 1));
            kolommen[j].push(cellen.len() - 1);
        }
        if !r["totaal"].is_null() {
            cellen.push((
                r["totaal"]["waarde"].as_i64(),
                format!("{} totaal", r["samenwerkingsverband"]),
            ));
            v.push((cellen.len() - 1, -1));
            kolommen[breedte].push(cellen.len() - 1);
            vgl.push(v);
        }
    }
    if !i["landelijk"].is_null() {
        for k in kolommen.into_iter().filter(|k| k.len() > 1) {
            let (laatste, rest) = k.split_last().unwrap();
            let mut v: Vec<(usize, i64)> = rest.iter().map(|&c| (c, 1)).collect();
            v.push((*laatste, -1));
            vgl.push(v);
        }
    }
    let mut gevonden = Vec::new();
    loop {
        let enkel = vgl.iter().find_map(|v| {
            let open: Vec<_> = v.iter().filter(|(c, _)| cellen[*c].0.is_none()).collect();
            (open.len() == 1).then(|| {
                let (c, teken) = *open[0];
                let som: i64 = v
                    .iter()
                    .filter_map(|(x, t)| cellen[*x].0.map(|w| w * t))
                    .sum();
                (c, -som * teken)
            })
        });
        let Some((c, w)) = enkel else { break };
        cellen[c].0 = Some(w);
        gevonden.push(format!("{} = {w}", cellen[c].1));
    }
    gevonden
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_monitor_shows_every_figure_and_protects_the_three() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let inspectie = sign_in(store, "inspectie").await;
    let page = get(store, "/monitor", Some(&inspectie)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for titel in [
        "Leerlingen per schoolsoort",
        "Aandeel leerlingen in sbo, so en vso",
        "Leerlingen met een ontwikkelingsperspectief (OPP)",
        "Arrangementen",
        "Toelaatbaarheidsverklaringen",
        "Aanmeldingen en de zorgplicht",
        "Schorsingen langer dan één dag",
        "Verwijderingen",
        "Thuiszitters langer dan drie maanden",
        "Vrijstellingen per grond",
        "Geschillen en bezwaren",
        "Budget, lasten en reserve",
    ] {
        assert!(page.body.contains(titel), "{titel}");
    }
    assert!(
        page.body.contains("peildatum 01-10-"),
        "stock figures have their peildatum"
    );
    assert!(
        page.body.contains("periode 01-08-"),
        "flows have their period"
    );
    assert!(page.body.contains("<svg"), "trends as charts");
    assert!(page.body.contains("&lt;10"), "small cells shown as <10");

    // The demo's three art. 5b vrijstellingen in PO2605 (seeded so): the SWV's own staff see
    // the 3, everyone outside sees "<10" and cannot compute it back.
    let swv = json(
        &api_get(
            store,
            "/api/v1/monitor",
            Some(&sleutel(store, "swv-po").await),
        )
        .await
        .body,
    );
    assert_eq!(swv["afgeschermd"], false);
    let vrij = indicator(&swv, "vrijstellingen");
    let kol = vrij["kolommen"]
        .as_array()
        .unwrap()
        .iter()
        .position(|k| k == "art. 5b")
        .unwrap();
    assert_eq!(vrij["rijen"][0]["cellen"][kol]["waarde"], 3, "{vrij}");
    // Money: the latest recorded boekjaar's income, spending and reserve (the demo records
    // 2023–2025); the computed budget only with a rule set for the schooljaar.
    let geld = &swv["geld"][0];
    assert!(
        geld["boekjaar"].as_i64().is_some_and(|j| j <= 2025),
        "{geld}"
    );
    for veld in ["baten", "lasten", "reserve"] {
        assert!(geld[veld].is_string(), "{veld}: {geld}");
    }

    for user in ["inspectie", "ministerie", "opr"] {
        let m = json(
            &api_get(store, "/api/v1/monitor", Some(&sleutel(store, user).await))
                .await
                .body,
        );
        assert_eq!(m["afgeschermd"], true);
        assert_eq!(m["drempel"], 10);
        let vrij = indicator(&m, "vrijstellingen");
        let po = vrij["rijen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["samenwerkingsverband"] == "PO2605")
            .unwrap();
        let cel = &po["cellen"][kol];
        assert_eq!(cel["waarde"], serde_json::Value::Null, "{user}: {cel}");
        assert_eq!(cel["onderdrukt"], true);
        assert_eq!(cel["label"], "<10");
        // No figure gives a hidden cell back by subtracting from its totals.
        for i in m["indicatoren"].as_array().unwrap() {
            assert!(
                door_aftrekken(i).is_empty(),
                "{user}, {}: {:?}",
                i["sleutel"],
                door_aftrekken(i)
            );
            // Every published count below 10 would be a leak.
            for r in i["rijen"].as_array().unwrap() {
                for c in r["cellen"].as_array().unwrap() {
                    if let Some(w) = c["waarde"].as_i64() {
                        assert!(w == 0 || w >= 10, "{user}, {}: {c}", i["sleutel"]);
                    }
                }
            }
        }
    }

    // The same on the page for one SWV: the national row, the same hidden cells.
    let po = get(store, "/monitor?swv=PO2605", Some(&inspectie)).await;
    assert_eq!(po.status, StatusCode::OK);
    let m = json(
        &api_get(
            store,
            "/api/v1/monitor/PO2605",
            Some(&sleutel(store, "inspectie").await),
        )
        .await
        .body,
    );
    assert_eq!(m["bereik"], "PO2605");
    assert_eq!(
        indicator(&m, "vrijstellingen")["rijen"][0]["cellen"][kol]["label"],
        "<10"
    );

    // The download: one row per cell, hidden cells as "<10" or "×", and audited.
    let csv = get(store, "/monitor?formaat=csv", Some(&inspectie)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("schooljaar,indicator,definitie,peildatum_of_periode,samenwerkingsverband,categorie,aantal,onderdrukt"));
    let regel = csv
        .body
        .lines()
        .find(|l| l.contains("Vrijstellingen per grond") && l.contains(",PO2605,art. 5b,"))
        .expect("the 5b row");
    assert!(regel.ends_with(",<10,ja"), "{regel}");
    let xlsx = get(store, "/monitor?formaat=xlsx", Some(&inspectie)).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let (log, _) = store
        .zoek_audit(
            &crate::support::beheerder(),
            &AuditFilter {
                gebruikersnaam: Some("inspectie".into()),
                leerling_id: None,
                actie: Some("exporteren".into()),
                van: None,
                tot: None,
            },
            1,
            50,
        )
        .await
        .unwrap();
    assert_eq!(log.len(), 2, "both downloads are in the audit log");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_in_dutch() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let inspectie = sign_in(store, "inspectie").await;
    let r = get(store, "/monitor?schooljaar=2026", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("schooljaar: &#39;2026&#39; is geen schooljaar"),
        "{}",
        r.body
    );
    let r = get(store, "/monitor?schooljaar=1990-1991", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("valt buiten de monitor"));
    let r = get(store, "/monitor?swv=XX", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("swv:"), "{}", r.body);
    let r = get(store, "/monitor?formaat=pdf", Some(&inspectie)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let key = sleutel(store, "inspectie").await;
    let r = api_get(store, "/api/v1/monitor?schooljaar=volgend-jaar", Some(&key)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    assert!(
        json(&r.body)["detail"]
            .as_str()
            .unwrap()
            .starts_with("schooljaar:")
    );
    let r = api_get(store, "/api/v1/monitor/PO26", Some(&key)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        json(&r.body)["detail"]
            .as_str()
            .unwrap()
            .starts_with("swv:")
    );
    // A well-formed code of an SWV that does not exist.
    let r = api_get(store, "/api/v1/monitor/PO9999", Some(&key)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn research_extract_is_pseudonymous() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let ministerie = sign_in(store, "ministerie").await;
    let a = get(store, "/monitor/onderzoek", Some(&ministerie)).await;
    assert_eq!(a.status, StatusCode::OK);
    let kop = a.body.lines().next().unwrap();
    assert_eq!(
        kop,
        "pseudoniem,schooljaar,samenwerkingsverband,schoolsoort,geboortejaar,opp,tlv,arrangement_toegekend,thuiszitter_langer_dan_3_maanden"
    );
    let regels: Vec<&str> = a.body.lines().skip(1).collect();
    assert!(regels.len() > 10_000, "every enrolment on the peildatum");
    let pseudo: Vec<&str> = regels
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert!(
        pseudo
            .iter()
            .all(|p| p.len() == 64 && p.chars().all(|c| c.is_ascii_hexdigit()))
    );
    // No direct identifiers: none of the demo's names, BSNs, postcodes or birth dates.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    for r in sqlx::query("SELECT achternaam, bsn, postcode, geboortedatum FROM leerling WHERE id IN (1, 2, 3, 500, 7000)")
        .fetch_all(&mut raw)
        .await
        .unwrap()
    {
        for kol in 0..4 {
            if let Some(v) = r.get::<Option<String>, _>(kol) {
                assert!(!a.body.contains(&format!(",{v},")) && !a.body.contains(&v.replace(' ', "")) || kol == 0 && v.len() < 4, "{v} in the extract");
            }
        }
    }
    // The secret was made once and is stable: the same keys the second time.
    let b = get(store, "/monitor/onderzoek?formaat=xlsx", Some(&ministerie)).await;
    assert_eq!(b.status, StatusCode::OK);
    let c = get(store, "/monitor/onderzoek", Some(&ministerie)).await;
    assert_eq!(a.body, c.body);
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM monitor_sleutel")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    raw.close().await.unwrap();
    let (log, _) = store
        .zoek_audit(
            &crate::support::beheerder(),
            &AuditFilter {
                gebruikersnaam: Some("ministerie".into()),
                leerling_id: None,
                actie: Some("exporteren".into()),
                van: None,
                tot: None,
            },
            1,
            50,
        )
        .await
        .unwrap();
    assert_eq!(log.len(), 3, "every extract is audited");
    assert!(log.iter().all(|l| l.route == "/monitor/onderzoek"));
    db.finish().await;
}

/// The counting SQL and the secret on both databases (an empty region: every figure zero).
async fn monitor_on_an_empty_store(db: &TestDb) {
    let store = &db.store;
    let today = jiff::civil::date(2026, 11, 22);
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let systeem: i64 = sqlx::query("SELECT id FROM account WHERE gebruikersnaam = 'systeem'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    raw.close().await.unwrap();
    let wie = |rol, scope: Option<&str>| Verzoeker {
        account_id: systeem,
        kijker: Kijker {
            rol,
            scope: scope.map(str::to_string),
        },
    };
    let sj = Schooljaar::starting_in(2026);
    let m = store
        .monitor(&wie(Rol::Inspectie, None), sj, None, 10, today)
        .await
        .unwrap();
    assert_eq!(m.indicatoren.len(), 10);
    assert!(m.indicatoren.iter().all(|i| !i.tabel.heeft_onderdrukking()));
    assert!(
        store
            .monitor(&wie(Rol::School, Some("90AA00")), sj, None, 10, today)
            .await
            .is_err()
    );
    let regels = store
        .onderzoeksextract(&wie(Rol::Ministerie, None), sj, today, "/monitor/onderzoek")
        .await
        .unwrap();
    assert!(regels.is_empty());
    assert!(
        store
            .onderzoeksextract(&wie(Rol::Inspectie, None), sj, today, "/monitor/onderzoek")
            .await
            .is_err(),
        "only the ministerie"
    );
}

contract_db!(monitor_on_an_empty_store);

#[tokio::test]
async fn the_monitor_is_documented_with_examples() {
    let db = demo_sqlite().await;
    let doc = json(&api_get(&db.store, "/api/v1/openapi.json", None).await.body);
    for pad in ["/monitor", "/monitor/{code}"] {
        let get = &doc["paths"][pad]["get"];
        assert_eq!(get["tags"][0], "monitor", "{pad}");
        let ok = &get["responses"]["200"]["content"]["application/json"];
        let voorbeeld = ok["example"].to_string();
        assert!(
            voorbeeld.contains("\"onderdrukt\":true") && voorbeeld.contains("<10"),
            "{pad}: {voorbeeld}"
        );
        assert!(get["responses"]["400"]["content"]["application/problem+json"].is_object());
    }
    db.finish().await;
}

/// The public register (schools, SWV pages, their downloads and the API) publishes enrolment
/// counts per school; a school of 3 next to one of 25 in an SWV whose total (28) is shown
/// would give the 3 away by subtraction. So the 3 is "<10" and the 25 "×", everywhere.
async fn public_school_counts_are_protected(db: &TestDb) {
    use passend_domain::{Inschrijving, Schoolsoort, VestigingCode};
    let store = &db.store;
    let swv =
        crate::store::school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    crate::store::school_with_vestiging(store, "12AC00", "3431AB", Schoolsoort::Bao).await;
    for (i, school) in std::iter::repeat_n("12AB00", 3)
        .chain(std::iter::repeat_n("12AC00", 25))
        .enumerate()
    {
        let id = store
            .create_leerling(&crate::store::pupil(&crate::edexml::bsn(i), "3431AB"))
            .await
            .unwrap();
        store
            .add_inschrijving(
                id,
                Inschrijving::new(
                    VestigingCode::parse(school).unwrap(),
                    jiff::civil::date(2024, 8, 19),
                    None,
                )
                .unwrap(),
            )
            .await
            .unwrap();
    }
    let rij = |body: &str, code: &str| -> String {
        let at = body.find(&format!("/scholen/{code}\"")).expect(code);
        let eind = body[at..].find("</tr>").unwrap() + at;
        body[at..eind].to_string()
    };
    let page = get(store, &format!("/swv/{swv}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        rij(&page.body, "12AB00").ends_with("<td>&#60;10</td>"),
        "{}",
        page.body
    );
    assert!(
        rij(&page.body, "12AC00").ends_with("<td>×</td>"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("<dd>28</dd>"),
        "the SWV's total stays: {}",
        page.body
    );
    let page = get(store, "/scholen", None).await;
    assert!(rij(&page.body, "12AB00").ends_with("<td>&#60;10</td>"));
    assert!(rij(&page.body, "12AC00").ends_with("<td>×</td>"));
    let csv = get(store, "/scholen?formaat=csv", None).await;
    assert!(
        csv.body.contains("12AB00,Testschool,bao,Nieuwegein"),
        "{}",
        csv.body
    );
    assert!(
        csv.body
            .lines()
            .any(|l| l.starts_with("12AB00,") && l.ends_with(",<10")),
        "{}",
        csv.body
    );
    assert!(
        csv.body
            .lines()
            .any(|l| l.starts_with("12AC00,") && l.ends_with(",×")),
        "{}",
        csv.body
    );
    let school = get(store, "/scholen/12AC00", None).await;
    assert!(school.body.contains("<dd>×</dd>"), "{}", school.body);
    let api = get(store, "/api/v1/scholen/12AB00", None).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(
        json["aantalLeerlingen"],
        serde_json::json!({"waarde": null, "onderdrukt": true, "label": "<10"})
    );
    let api = get(store, "/api/v1/scholen/12AC00", None).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["aantalLeerlingen"]["label"], "×");
    // The raw counts are as set up: the protection hides, it does not invent.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM inschrijving WHERE vestiging_code = '12AB00'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 3);
    raw.close().await.unwrap();
}

contract_db!(public_school_counts_are_protected);

/// Thuiszitters over three months per schooljaar against the trajectory: nationally the
/// register's total, per SWV its row against the targets of its adopted plans; each year's
/// value is the figure's own (same count, same hidden cells), in the API and on the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thuiszitters_per_swv_against_its_plans_trajectory() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let laatste = |m: &serde_json::Value| {
        m["trendThuiszitters"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone()
    };
    // The SWV's own staff: exact, with the demo plan's target as the trajectory.
    let swv = sleutel(store, "swv-po").await;
    let eigen = json(&api_get(store, "/api/v1/monitor", Some(&swv)).await.body);
    let rij = &indicator(&eigen, "thuiszitters")["rijen"][0];
    assert_eq!(laatste(&eigen)["schooljaar"], eigen["schooljaar"]);
    assert_eq!(laatste(&eigen)["aantal"], rij["totaal"]["waarde"]);
    assert!(
        laatste(&eigen)["aantal"].as_u64().is_some_and(|n| n > 0),
        "{eigen}"
    );
    let traject = eigen["trajectThuiszitters"].as_array().unwrap().clone();
    assert!(!traject.is_empty(), "the demo plan sets a target");
    assert!(
        traject.iter().all(|t| t["richting"] == "hoogstens"),
        "{traject:?}"
    );
    // Inspectie narrowed to the SWV: the national table's row (protected), the same plan.
    let inspectie = sleutel(store, "inspectie").await;
    let smal = json(
        &api_get(store, "/api/v1/monitor/PO2605", Some(&inspectie))
            .await
            .body,
    );
    assert_eq!(smal["trajectThuiszitters"].as_array().unwrap(), &traject);
    let rij = &indicator(&smal, "thuiszitters")["rijen"][0];
    assert_eq!(laatste(&smal)["aantal"], rij["totaal"]["waarde"]);
    // Nationally: the register's national total, and no SWV's trajectory.
    let landelijk = json(
        &api_get(store, "/api/v1/monitor", Some(&inspectie))
            .await
            .body,
    );
    assert!(
        landelijk["trajectThuiszitters"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        laatste(&landelijk)["aantal"],
        indicator(&landelijk, "thuiszitters")["landelijk"]["totaal"]["waarde"]
    );
    // The page: chart and table, the target beside the measured count.
    let cookie = sign_in(store, "swv-po").await;
    let page = get(store, "/monitor", Some(&cookie)).await;
    assert!(
        page.body
            .contains("tegen de streefwaarde van het ondersteuningsplan"),
        "{}",
        page.body
    );
    // The demo's adopted plan covers the coming schooljaren: its first year shows the
    // target and no count yet; this year shows the count and no target.
    let eerste = &traject[0];
    let rijen = [
        format!(
            "<tr><th scope=\"row\">{}</th><td>—</td><td>hoogstens {}</td><td>—</td></tr>",
            eerste["schooljaar"].as_str().unwrap(),
            eerste["streefwaarde"]
        ),
        format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>—</td><td>—</td></tr>",
            eigen["schooljaar"].as_str().unwrap(),
            laatste(&eigen)["aantal"]
        ),
    ];
    for verwacht in rijen {
        assert!(page.body.contains(&verwacht), "{verwacht} in {}", page.body);
    }
}
