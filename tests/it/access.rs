//! The role × route matrix. It walks the application's route table: every route must have
//! an entry here, and every pupil-data route is checked for every demo role on a sample of
//! pupils, in the web pages and in the API — allowed where the role's scope covers the
//! pupil, refused (404, the same as for a pupil that does not exist) everywhere else.

use crate::support::demo_sqlite;
use crate::web::{Reply, get, send, sign_in, with_router};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::VestigingCode;
use passend_store::{LeerlingId, Store};
use passend_web::routes::{Toegang, overzicht};
use sqlx::{Connection, Row};
use std::collections::BTreeSet;

tokio::task_local! {
    /// The demo database of the running part of the matrix, for the raw look-ups in `facts`
    /// (task-local: the parts run at the same time, each on its own database).
    static DB_URL: String;
}

fn store_url(_: &Store) -> String {
    DB_URL.with(Clone::clone)
}

/// The demo deskundige account's register id (the first deskundige the demo registers).
const DEMO_DESKUNDIGE: &str = "1";

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
pub(crate) struct Facts {
    pub(crate) id: LeerlingId,
    pub(crate) naam: String,
    pub(crate) postcode: String,
    pub(crate) scholen: Vec<String>,
    pub(crate) besturen: Vec<String>,
    pub(crate) swvs: Vec<String>,
    pub(crate) gemeente: String,
    pub(crate) kind_van_demo_ouder: bool,
    /// SWVs holding a case for the pupil: thuiszitter, TLV, arrangement, one table, OSO.
    pub(crate) swv_zaken: Vec<String>,
    /// Register ids of the deskundigen asked to advise on the pupil's TLV.
    pub(crate) deskundigen: Vec<String>,
    /// Vestigingen the pupil is registered with (any registration). A registration gives
    /// the registration, never the dossier.
    pub(crate) aanmeldingen: Vec<String>,
    /// Of those, the live ones (open, admitted, on the TLV route): the school may ask a TLV.
    pub(crate) levende_aanmeldingen: Vec<String>,
}

/// Who reads a registration with the demo school 90AA00: the school, its bestuur and its
/// SWV (the registration's own data, never the dossier).
pub(crate) fn may_read_registration(user: &str) -> bool {
    matches!(user, "ib" | "bestuur" | "swv-po")
}

/// The rule of DESIGN.md, written out independently of the code under test: the dossier
/// follows enrolment today, a case, the gemeente, parenthood or an assignment.
pub(crate) fn may_see(user: &str, f: &Facts) -> bool {
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
        "deskundige" => f.deskundigen.iter().any(|d| d == DEMO_DESKUNDIGE),
        _ => false,
    }
}

/// One pupil `user` may see and one it may not (only the one for a role that sees none),
/// for a route × action: the route has to ask the store, and the store the one policy,
/// for the answer to be right for both. The policy's every reason (enrolled, registered,
/// a case, a TLV advice, a child) is proved on the dossier routes with the whole sample.
/// Which two depends on the route, so that the matrix still sends every pupil of the
/// sample to many routes.
pub(crate) fn paar<'a>(user: &str, pad: &str, sample: &'a [Facts]) -> Vec<&'a Facts> {
    let salt = pad.bytes().fold(0usize, |h, b| {
        h.wrapping_mul(31).wrapping_add(usize::from(b))
    });
    let (ja, nee): (Vec<&Facts>, Vec<&Facts>) = sample.iter().partition(|f| may_see(user, f));
    [ja, nee]
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| l[salt % l.len()])
        .collect()
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
                "SELECT swv_code FROM thuiszitter_zaak WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM tlv WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM arrangement WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM integraal_arrangement WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM oso_dossier WHERE leerling_id = {0}",
                id.0
            )))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect(),
            deskundigen: sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = {}",
                id.0
            )))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<i64, _>(0).to_string())
            .collect(),
            aanmeldingen: vec![],
            levende_aanmeldingen: vec![],
        };
        // Registered with a school gives the registration only (issue 18): kept apart.
        f.aanmeldingen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {}",
            id.0
        )))
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        f.levende_aanmeldingen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {} AND ingetrokken_op IS NULL \
             AND (besluit IS NULL OR besluit IN ('toegelaten', 'tlv-route'))",
            id.0
        )))
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
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

pub(crate) struct Caller {
    pub(crate) user: &'static str,
    pub(crate) cookie: String,
    pub(crate) csrf: String,
    pub(crate) key: String,
}

/// The matrix runs in parts at the same time, each on its own copy of the demo database
/// (one part took most of CI's time alone): part `deel` of `delen` checks every `delen`th
/// route of the table, so every route is checked in exactly one part, a new one included.
mod every_route_has_an_access_decision_that_holds_for_every_role {
    macro_rules! delen {
        ($($deel:ident: $i:literal),* $(,)?) => {
            const DELEN: usize = [$($i),*].len();
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $deel() {
                    super::matrix($i, DELEN).await;
                }
            )*
        };
    }
    delen!(deel_1: 0, deel_2: 1, deel_3: 2, deel_4: 3, deel_5: 4, deel_6: 5, deel_7: 6, deel_8: 7);
}

async fn matrix(deel: usize, delen: usize) {
    let db = demo_sqlite().await;
    let part = matrix_deel(&db.store, &db.url, deel, delen);
    with_router(&db.store, DB_URL.scope(db.url.clone(), part)).await;
    db.finish().await;
}

async fn matrix_deel(store: &Store, db_url: &str, deel: usize, delen: usize) {
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
    let mut raw = sqlx::AnyConnection::connect(db_url).await.unwrap();
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
    let mut raw = sqlx::AnyConnection::connect(db_url).await.unwrap();
    let registered: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM aanmelding WHERE vestiging_code = '90AA00' ORDER BY id",
    )
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
    // The pupils of the demo's support cases: TLVs (one assigned to the demo deskundige),
    // arrangements, symbiose and the one-table arrangement.
    let mut raw = sqlx::AnyConnection::connect(db_url).await.unwrap();
    let support = |sql: &'static str| sqlx::query(sql);
    let mut tlvs: Vec<(i64, i64)> = Vec::new();
    for r in support("SELECT id, leerling_id FROM tlv ORDER BY id")
        .fetch_all(&mut raw)
        .await
        .unwrap()
    {
        tlvs.push((r.get(0), r.get(1)));
    }
    let mut arrangementen: Vec<(i64, i64)> = Vec::new();
    for r in support("SELECT id, leerling_id FROM arrangement ORDER BY id")
        .fetch_all(&mut raw)
        .await
        .unwrap()
    {
        arrangementen.push((r.get(0), r.get(1)));
    }
    let mut overig: Vec<i64> = Vec::new();
    for r in support("SELECT leerling_id FROM symbiose UNION SELECT leerling_id FROM integraal_arrangement UNION SELECT leerling_id FROM opp")
        .fetch_all(&mut raw)
        .await
        .unwrap()
    {
        overig.push(r.get(0));
    }
    let bezwaren: Vec<(i64, i64)> = support("SELECT id, tlv_id FROM tlv_bezwaar ORDER BY id")
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    raw.close().await.unwrap();
    assert!(tlvs.len() >= 2 && arrangementen.len() >= 4 && !bezwaren.is_empty());
    ids.extend(tlvs.iter().map(|&(_, l)| LeerlingId(l)));
    ids.extend(arrangementen.iter().map(|&(_, l)| LeerlingId(l)));
    ids.extend(overig.iter().map(|&l| LeerlingId(l)));
    ids.extend((1..40).map(|i| LeerlingId(i * 373)));
    // Each pupil once: the lists overlap, and a second look at a pupil proves nothing more.
    let mut seen = BTreeSet::new();
    ids.retain(|id| seen.insert(id.0));
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
    for user in [
        "ib",
        "bestuur",
        "swv-po",
        "swv-vo",
        "leerplicht",
        "ouder",
        "deskundige",
    ] {
        assert!(
            sample.iter().any(|f| may_see(user, f)),
            "{user} needs positives in the sample"
        );
    }

    let table = overzicht();
    assert!(
        table.iter().any(|(p, _)| *p == "/leerlingen/{id}")
            && table.iter().any(|(p, _)| *p == "/api/v1/leerlingen/{id}")
    );
    for (pad, toegang) in table.into_iter().skip(deel).step_by(delen) {
        // The areas added later check their own routes, each in its own file.
        if crate::access_geld::dekt(store, pad, toegang, &callers, &sample).await
            || crate::access_verantwoording::dekt(store, pad, toegang, &callers, &sample).await
            || crate::access_monitor::dekt(store, pad, toegang, &callers, &sample).await
            || crate::access_overzicht::dekt(store, pad, toegang, &callers, &sample).await
            || crate::access_bestanden::dekt(store, pad, toegang, &callers, &sample).await
        {
            continue;
        }
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
            ("/api/v1/samenwerkingsverbanden/{code}/escalatieladder", Toegang::Publiek) => {
                // Anyone reads the ladder; only the SWV itself changes it (an empty ladder is
                // refused by the rule after that check).
                let url = "/api/v1/samenwerkingsverbanden/PO2605/escalatieladder";
                assert_eq!(api_get(store, url, None).await.status, StatusCode::OK);
                for c in &callers {
                    let reply = api_send(store, "PUT", url, &c.key, r#"{"stappen":[]}"#).await;
                    let want = if c.user == "swv-po" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} PUT {url}", c.user);
                }
            }
            ("/api/v1/scholen/{code}/ondersteuningsprofiel", Toegang::Publiek) => {
                // Anyone reads the profile; only the school itself sets it (a date in the
                // future is refused by the rule after that check).
                let url = "/api/v1/scholen/90AA00/ondersteuningsprofiel";
                assert_eq!(api_get(store, url, None).await.status, StatusCode::OK);
                let future = (today + jiff::ToSpan::days(30)).to_string();
                let body = format!("{{\"vastgesteld\":\"{future}\",\"aanbod\":[]}}");
                for c in &callers {
                    let reply = api_send(store, "PUT", url, &c.key, &body).await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} PUT {url}", c.user);
                }
            }
            (p, Toegang::Publiek) if p != "/scholen/{code}" => {
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
                        let at = item["vestiging"].as_str().unwrap().to_string();
                        assert!(f.aanmeldingen.contains(&at), "{} on {pad}", c.user);
                        assert!(may_read_registration(c.user), "{} on {pad}", c.user);
                    }
                    // Registering: only a school, at its own vestiging (an empty first name
                    // is its 400, so nothing is stored); everyone else a 404.
                    let body = "{\"leerling\":{\"bsn\":\"123456782\",\"voornaam\":\"\",\"achternaam\":\"X\",\
                        \"geboortedatum\":\"2021-06-01\",\"woonPostcode\":\"3431 AB\"},\"vestiging\":\"90AA00\",\"ontvangen\":\"2026-11-01\"}";
                    let posted = api_send(store, "POST", pad, &c.key, body).await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(posted.status, want, "{} POST {pad}", c.user);
                }
            }
            (
                "/api/v1/aanmeldingen/{id}"
                | "/api/v1/aanmeldingen/{id}/verlenging"
                | "/api/v1/aanmeldingen/{id}/intrekking"
                | "/api/v1/aanmeldingen/{id}/opschorting",
                Toegang::Leerlinggegevens,
            ) => {
                // Reads follow the pupil's scope; an extension of 5 weeks is refused by the
                // rule after the scope check: the own school's 400, everyone else's 404.
                assert_eq!(
                    api_get(store, "/api/v1/aanmeldingen/1", None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    for (n, &leerling) in registered.iter().enumerate() {
                        let url = pad.replace("{id}", &(n + 1).to_string());
                        assert!(sample.iter().any(|f| f.id.0 == leerling));
                        let (reply, want) = if pad.ends_with("{id}") {
                            let reply = api_get(store, &url, Some(&c.key)).await;
                            (
                                reply,
                                may_read_registration(c.user).then_some(StatusCode::OK),
                            )
                        } else {
                            // Refused by the rules after the scope check: 5 weeks, a
                            // withdrawal in the future, a suspension in the future.
                            let future = (today + jiff::ToSpan::days(30)).to_string();
                            let body = match pad.rsplit('/').next() {
                                Some("intrekking") => format!("{{\"datum\":\"{future}\"}}"),
                                Some("opschorting") => format!("{{\"van\":\"{future}\"}}"),
                                _ => format!("{{\"weken\":5,\"kennisgeving\":\"{today}\"}}"),
                            };
                            let reply = api_send(store, "POST", &url, &c.key, &body).await;
                            let own = c.user == "ib";
                            (reply, own.then_some(StatusCode::BAD_REQUEST))
                        };
                        let want = want.unwrap_or(StatusCode::NOT_FOUND);
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
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
                    for f in paar(c.user, pad, &sample) {
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
                    for f in paar(c.user, pad, &sample) {
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
            ("/api/v1/leerlingen/{id}/schorsingen", Toegang::Leerlinggegevens) => {
                // Reads follow the pupil's scope; eight days is refused by the rule after the
                // scope check: a visible pupil's 400, else 404.
                assert_eq!(
                    api_get(store, "/api/v1/leerlingen/1/schorsingen", None)
                        .await
                        .status,
                    StatusCode::UNAUTHORIZED
                );
                let body = r#"{"van":"2026-03-02","tot":"2026-03-09","reden":"test","schriftelijk":true,"stemKind":"x"}"#;
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let url = format!("/api/v1/leerlingen/{}/schorsingen", f.id.0);
                        let visible = may_see(c.user, f);
                        let read = api_get(store, &url, Some(&c.key)).await;
                        let want = if visible {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(read.status, want, "{} GET {url}", c.user);
                        let posted = api_send(store, "POST", &url, &c.key, body).await;
                        let want = if visible {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(posted.status, want, "{} POST {url}", c.user);
                    }
                }
            }
            ("/api/v1/leerlingen/{id}/verwijdering", Toegang::Leerlinggegevens) => {
                // Without the teacher heard the rule refuses it, after the scope check.
                let body = r#"{"datum":"2026-12-01","leraarGehoord":false,"andereSchool":"x","overlegInspectie":false,"stemKind":"x"}"#;
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let url = format!("/api/v1/leerlingen/{}/verwijdering", f.id.0);
                        let reply = api_send(store, "POST", &url, &c.key, body).await;
                        let want = if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} POST {url}", c.user);
                    }
                }
            }
            ("/api/v1/leerlingen/{id}/postcode", Toegang::Leerlinggegevens) => {
                // Only the school where the pupil is enrolled; the same postcode is sent, so
                // allowed calls change nothing in the sample.
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let url = format!("/api/v1/leerlingen/{}/postcode", f.id.0);
                        let body = format!("{{\"postcode\":\"{}\"}}", f.postcode);
                        let reply = api_send(store, "PUT", &url, &c.key, &body).await;
                        // Who sees the pupil but is not its school gets the reason.
                        let want = if c.user == "ib" && may_see("ib", f) {
                            StatusCode::NO_CONTENT
                        } else if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} PUT {url}", c.user);
                    }
                }
            }
            ("/leerlingen/{id}/adres", Toegang::Leerlinggegevens) => {
                // Only the school where the pupil is enrolled changes its data. The same
                // postcode is posted, so allowed calls change nothing in the sample.
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let path = format!("/leerlingen/{}/adres", f.id.0);
                        let body =
                            format!("csrf={}&postcode={}", c.csrf, f.postcode.replace(' ', "+"));
                        let reply =
                            crate::web::post_form(store, &path, Some(&c.cookie), &body).await;
                        let allowed = c.user == "ib" && may_see("ib", f);
                        let want = if allowed {
                            StatusCode::SEE_OTHER
                        } else if may_see(c.user, f) {
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
                        assert!(sample.iter().any(|f| f.id.0 == leerling));
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
                        let want = if !may_read_registration(c.user) {
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
                    for f in paar(c.user, pad, &sample) {
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
                    for f in paar(c.user, pad, &sample) {
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
                    for f in paar(c.user, pad, &sample) {
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
            ("/scholen/{code}", Toegang::Publiek) => {
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
            (
                "/api/v1/leerlingen/{id}/opp"
                | "/api/v1/leerlingen/{id}/opp/evaluaties"
                | "/api/v1/leerlingen/{id}/opp/instemming"
                | "/api/v1/leerlingen/{id}/arrangementen"
                | "/api/v1/leerlingen/{id}/tlvs"
                | "/api/v1/leerlingen/{id}/symbiose"
                | "/api/v1/leerlingen/{id}/integrale-arrangementen",
                Toegang::Leerlinggegevens,
            ) => {
                // Reads follow the pupil's scope. Bodies that parse but that the rules refuse
                // (so nothing is stored) get the rule's 400 after the scope check, else 404.
                let future = (today + jiff::ToSpan::days(30)).to_string();
                let body = match pad.rsplit('/').next().unwrap() {
                    "opp" => r#"{"uitstroom":"havo","belemmerend":"x","bevorderend":"x","doelen":[]}"#
                        .to_string(),
                    "evaluaties" => format!(r#"{{"datum":"{future}","verslag":"x"}}"#),
                    "instemming" => format!(r#"{{"datum":"{future}"}}"#),
                    "arrangementen" => r#"{"vraag":" "}"#.to_string(),
                    "tlvs" => r#"{"soort":"sbo","aanvragendeVestiging":"90AA00"}"#.to_string(),
                    "symbiose" => r#"{"regulierVestiging":"90AA00","van":"2026-2027","tot":"2026-2027","vakken":[],"roosterMinuten":1000,"begeleiding":"x"}"#
                        .to_string(),
                    _ => format!(
                        r#"{{"datum":"{today}","deelnemers":[],"verslag":"x","afspraken":[]}}"#
                    ),
                };
                let readable = !matches!(pad.rsplit('/').next(), Some("evaluaties" | "instemming"));
                // Without a key the router refuses before the method is looked at.
                assert_eq!(
                    api_get(store, &pad.replace("{id}", "1"), None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let url = pad.replace("{id}", &f.id.0.to_string());
                        let visible = may_see(c.user, f);
                        if readable {
                            let reply = api_get(store, &url, Some(&c.key)).await;
                            let want = if visible {
                                StatusCode::OK
                            } else {
                                StatusCode::NOT_FOUND
                            };
                            assert_eq!(reply.status, want, "{} GET {url}", c.user);
                        }
                        let reply = api_send(store, "POST", &url, &c.key, &body).await;
                        // A TLV is also asked by the school (or its bestuur) of a live
                        // registration, without the dossier (WPO art. 18a lid 6c).
                        let aanvrager = pad.ends_with("/tlvs")
                            && matches!(c.user, "ib" | "bestuur")
                            && f.levende_aanmeldingen.iter().any(|v| v == "90AA00");
                        let want = if visible || aanvrager {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} POST {url}: {}", c.user, reply.body);
                    }
                }
            }
            (
                "/api/v1/opp-signalen" | "/api/v1/arrangementen" | "/api/v1/tlvs",
                Toegang::Leerlinggegevens,
            ) => {
                // Lists: every pupil on a page is in the caller's scope; roles outside the
                // school, bestuur and SWV (SWV only for the caseloads) get an empty list.
                assert_eq!(
                    api_get(store, pad, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                let key = match pad {
                    "/api/v1/opp-signalen" => "signalen",
                    "/api/v1/arrangementen" => "arrangementen",
                    _ => "toelaatbaarheidsverklaringen",
                };
                for c in &callers {
                    let reply =
                        api_get(store, &format!("{pad}?paginaGrootte=50"), Some(&c.key)).await;
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                    let ids: Vec<LeerlingId> = json[key]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|i| LeerlingId(i["leerling"].as_i64().unwrap()))
                        .collect();
                    let lists = match pad {
                        "/api/v1/opp-signalen" => {
                            matches!(c.user, "ib" | "bestuur" | "swv-po" | "swv-vo")
                        }
                        _ => c.user.starts_with("swv-"),
                    };
                    if !lists {
                        assert!(ids.is_empty(), "{} on {pad}", c.user);
                    }
                    for f in facts(store, ids, today).await {
                        assert!(may_see(c.user, &f), "{} on {pad}: pupil {}", c.user, f.id.0);
                    }
                }
            }
            (
                "/api/v1/arrangementen/{id}"
                | "/api/v1/arrangementen/{id}/overleg"
                | "/api/v1/arrangementen/{id}/besluit"
                | "/api/v1/arrangementen/{id}/evaluatie",
                Toegang::Leerlinggegevens,
            ) => {
                // The demo's requests: read within the pupil's scope; every change below is
                // refused by a rule (no child's voice, no reasons, a date ahead) after it.
                let future = (today + jiff::ToSpan::days(30)).to_string();
                let body = match pad.rsplit('/').next().unwrap() {
                    "overleg" => format!(
                        r#"{{"datum":"{today}","deelnemers":["school","samenwerkingsverband"],"stemKind":""}}"#
                    ),
                    "besluit" => r#"{"besluit":"afgewezen"}"#.to_string(),
                    "evaluatie" => format!(r#"{{"datum":"{future}","evaluatie":"x"}}"#),
                    _ => String::new(),
                };
                for c in &callers {
                    for &(id, leerling) in &arrangementen {
                        let url = pad.replace("{id}", &id.to_string());
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let (reply, ok) = if body.is_empty() {
                            (api_get(store, &url, Some(&c.key)).await, StatusCode::OK)
                        } else {
                            let reply = api_send(store, "POST", &url, &c.key, &body).await;
                            (reply, StatusCode::BAD_REQUEST)
                        };
                        let want = if may_see(c.user, f) {
                            ok
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}: {}", c.user, reply.body);
                    }
                }
            }
            (
                "/api/v1/tlvs/{id}"
                | "/api/v1/tlvs/{id}/besluitbrief"
                | "/api/v1/tlvs/{id}/deskundigen"
                | "/api/v1/tlvs/{id}/adviezen"
                | "/api/v1/tlvs/{id}/besluit"
                | "/api/v1/tlvs/{id}/bezwaren"
                | "/api/v1/tlvs/{id}/bezwaren/{bezwaar}",
                Toegang::Leerlinggegevens,
            ) => {
                // The demo's TLVs (and its bezwaar): read within the pupil's scope (a
                // deskundige only when asked to advise); changes refused by a rule after it.
                let (method, body) = match pad.rsplit('/').next().unwrap() {
                    "deskundigen" => ("POST", r#"{"eerste":999998,"tweede":999999}"#),
                    "adviezen" => (
                        "POST",
                        r#"{"volgorde":1,"datum":"2999-01-01","advies":"x"}"#,
                    ),
                    "besluit" => ("POST", r#"{"besluit":"afgewezen"}"#),
                    "bezwaren" => ("POST", r#"{"ingediendOp":"2999-01-01","gronden":"x"}"#),
                    "{bezwaar}" => ("PATCH", r#"{"uitkomst":"onzin"}"#),
                    _ => ("GET", ""),
                };
                let targets: Vec<(i64, i64)> = if method == "PATCH" {
                    bezwaren.clone()
                } else {
                    tlvs.iter().map(|&(id, _)| (0, id)).collect()
                };
                for c in &callers {
                    for &(bezwaar, id) in &targets {
                        let leerling = tlvs.iter().find(|t| t.0 == id).unwrap().1;
                        let url = pad
                            .replace("{id}", &id.to_string())
                            .replace("{bezwaar}", &bezwaar.to_string());
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        // The decision letter exists for the decided TLV only.
                        let letter = pad.ends_with("/besluitbrief");
                        let (reply, ok) = if method == "GET" {
                            (api_get(store, &url, Some(&c.key)).await, StatusCode::OK)
                        } else {
                            let reply = api_send(store, method, &url, &c.key, body).await;
                            (reply, StatusCode::BAD_REQUEST)
                        };
                        let want = if may_see(c.user, f) && (!letter || id == tlvs[0].0) {
                            ok
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status, want,
                            "{} {method} {url}: {}",
                            c.user, reply.body
                        );
                        if method == "PATCH" {
                            // The bezwaar is read like its TLV.
                            let read = api_get(store, &url, Some(&c.key)).await;
                            let want = if may_see(c.user, f) {
                                StatusCode::OK
                            } else {
                                StatusCode::NOT_FOUND
                            };
                            assert_eq!(read.status, want, "{} GET {url}", c.user);
                        }
                    }
                }
            }
            ("/api/v1/deskundigen", Toegang::Aangemeld) => {
                // The register is the SWV's own; anyone else gets a 404.
                assert_eq!(
                    api_get(store, pad, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let swv = c.user.starts_with("swv-");
                    let reply = api_get(store, pad, Some(&c.key)).await;
                    let want = if swv {
                        StatusCode::OK
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} GET {pad}", c.user);
                    let body = r#"{"naam":"X","discipline":"tovenaar"}"#;
                    let reply = api_send(store, "POST", pad, &c.key, body).await;
                    let want = if swv {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} POST {pad}", c.user);
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
            ("/leerlingen/{id}/ondersteuning", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let reply = get(
                            store,
                            &pad.replace("{id}", &f.id.0.to_string()),
                            Some(&c.cookie),
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
            (
                "/leerlingen/{id}/opp"
                | "/leerlingen/{id}/opp/instemming"
                | "/leerlingen/{id}/opp/evaluatie"
                | "/leerlingen/{id}/arrangementen"
                | "/leerlingen/{id}/tlv"
                | "/leerlingen/{id}/symbiose"
                | "/leerlingen/{id}/integraal",
                Toegang::Leerlinggegevens,
            ) => {
                // Bodies that parse but that the rules refuse, so nothing is stored: the rule's
                // 400 after the scope check for a caller who may see the pupil, else 404.
                let body = match pad.rsplit('/').next().unwrap() {
                    "opp" => "uitstroom=havo",
                    "instemming" => "datum=2999-01-01",
                    "evaluatie" => "datum=2026-01-05&verslag=",
                    "arrangementen" => "vraag=",
                    "tlv" => "soort=sbo&aanvragende_vestiging=90AA00",
                    "symbiose" => {
                        "regulier_vestiging=90AA00&van=2026-2027&tot=2026-2027&vakken=rekenen+100&rooster_minuten=1000&begeleiding=x"
                    }
                    _ => "datum=2026-01-05",
                };
                for c in &callers {
                    for f in paar(c.user, pad, &sample) {
                        let url = pad.replace("{id}", &f.id.0.to_string());
                        let reply = crate::web::post_form(
                            store,
                            &url,
                            Some(&c.cookie),
                            &format!("csrf={}&{body}", c.csrf),
                        )
                        .await;
                        // A TLV is also asked by the school (or its bestuur) of a live
                        // registration, without the dossier (WPO art. 18a lid 6c).
                        let aanvrager = pad.ends_with("/tlv")
                            && matches!(c.user, "ib" | "bestuur")
                            && f.levende_aanmeldingen.iter().any(|v| v == "90AA00");
                        let want = if may_see(c.user, f) || aanvrager {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(
                            reply.status,
                            want,
                            "{} on {url}: {}",
                            c.user,
                            reply.body.chars().take(300).collect::<String>()
                        );
                    }
                }
            }
            ("/ondersteuning", Toegang::Leerlinggegevens) => {
                assert_eq!(
                    get(store, pad, None).await.location.as_deref(),
                    Some("/aanmelden")
                );
                for c in &callers {
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                    // Every pupil a caseload links to is one the caller may see.
                    for rest in reply.body.split("href=\"/leerlingen/").skip(1) {
                        let id: i64 = rest.split('/').next().unwrap().parse().unwrap();
                        if let Some(f) = sample.iter().find(|f| f.id.0 == id) {
                            assert!(may_see(c.user, f), "{} sees pupil {id} on {pad}", c.user);
                        }
                    }
                }
            }
            (
                "/arrangementen/{id}/overleg"
                | "/arrangementen/{id}/besluit"
                | "/arrangementen/{id}/evaluatie",
                Toegang::Leerlinggegevens,
            ) => {
                let body = match pad.rsplit('/').next().unwrap() {
                    "overleg" => "datum=2026-01-05&stem_kind=",
                    "besluit" => "besluit=afgewezen&reden=",
                    _ => "datum=2999-01-01&evaluatie=",
                };
                for c in &callers {
                    for &(id, leerling) in &arrangementen {
                        let url = pad.replace("{id}", &id.to_string());
                        let reply = crate::web::post_form(
                            store,
                            &url,
                            Some(&c.cookie),
                            &format!("csrf={}&{body}", c.csrf),
                        )
                        .await;
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let want = if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            ("/bijlagen/{id}", Toegang::Leerlinggegevens) => {
                // The demo has no OSO attachments; the OSO tests read them with access.
                for c in &callers {
                    assert_eq!(
                        get(store, "/bijlagen/999999", Some(&c.cookie)).await.status,
                        StatusCode::NOT_FOUND
                    );
                }
            }
            ("/api/v1/bijlagen/{id}", Toegang::Leerlinggegevens) => {
                // As the page; tests/it/dossier_api.rs reads imported ones with access.
                let url = "/api/v1/bijlagen/999999";
                assert_eq!(
                    api_get(store, url, None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let reply = api_get(store, url, Some(&c.key)).await;
                    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} on {url}", c.user);
                }
            }
            ("/api/v1/leerlingen/{id}/oso-dossiers", Toegang::Leerlinggegevens) => {
                // Two pupils each caller may see and two it may not (the read is the same
                // scoped one as the other per-pupil reads); the restricted data only for the
                // roles that may see it.
                assert_eq!(
                    api_get(store, &pad.replace("{id}", "1"), None).await.status,
                    StatusCode::UNAUTHORIZED
                );
                for c in &callers {
                    let pupils = sample
                        .iter()
                        .filter(|f| may_see(c.user, f))
                        .take(2)
                        .chain(sample.iter().filter(|f| !may_see(c.user, f)).take(2));
                    for f in pupils {
                        let url = pad.replace("{id}", &f.id.0.to_string());
                        let reply = api_get(store, &url, Some(&c.key)).await;
                        let visible = may_see(c.user, f);
                        let want = if visible {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} GET {url}", c.user);
                        if visible {
                            let beperkt =
                                matches!(c.user, "swv-po" | "swv-vo" | "deskundige" | "ouder");
                            assert_eq!(
                                reply.body.contains("\"beperkteGegevens\""),
                                beperkt,
                                "{} GET {url}: {}",
                                c.user,
                                reply.body
                            );
                        }
                    }
                }
            }
            ("/tlv/{id}" | "/tlv/{id}/besluit.pdf", Toegang::Leerlinggegevens) => {
                for c in &callers {
                    for &(id, leerling) in &tlvs {
                        let url = pad.replace("{id}", &id.to_string());
                        let reply = get(store, &url, Some(&c.cookie)).await;
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let decided = id == tlvs[0].0;
                        let want = if may_see(c.user, f) && (decided || !pad.ends_with(".pdf")) {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            (
                "/tlv/{id}/deskundigen"
                | "/tlv/{id}/advies"
                | "/tlv/{id}/besluit"
                | "/tlv/{id}/bezwaar"
                | "/tlv/{id}/bezwaar/{bezwaar}",
                Toegang::Leerlinggegevens,
            ) => {
                let body = match pad.rsplit('/').next().unwrap() {
                    "deskundigen" => "eerste=999998&tweede=999999",
                    "advies" => "volgorde=1&datum=2999-01-01&advies=",
                    "besluit" => "besluit=afgewezen&reden=",
                    "bezwaar" => "ingediend_op=2999-01-01&gronden=",
                    _ => "uitkomst=onzin",
                };
                for c in &callers {
                    for &(bezwaar, id) in &bezwaren {
                        let leerling = tlvs.iter().find(|t| t.0 == id).unwrap().1;
                        let url = pad
                            .replace("{id}", &id.to_string())
                            .replace("{bezwaar}", &bezwaar.to_string());
                        let reply = crate::web::post_form(
                            store,
                            &url,
                            Some(&c.cookie),
                            &format!("csrf={}&{body}", c.csrf),
                        )
                        .await;
                        let f = sample.iter().find(|f| f.id.0 == leerling).unwrap();
                        let want = if may_see(c.user, f) {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        };
                        assert_eq!(reply.status, want, "{} on {url}", c.user);
                    }
                }
            }
            ("/deskundigen", Toegang::Aangemeld) => {
                for c in &callers {
                    let swv = c.user.starts_with("swv-");
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(
                        reply.status,
                        if swv {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} on {pad}",
                        c.user
                    );
                    let body = format!("csrf={}&naam=X&discipline=tovenaar", c.csrf);
                    let reply = crate::web::post_form(store, pad, Some(&c.cookie), &body).await;
                    assert_eq!(
                        reply.status,
                        if swv {
                            StatusCode::BAD_REQUEST
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} POST {pad}",
                        c.user
                    );
                }
            }
            ("/oso", Toegang::Leerlinggegevens) => {
                // A broken dossier: school and SWV staff get the list of problems (422),
                // every other role a 404; nothing is stored either way.
                for c in &callers {
                    let mag = matches!(c.user, "ib" | "swv-po" | "swv-vo");
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(
                        reply.status,
                        if mag {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} on {pad}",
                        c.user
                    );
                    let reply =
                        crate::oso::upload(store, &c.cookie, &c.csrf, "123456782", b"<dossier/>")
                            .await;
                    assert_eq!(
                        reply.status,
                        if mag {
                            StatusCode::UNPROCESSABLE_ENTITY
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} POST {pad}",
                        c.user
                    );
                }
            }
            ("/edexml", Toegang::Leerlinggegevens) => {
                // A schema-invalid roster: the school gets the list of problems (422), every
                // other role a 404; nothing is stored either way.
                for c in &callers {
                    let mag = c.user == "ib";
                    let reply = get(store, pad, Some(&c.cookie)).await;
                    assert_eq!(
                        reply.status,
                        if mag {
                            StatusCode::OK
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} on {pad}",
                        c.user
                    );
                    let reply = crate::edexml::upload(store, &c.cookie, &c.csrf, b"<EDEX/>").await;
                    assert_eq!(
                        reply.status,
                        if mag {
                            StatusCode::UNPROCESSABLE_ENTITY
                        } else {
                            StatusCode::NOT_FOUND
                        },
                        "{} POST {pad}",
                        c.user
                    );
                }
            }
            ("/aanmeldingen/import", Toegang::Leerlinggegevens) => {
                // A file with the wrong columns: the school gets the problem (400), the other
                // roles a 404; nothing is stored either way.
                for c in &callers {
                    let boundary = "----grens";
                    let body = format!(
                        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
                         --{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a.csv\"\r\n\r\nfout\r\n--{boundary}--\r\n",
                        c.csrf
                    );
                    let req = axum::http::Request::post(pad)
                        .header(
                            header::CONTENT_TYPE,
                            format!("multipart/form-data; boundary={boundary}"),
                        )
                        .header(header::COOKIE, &c.cookie)
                        .body(axum::body::Body::from(body))
                        .unwrap();
                    let reply = crate::web::send(store, req).await;
                    let want = if c.user == "ib" {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            ("/api/v1/oso-dossiers", Toegang::Leerlinggegevens) => {
                // Not base64: school and SWV get the field's 400, every other role a 404.
                for c in &callers {
                    let body = r#"{"persoonsnummer":"123456782","dossier":"***"}"#;
                    let reply = api_send(store, "POST", pad, &c.key, body).await;
                    let mag = matches!(c.user, "ib" | "swv-po" | "swv-vo");
                    let want = if mag {
                        StatusCode::BAD_REQUEST
                    } else {
                        StatusCode::NOT_FOUND
                    };
                    assert_eq!(reply.status, want, "{} on {pad}", c.user);
                }
            }
            (pad, toegang) => panic!("route {pad} ({toegang:?}) has no entry in the access matrix"),
        }
    }
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
        other => panic!("public route {other} has no sample URL in the access matrix"),
    }
}
