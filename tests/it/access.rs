//! The role × route matrix. It walks the application's route table: every route must have
//! an entry here, and every pupil-data route is checked for every demo role on a sample of
//! pupils, in the web pages and in the API — allowed where the role's scope covers the
//! pupil, refused (404, the same as for a pupil that does not exist) everywhere else.

use crate::support::demo_sqlite;
use crate::web::{Reply, get, send, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::VestigingCode;
use passend_store::{LeerlingId, Store};
use passend_web::routes::{Toegang, overzicht};
use sqlx::{Connection, Row};
use std::collections::BTreeSet;
use std::sync::Mutex;

/// The demo database of the running matrix test, for the raw look-ups in `facts`.
static DB_URL: Mutex<Option<String>> = Mutex::new(None);

fn store_url(_: &Store) -> String {
    DB_URL
        .lock()
        .unwrap()
        .clone()
        .expect("set by the matrix test")
}

const USERS: [&str; 11] = [
    "ib",
    "bestuur",
    "swv-po",
    "swv-vo",
    "deskundige",
    "leerplicht",
    "ouder",
    "opr",
    "inspectie",
    "ministerie",
    "beheerder",
];

/// Facts of a pupil, read without scoping, to state what each role should see.
struct Facts {
    id: LeerlingId,
    naam: String,
    postcode: String,
    scholen: Vec<String>,
    besturen: Vec<String>,
    swvs: Vec<String>,
    gemeente: String,
    kind_van_demo_ouder: bool,
    /// SWVs holding a thuiszitter case for the pupil.
    swv_zaken: Vec<String>,
}

/// The rule of DESIGN.md, written out independently of the code under test.
fn may_see(user: &str, f: &Facts) -> bool {
    match user {
        "ib" => f.scholen.iter().any(|s| s == "90AA00"),
        "bestuur" => f
            .besturen
            .iter()
            .any(|b| b == "Stichting Openbaar Primair Onderwijs Lek en IJssel"),
        "swv-po" => f.swvs.iter().chain(&f.swv_zaken).any(|s| s == "PO2605"),
        "swv-vo" => f.swvs.iter().chain(&f.swv_zaken).any(|s| s == "VO2605"),
        "leerplicht" => f.gemeente == "Nieuwegein",
        "ouder" => f.kind_van_demo_ouder,
        _ => false,
    }
}

async fn facts(store: &Store, ids: Vec<LeerlingId>, today: jiff::civil::Date) -> Vec<Facts> {
    // Which SWVs hold a case, read below the store (the store only answers within a scope).
    let url = store_url(store);
    let mut raw = sqlx::AnyConnection::connect(&url).await.unwrap();
    let mut out = Vec::new();
    for id in ids {
        let d = store.leerling_dossier(id).await.unwrap();
        let mut f = Facts {
            id,
            naam: d.leerling.naam.clone(),
            postcode: d.leerling.postcode.clone(),
            scholen: vec![],
            besturen: vec![],
            swvs: vec![],
            gemeente: d.gemeente.clone(),
            kind_van_demo_ouder: d
                .ouders
                .iter()
                .any(|o| o.email.as_deref() == Some("ouder1-0@example.org")),
            swv_zaken: sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT swv_code FROM thuiszitter_zaak WHERE leerling_id = {}",
                id.0
            )))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect(),
        };
        // Registered with a school counts like being enrolled there (DESIGN: "enrolled at
        // or registered with their school").
        let registered = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT a.vestiging_code, b.naam, v.swv_code FROM aanmelding a JOIN vestiging v ON v.code = a.vestiging_code \
             JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id WHERE a.leerling_id = {}",
            id.0
        )))
        .fetch_all(&mut raw)
        .await
        .unwrap();
        for r in &registered {
            f.scholen.push(r.get(0));
            f.besturen.push(r.get(1));
            f.swvs.push(r.get(2));
        }
        for i in d
            .inschrijvingen
            .iter()
            .filter(|i| i.van <= today && i.tot.is_none_or(|t| t >= today))
        {
            let v = store
                .vestiging(&VestigingCode::parse(&i.vestiging_code).unwrap())
                .await
                .unwrap();
            f.scholen.push(v.vestiging.code.clone());
            f.besturen.push(v.vestiging.bestuur.clone());
            f.swvs.push(v.vestiging.swv_code.clone());
        }
        out.push(f);
    }
    out
}

/// A JSON request with an API key.
pub async fn api_send(store: &Store, method: &str, path: &str, key: &str, body: &str) -> Reply {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    send(store, req).await
}

pub async fn api_get(store: &Store, path: &str, key: Option<&str>) -> Reply {
    let mut req = Request::get(path);
    if let Some(k) = key {
        req = req.header(header::AUTHORIZATION, format!("Bearer {k}"));
    }
    send(store, req.body(Body::empty()).unwrap()).await
}

struct Caller {
    user: &'static str,
    cookie: String,
    csrf: String,
    key: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_has_an_access_decision_that_holds_for_every_role() {
    let db = demo_sqlite().await;
    *DB_URL.lock().unwrap() = Some(db.url.clone());
    let store = &db.store;
    let today = passend_web::vandaag();
    // The sample: pupils of the school account's vestiging, the ouder's children, a spread.
    let school = VestigingCode::parse("90AA00").unwrap();
    let mut ids: Vec<LeerlingId> = store
        .leerlingen_van_vestiging(&school, today)
        .await
        .unwrap()[..3]
        .iter()
        .map(|l| l.id)
        .collect();
    ids.extend([LeerlingId(1), LeerlingId(2)]);
    // The pupils of the demo's thuiszitter cases (one is not enrolled anywhere).
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let case_pupils: Vec<(i64, i64)> =
        sqlx::query("SELECT id, leerling_id FROM thuiszitter_zaak ORDER BY id")
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get::<i64, _>(0), r.get::<i64, _>(1)))
            .collect();
    raw.close().await.unwrap();
    assert_eq!(case_pupils.len(), 7);
    // And the pupils registered with the demo school.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let registered: Vec<i64> = sqlx::query("SELECT leerling_id FROM aanmelding ORDER BY id")
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<i64, _>(0))
        .collect();
    raw.close().await.unwrap();
    assert_eq!(registered.len(), 7);
    ids.extend(registered.iter().map(|&l| LeerlingId(l)));
    ids.extend(case_pupils.iter().map(|&(_, l)| LeerlingId(l)));
    ids.extend((1..40).map(|i| LeerlingId(i * 373)));
    let sample = facts(store, ids, today).await;
    let mut callers = Vec::new();
    for user in USERS {
        let account = store
            .verify_password(user, &format!("demo-{user}-2026"))
            .await
            .unwrap()
            .unwrap();
        let key = store
            .create_api_sleutel(account.id, "matrix")
            .await
            .unwrap();
        let cookie = sign_in(store, user).await;
        let csrf = crate::web::csrf_of(&get(store, "/", Some(&cookie)).await.body);
        callers.push(Caller {
            user,
            cookie,
            csrf,
            key,
        });
    }
    for user in ["ib", "bestuur", "swv-po", "swv-vo", "leerplicht", "ouder"] {
        assert!(
            sample.iter().any(|f| may_see(user, f)),
            "{user} needs positives in the sample"
        );
    }

    let mut covered = BTreeSet::new();
    for (pad, toegang) in overzicht() {
        covered.insert(pad);
        match (pad, toegang) {
            ("/scholen/{code}/ondersteuningsprofiel", Toegang::Publiek) => {
                let page = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
                assert_eq!(page.status, StatusCode::OK);
                for c in &callers {
                    let body = format!(
                        "csrf={}&vastgesteld=2026-01-01&niveau_0=3&plaatsen_0=4",
                        c.csrf
                    );
                    let reply = crate::web::post_form(
                        store,
                        "/scholen/90AA00/ondersteuningsprofiel",
                        Some(&c.cookie),
                        &body,
                    )
                    .await;
                    let want = if c.user == "ib" {
                        StatusCode::SEE_OTHER
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} saving the profile", c.user);
                }
            }
            ("/swv/{code}/escalatieladder", Toegang::Publiek) => {
                let page = get(store, "/swv/PO2605/escalatieladder", None).await;
                assert_eq!(page.status, StatusCode::OK);
                for f in &sample {
                    assert!(!page.body.contains(&f.naam));
                }
                // Saving: only staff of that SWV.
                for c in &callers {
                    let body = format!(
                        "csrf={}&naam_1=Team&eigenaar_1=ondersteuningsteam&weken_1=4&naam_2=Directeur&eigenaar_2=directeur&weken_2=2&naam_3=Commissie&eigenaar_3=commissie&weken_3=2",
                        c.csrf
                    );
                    let reply = crate::web::post_form(
                        store,
                        "/swv/PO2605/escalatieladder",
                        Some(&c.cookie),
                        &body,
                    )
                    .await;
                    let want = if c.user == "swv-po" {
                        StatusCode::SEE_OTHER
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} saving the ladder", c.user);
                }
            }
            (_, Toegang::Publiek) => {
                let url = public_sample(pad);
                for cookie in [None]
                    .into_iter()
                    .chain(callers.iter().map(|c| Some(c.cookie.as_str())))
                {
                    let reply = get(store, url, cookie).await;
                    assert!(
                        !reply.body.contains("href=\"/leerlingen/"),
                        "{pad} links to a dossier"
                    );
                    for f in &sample {
                        assert!(
                            !reply.body.contains(&f.naam),
                            "{pad} shows pupil {}",
                            f.id.0
                        );
                    }
                }
            }
            (
                "/afmelden" | "/account/api-sleutels/intrekken" | "/account/rol",
                Toegang::Aangemeld,
            ) => {
                let anon = crate::web::post_form(store, pad, None, "id=1").await;
                let refused = anon.status == StatusCode::FORBIDDEN
                    || anon.location.as_deref() == Some("/aanmelden");
                assert!(refused, "{pad} without a session: {}", anon.status);
                // Signed in but without the form's CSRF value: refused too.
                let forged =
                    crate::web::post_form(store, pad, Some(&callers[0].cookie), "id=1").await;
                assert_eq!(
                    forged.status,
                    StatusCode::FORBIDDEN,
                    "{pad} without the CSRF value"
                );
            }
            ("/account/api-sleutels", Toegang::Aangemeld) => {
                assert_eq!(
                    get(store, pad, None).await.location.as_deref(),
                    Some("/aanmelden")
                );
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(reply.status, StatusCode::OK);
                    assert!(!reply.body.contains(&c.key), "a key is never shown again");
                }
            }
            ("/swv/{code}/dekkend-aanbod", Toegang::Aangemeld) => {
                assert_eq!(
                    get(store, "/swv/PO2605/dekkend-aanbod", None)
                        .await
                        .location
                        .as_deref(),
                    Some("/aanmelden")
                );
                for c in &callers {
                    let reply = get(store, "/swv/PO2605/dekkend-aanbod", Some(&c.cookie)).await;
                    let may = matches!(c.user, "swv-po" | "opr" | "inspectie" | "ministerie");
                    let want = if may {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                    for f in &sample {
                        assert!(!reply.body.contains(&f.naam), "aggregates only");
                    }
                }
            }
            ("/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod", Toegang::Aangemeld) => {
                let url = "/api/v1/samenwerkingsverbanden/PO2605/dekkend-aanbod";
                assert_eq!(
                    api_get(store, url, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let may = matches!(c.user, "swv-po" | "opr" | "inspectie" | "ministerie");
                    let want = if may {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        api_get(store, url, Some(&c.key)).await.status,
                        want,
                        "{} on {pad}",
                        c.user
                    );
                }
            }
            ("/api/v1/aanmeldingen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = api_get(store, pad, Some(&c.key)).await;
                    assert_eq!(reply.status, StatusCode::OK);
                    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    let listed = json["aanmeldingen"].as_array().unwrap();
                    assert_eq!(
                        listed.is_empty(),
                        !matches!(c.user, "ib" | "bestuur" | "swv-po"),
                        "{} on {pad}",
                        c.user
                    );
                    for item in listed {
                        let f = sample
                            .iter()
                            .find(|f| f.id.0 == item["leerling"].as_i64().unwrap())
                            .unwrap();
                        assert!(may_see(c.user, f), "{} on {pad}", c.user);
                    }
                }
            }
            ("/api/v1/aanmeldingen/{id}/besluit", Toegang::Leerlinggegevens) => {
                // Without the child's voice: the own school gets the rule's 400, others 404.
                for c in &callers {
                    let body = "{\"soort\":\"toegelaten\",\"stemKind\":\"\"}";
                    let reply = api_send(
                        store,
                        "POST",
                        "/api/v1/aanmeldingen/1/besluit",
                        &c.key,
                        body,
                    )
                    .await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/signalen", Toegang::Aangemeld) => {
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    let may = matches!(c.user, "inspectie" | "ministerie");
                    assert_eq!(
                        reply.status,
                        if may {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} on {pad}",
                        c.user
                    );
                    if may {
                        assert!(
                            reply.body.contains("<td>PO2605</td><td>&#60;10</td>"),
                            "small counts hidden: {}",
                            &reply.body[reply.body.find("<tbody>").unwrap_or(0)..]
                        );
                        for f in &sample {
                            assert!(!reply.body.contains(&f.naam));
                        }
                    }
                }
            }
            ("/beheer/audit", Toegang::Beheer) => {
                assert_eq!(
                    get(store, pad, None).await.location.as_deref(),
                    Some("/aanmelden")
                );
                for c in &callers {
                    let want = if c.user == "beheerder" {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        get(store, pad, Some(&c.cookie)).await.status,
                        want,
                        "{} on {pad}",
                        c.user
                    );
                }
            }
            ("/leerlingen/{id}", Toegang::Leerlinggegevens) => {
                assert_eq!(
                    get(store, "/leerlingen/1", None).await.location.as_deref(),
                    Some("/aanmelden")
                );
                for c in &callers {
                    for f in &sample {
                        let reply =
                            get(store, &format!("/leerlingen/{}", f.id.0), Some(&c.cookie)).await;
                        let want = if may_see(c.user, f) {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                    let missing = get(store, "/leerlingen/999999", Some(&c.cookie)).await;
                    assert_eq!(missing.status, StatusCode::NOT_FOUND);
                }
            }
            ("/leerlingen/{id}/verwijdering", Toegang::Leerlinggegevens) => {
                // Without the teacher heard the rule refuses it, after the scope check.
                for c in &callers {
                    for f in &sample {
                        let body = format!(
                            "csrf={}&datum=2026-12-01&andere_school=x&stem_kind=x",
                            c.csrf
                        );
                        let reply = crate::web::post_form(
                            store,
                            &format!("/leerlingen/{}/verwijdering", f.id.0),
                            Some(&c.cookie),
                            &body,
                        )
                        .await;
                        let want = if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            ("/leerlingen/{id}/schorsing", Toegang::Leerlinggegevens) => {
                // Eight days is refused by the rule, after the scope check: visible 400, else 404.
                for c in &callers {
                    for f in &sample {
                        let body = format!(
                            "csrf={}&van=2026-03-02&tot=2026-03-09&reden=test&schriftelijk=ja&stem_kind=x",
                            c.csrf
                        );
                        let reply = crate::web::post_form(
                            store,
                            &format!("/leerlingen/{}/schorsing", f.id.0),
                            Some(&c.cookie),
                            &body,
                        )
                        .await;
                        let want = if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            ("/leerlingen/{id}/adres", Toegang::Leerlinggegevens) => {
                // Only the school where the pupil is enrolled changes its data. The same
                // postcode is posted, so allowed calls change nothing in the sample.
                for c in &callers {
                    for f in &sample {
                        let path = format!("/leerlingen/{}/adres", f.id.0);
                        let body =
                            format!("csrf={}&postcode={}", c.csrf, f.postcode.replace(' ', "+"));
                        let reply =
                            crate::web::post_form(store, &path, Some(&c.cookie), &body).await;
                        let allowed = c.user == "ib" && may_see("ib", f);
                        let want = if allowed {
                            StatusCode::SEE_OTHER
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            ("/aanmeldingen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                        let id: i64 = rest[..rest.find('"').unwrap()].parse().unwrap();
                        let f = facts(store, vec![LeerlingId(id)], today).await;
                        assert!(
                            may_see(c.user, &f[0]),
                            "{} sees a registration of pupil {id}",
                            c.user
                        );
                    }
                    // Registering: only a school, at its own vestiging (empty names: its 400).
                    let body = format!(
                        "csrf={}&voornaam=&achternaam=&geboortedatum=2019-01-01&postcode=3431AB&persoonsnummer=1&ontvangen=2026-11-01",
                        c.csrf
                    );
                    let posted = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(posted.status, want, "{} POST {pad}", c.user);
                }
            }
            (
                "/aanmeldingen/{id}"
                | "/aanmeldingen/{id}/verlengen"
                | "/aanmeldingen/{id}/besluit"
                | "/aanmeldingen/{id}/intrekken"
                | "/aanmeldingen/{id}/opschorten",
                Toegang::Leerlinggegevens,
            ) => {
                // Reads of the demo's registrations follow the pupil's scope; changes are the
                // own school's only (a closed registration answers with its 400).
                for c in &callers {
                    for (n, &leerling) in registered.iter().enumerate() {
                        let url = pad.replace("{id}", &(n + 1).to_string());
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let reply = if pad.ends_with("{id}") {
                            get(store, &url, Some(&c.cookie)).await
                        } else {
                            // Refused by the rules after the scope check (5 weeks; a
                            // withdrawal date in the future; a decision without the child's voice).
                            let future = (today + jiff::ToSpan::days(30)).to_string();
                            let body = format!(
                                "csrf={}&datum={future}&weken=5&kennisgeving={future}&soort=toegelaten&stem_kind=&van={future}",
                                c.csrf
                            );
                            crate::web::post_form(store, &url, Some(&c.cookie), &body).await
                        };
                        let want = if !may_see(c.user, f) {
                            StatusCode::NOT_FOUND
                        } else if pad.ends_with("{id}") {
                            StatusCode::OK
                        } else if c.user == "ib" {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            ("/leerplicht", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let want = if c.user == "leerplicht" {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(
                        get(store, pad, Some(&c.cookie)).await.status,
                        want,
                        "{} on {pad}",
                        c.user
                    );
                }
            }
            ("/leerplicht/vrijstellingen", Toegang::Leerlinggegevens) => {
                // An end before the start is refused after the scope check, so nothing is stored.
                for c in &callers {
                    for f in &sample {
                        let body = format!(
                            "csrf={}&leerling={}&grond=5c&van=2026-11-01&tot=2026-10-01",
                            c.csrf, f.id.0
                        );
                        let reply = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                        let visible = c.user == "leerplicht" && may_see("leerplicht", f);
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            (
                "/leerplicht/vrijstellingen/{id}/besluit"
                | "/leerplicht/vrijstellingen/{id}/kennisgeving",
                Toegang::Leerlinggegevens,
            ) => {
                for c in &callers {
                    let body = format!("csrf={}&besluit=weigeren", c.csrf);
                    let url = pad.replace("{id}", "999999");
                    let reply = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
            ("/leerplicht/ingezetenen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply =
                        crate::leerplicht::upload_ingezetenen(store, &c.cookie, &c.csrf, "").await;
                    let want = if c.user == "leerplicht" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/api/v1/verzuimmeldingen" | "/api/v1/vrijstellingen", Toegang::Leerlinggegevens) => {
                assert_eq!(
                    api_get(store, pad, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let reply = api_get(store, pad, Some(&c.key)).await;
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    let key = if pad.ends_with("meldingen") {
                        "meldingen"
                    } else {
                        "vrijstellingen"
                    };
                    for item in json[key].as_array().unwrap() {
                        let f = facts(
                            store,
                            vec![LeerlingId(item["leerling"].as_i64().unwrap())],
                            today,
                        )
                        .await;
                        assert!(may_see(c.user, &f[0]), "{} on {pad}", c.user);
                    }
                }
            }
            ("/api/v1/scholen/{code}/verzuim", Toegang::Leerlinggegevens) => {
                let url = "/api/v1/scholen/90AA00/verzuim?regio=midden";
                for c in &callers {
                    let req = Request::post(url)
                        .header(header::AUTHORIZATION, format!("Bearer {}", c.key))
                        .header(header::CONTENT_TYPE, "text/csv")
                        .body(Body::from("kapot\n"))
                        .unwrap();
                    let reply = send(store, req).await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                    assert_eq!(
                        reply.content_type.as_deref(),
                        Some("application/problem+json")
                    );
                }
            }
            ("/verzuim", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                        let id: i64 = rest[..rest.find('"').unwrap()].parse().unwrap();
                        let f = facts(store, vec![LeerlingId(id)], today).await;
                        assert!(
                            may_see(c.user, &f[0]),
                            "{} sees a report on pupil {id}",
                            c.user
                        );
                    }
                }
            }
            ("/verzuim/import", Toegang::Leerlinggegevens) => {
                // An empty file: the school gets the 400 of its own form, everyone else 404.
                for c in &callers {
                    let reply =
                        crate::verzuim_app::upload(store, &c.cookie, &c.csrf, "midden", "").await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/verzuim/{id}/status", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let body = format!("csrf={}&status=afgesloten", c.csrf);
                    let reply = crate::web::post_form(
                        store,
                        "/verzuim/999999/status",
                        Some(&c.cookie),
                        &body,
                    )
                    .await;
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
            ("/thuiszitters" | "/api/v1/thuiszitters", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = if pad.starts_with("/api") {
                        api_get(store, pad, Some(&c.key)).await
                    } else {
                        get(store, pad, Some(&c.cookie)).await
                    };
                    let pupils: Vec<i64> = if pad.starts_with("/api") {
                        let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                        json["zaken"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|z| z["leerling"].as_i64().unwrap())
                            .collect()
                    } else {
                        reply
                            .body
                            .split("href=\"/leerlingen/")
                            .skip(1)
                            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
                            .collect()
                    };
                    let expected: BTreeSet<i64> = case_pupils
                        .iter()
                        .map(|&(_, l)| l)
                        .filter(|l| sample.iter().any(|f| f.id.0 == *l && may_see(c.user, f)))
                        .collect();
                    assert_eq!(
                        pupils.into_iter().collect::<BTreeSet<_>>(),
                        expected,
                        "{} on {pad}",
                        c.user
                    );
                }
            }
            ("/api/v1/leerlingen/{id}/thuiszitterzaak", Toegang::Leerlinggegevens) => {
                let future = (today + jiff::ToSpan::days(30)).to_string();
                for c in &callers {
                    for f in &sample {
                        let body = format!(
                            "{{\"soort\":\"langdurig_relatief_verzuim\",\"startdatum\":\"{future}\"}}"
                        );
                        let reply = api_send(
                            store,
                            "POST",
                            &format!("/api/v1/leerlingen/{}/thuiszitterzaak", f.id.0),
                            &c.key,
                            &body,
                        )
                        .await;
                        let visible = may_see(c.user, f) && c.user != "ouder";
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            ("/api/v1/vrijstellingen/{id}", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = api_send(
                        store,
                        "PATCH",
                        "/api/v1/vrijstellingen/999999",
                        &c.key,
                        "{\"actie\":\"weigeren\"}",
                    )
                    .await;
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
            ("/api/v1/ingezetenen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let req = Request::post(pad)
                        .header(header::AUTHORIZATION, format!("Bearer {}", c.key))
                        .header(header::CONTENT_TYPE, "text/csv")
                        .body(Body::from("kapot\n"))
                        .unwrap();
                    let reply = send(store, req).await;
                    let want = if c.user == "leerplicht" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/api/v1/leerplicht/jaartellingen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = api_get(store, pad, Some(&c.key)).await;
                    let want = if c.user == "leerplicht" {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/api/v1/verzuimmeldingen/{id}", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = api_send(
                        store,
                        "PATCH",
                        "/api/v1/verzuimmeldingen/999999",
                        &c.key,
                        "{\"status\":\"afgesloten\"}",
                    )
                    .await;
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {pad}", c.user);
                }
            }
            ("/thuiszitters/{id}" | "/api/v1/thuiszitters/{id}", Toegang::Leerlinggegevens) => {
                if pad.starts_with("/api") {
                    // PATCH with a solution date in the future: refused after the scope check.
                    let future = (today + jiff::ToSpan::days(30)).to_string();
                    for c in &callers {
                        for &(zaak, leerling) in &case_pupils {
                            let body = format!("{{\"opgelostOp\":\"{future}\"}}");
                            let reply = api_send(
                                store,
                                "PATCH",
                                &format!("/api/v1/thuiszitters/{zaak}"),
                                &c.key,
                                &body,
                            )
                            .await;
                            let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                            // Open or closed, a visible case answers with the rule's 400.
                            let visible = may_see(c.user, f) && c.user != "ouder";
                            let want = if visible {
                                StatusCode::BAD_REQUEST
                            } else {
                                StatusCode::NOT_FOUND
                            };
                            assert_eq!(reply.status, want, "{} PATCH {pad} {zaak}", c.user);
                        }
                    }
                }
                for c in &callers {
                    for &(zaak, leerling) in &case_pupils {
                        let url = pad.replace("{id}", &zaak.to_string());
                        let reply = if pad.starts_with("/api") {
                            api_get(store, &url, Some(&c.key)).await
                        } else {
                            get(store, &url, Some(&c.cookie)).await
                        };
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let want = if may_see(c.user, f) {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            (
                "/thuiszitters/{id}/bijwerken"
                | "/thuiszitters/{id}/oplossen"
                | "/thuiszitters/{id}/besluit",
                Toegang::Leerlinggegevens,
            ) => {
                // Posted with values the rules refuse, so that nothing changes: a caller who
                // may see the case gets the rule's 400, any other caller a 404.
                let future = (today + jiff::ToSpan::days(30)).to_string();
                for c in &callers {
                    for &(zaak, leerling) in &case_pupils {
                        let url = pad.replace("{id}", &zaak.to_string());
                        let body = match pad {
                            p if p.ends_with("bijwerken") => {
                                format!("csrf={}&aanbod_datum={future}", c.csrf)
                            }
                            p if p.ends_with("oplossen") => {
                                format!("csrf={}&datum={future}", c.csrf)
                            }
                            _ => format!("csrf={}&besluit=", c.csrf),
                        };
                        let reply =
                            crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let visible = may_see(c.user, f) && c.user != "ouder";
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            ("/leerlingen/{id}/thuiszitterzaak", Toegang::Leerlinggegevens) => {
                // A first day at home in the future is refused after the scope check.
                let future = (today + jiff::ToSpan::days(30)).to_string();
                for c in &callers {
                    for f in &sample {
                        let url = format!("/leerlingen/{}/thuiszitterzaak", f.id.0);
                        let body = format!(
                            "csrf={}&soort=langdurig_relatief_verzuim&startdatum={future}",
                            c.csrf
                        );
                        let reply =
                            crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
                        let visible = may_see(c.user, f) && c.user != "ouder";
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            ("/scholen/{code}", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = get(store, "/scholen/90AA00", Some(&c.cookie)).await;
                    let list = reply.body.contains("href=\"/leerlingen/");
                    assert_eq!(
                        list,
                        matches!(c.user, "ib" | "bestuur" | "swv-po"),
                        "{} on {pad}",
                        c.user
                    );
                }
            }
            ("/mijn-kinderen", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    for f in &sample {
                        let shown = reply
                            .body
                            .contains(&format!("href=\"/leerlingen/{}\"", f.id.0));
                        assert_eq!(
                            shown,
                            c.user == "ouder" && f.kind_van_demo_ouder,
                            "{} on {pad}",
                            c.user
                        );
                    }
                }
            }
            ("/api/v1/leerlingen/{id}", Toegang::Leerlinggegevens) => {
                let anon = api_get(store, "/api/v1/leerlingen/1", None).await;
                assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
                for c in &callers {
                    for f in &sample {
                        let reply = api_get(
                            store,
                            &format!("/api/v1/leerlingen/{}", f.id.0),
                            Some(&c.key),
                        )
                        .await;
                        let want = if may_see(c.user, f) {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} on {pad} for pupil {}",
                            c.user, f.id.0
                        );
                    }
                }
            }
            ("/api/v1/leerlingen", Toegang::Leerlinggegevens) => {
                assert_eq!(
                    api_get(store, pad, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let reply =
                        api_get(store, "/api/v1/leerlingen?paginaGrootte=40", Some(&c.key)).await;
                    assert_eq!(reply.status, StatusCode::OK);
                    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    let ids: Vec<i64> = json["leerlingen"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|l| l["id"].as_i64().unwrap())
                        .collect();
                    let page =
                        facts(store, ids.iter().map(|&i| LeerlingId(i)).collect(), today).await;
                    for f in &page {
                        assert!(
                            may_see(c.user, f),
                            "{} listed pupil {} outside its scope",
                            c.user,
                            f.id.0
                        );
                    }
                    let total = json["totaal"].as_i64().unwrap();
                    let visible_in_sample = sample.iter().any(|f| may_see(c.user, f));
                    assert_eq!(
                        total > 0,
                        visible_in_sample,
                        "{} list total {total}",
                        c.user
                    );
                }
            }
            (pad, toegang) => panic!("route {pad} ({toegang:?}) has no entry in the access matrix"),
        }
    }
    assert!(covered.contains("/leerlingen/{id}") && covered.contains("/api/v1/leerlingen/{id}"));
    db.finish().await;
}

/// A concrete URL for every public route pattern; a new public route must be added here.
fn public_sample(pad: &str) -> &'static str {
    match pad {
        "/" => "/",
        "/postcode" => "/postcode?postcode=3431AB",
        "/swv" => "/swv",
        "/swv/{code}" => "/swv/PO2605",
        "/scholen" => "/scholen",
        "/aanmelden" => "/aanmelden",
        "/static/passend.css" => "/static/passend.css",
        "/voortgang" => "/voortgang",
        "/api/v1/openapi.json" => "/api/v1/openapi.json",
        "/api/v1/samenwerkingsverbanden" => "/api/v1/samenwerkingsverbanden",
        "/api/v1/samenwerkingsverbanden/{code}" => "/api/v1/samenwerkingsverbanden/PO2605",
        "/api/v1/scholen" => "/api/v1/scholen",
        "/api/v1/scholen/{code}" => "/api/v1/scholen/90AA00",
        "/api/v1/{*onbekend}" => "/api/v1/bestaat-niet",
        "/api/v1/voortgang" => "/api/v1/voortgang",
        "/api/v1/scholen/{code}/ondersteuningsprofiel" => {
            "/api/v1/scholen/90AA00/ondersteuningsprofiel"
        }
        other => panic!("public route {other} has no sample URL in the access matrix"),
    }
}
