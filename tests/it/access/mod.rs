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

mod feiten;

pub(crate) use feiten::Facts;
use feiten::USERS;
use feiten::facts;
pub(crate) use feiten::may_read_registration;
pub(crate) use feiten::may_see;
pub(crate) use feiten::paar;

tokio::task_local! {
    /// The demo database of the running part of the matrix, for the raw look-ups in `facts`
    /// (task-local: the parts run at the same time, each on its own database).
    static DB_URL: String;
}

fn store_url(_: &Store) -> String {
    DB_URL.with(Clone::clone)
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

mod openbaar;

mod aanmeldingen;

mod dossier;

mod leerplicht;

mod thuiszitters;

mod ondersteuning;

mod leerlingen;

mod bestanden;

mod ouders;

mod briefhoofd;
mod brieven;
mod ontvanger;
mod ouder_stappen;
mod stappen;
mod taken;

/// What every part of the matrix checks a route against: the callers, the sample and the
/// demo's cases.
struct Matrix<'a> {
    store: &'a Store,
    today: jiff::civil::Date,
    registered: &'a [i64],
    case_pupils: &'a [(i64, i64)],
    tlvs: &'a [(i64, i64)],
    arrangementen: &'a [(i64, i64)],
    bezwaren: &'a [(i64, i64)],
    callers: &'a [Caller],
    sample: &'a [Facts],
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
    // arrangements, symbiose, the one-table arrangement, disputes and vso outflow. Of the
    // demo's ~350 TLVs, one of each kind (SWV, decision, soort, external) and every one with
    // an advice, a bezwaar or the demo school: the other granted TLVs of the history differ
    // only in their pupil, and sending each to every TLV route took most of the matrix's time.
    let mut raw = sqlx::AnyConnection::connect(db_url).await.unwrap();
    let support = |sql: &'static str| sqlx::query(sql);
    let mut tlvs: Vec<(i64, i64)> = Vec::new();
    for r in support(
        "SELECT id, leerling_id FROM tlv \
         WHERE id IN (SELECT MIN(id) FROM tlv GROUP BY swv_code, besluit, soort, extern) \
         OR id IN (SELECT tlv_id FROM tlv_advies) OR id IN (SELECT tlv_id FROM tlv_bezwaar) \
         OR aanvragende_vestiging = '90AA00' OR ontvangende_vestiging = '90AA00' ORDER BY id",
    )
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
    for r in support("SELECT leerling_id FROM symbiose UNION SELECT leerling_id FROM integraal_arrangement UNION SELECT leerling_id FROM opp \
         UNION SELECT leerling_id FROM geschil UNION SELECT leerling_id FROM vso_uitstroom")
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
            .accounts()
            .verify_password(user, &format!("demo-{user}-2026"))
            .await
            .unwrap()
            .unwrap();
        let key = store
            .accounts()
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
    let m = Matrix {
        store,
        today,
        registered: &registered,
        case_pupils: &case_pupils,
        tlvs: &tlvs,
        arrangementen: &arrangementen,
        bezwaren: &bezwaren,
        callers: &callers,
        sample: &sample,
    };
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
        if openbaar::dekt(&m, pad, toegang).await
            || aanmeldingen::dekt(&m, pad, toegang).await
            || dossier::dekt(&m, pad, toegang).await
            || leerplicht::dekt(&m, pad, toegang).await
            || thuiszitters::dekt(&m, pad, toegang).await
            || ondersteuning::dekt(&m, pad, toegang).await
            || leerlingen::dekt(&m, pad, toegang).await
            || bestanden::dekt(&m, pad, toegang).await
            || ouders::dekt(&m, pad, toegang).await
            || taken::dekt(&m, pad, toegang).await
            || ouder_stappen::dekt(&m, pad, toegang).await
            || stappen::dekt(&m, pad, toegang).await
            || brieven::dekt(&m, pad, toegang).await
            || briefhoofd::dekt(&m, pad, toegang).await
        {
            continue;
        }
        panic!("route {pad} ({toegang:?}) has no entry in the access matrix");
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
