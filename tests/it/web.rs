//! HTTP tests, in-process through the router: pages, Dutch messages, sign-in, and the
//! role × pupil-route matrix.

use crate::support::{TestDb, demo_sqlite};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_domain::VestigingCode;
use passend_store::{LeerlingId, Store};
use tower::ServiceExt;

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub cookie: Option<String>,
    pub body: String,
}

pub async fn send(store: &Store, req: Request<Body>) -> Reply {
    let app = passend_web::app(passend_web::AppState {
        store: store.clone(),
    });
    let res = app.oneshot(req).await.unwrap();
    let header = |name| {
        res.headers()
            .get(name)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let location = header(header::LOCATION);
    let cookie = header(header::SET_COOKIE).and_then(|c| c.split(';').next().map(String::from));
    let status = res.status();
    let body =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    Reply {
        status,
        location,
        cookie,
        body,
    }
}

pub async fn get(store: &Store, path: &str, cookie: Option<&str>) -> Reply {
    let mut req = Request::get(path);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(store, req.body(Body::empty()).unwrap()).await
}

/// Signs in a demo account; returns the session cookie.
pub async fn sign_in(store: &Store, user: &str) -> String {
    let body = format!("gebruikersnaam={user}&wachtwoord=demo-{user}-2026");
    let req = Request::post("/aanmelden")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let reply = send(store, req).await;
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "{user}: {}",
        reply.body
    );
    reply.cookie.expect("session cookie")
}

#[tokio::test]
async fn public_pages_render_in_dutch() {
    let db = demo_sqlite().await;
    let start = get(&db.store, "/", None).await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(start.body.contains("<html lang=\"nl\">"));
    assert!(start.body.contains("<dd>15.000</dd>"), "nl-NL thousands");
    let list = get(&db.store, "/swv", None).await;
    assert!(
        list.body
            .contains("De 76 samenwerkingsverbanden primair onderwijs en 74 voortgezet onderwijs")
    );
    let swv = get(&db.store, "/swv/PO2605", None).await;
    for gemeente in [
        "Houten",
        "IJsselstein",
        "Lopik",
        "Nieuwegein",
        "Vijfheerenlanden",
    ] {
        assert!(swv.body.contains(gemeente), "{gemeente}");
    }
    let split = get(&db.store, "/swv/PO2808", None).await;
    assert!(
        split
            .body
            .contains("gemeente ligt ook in een ander samenwerkingsverband")
    );
    let scholen = get(&db.store, "/scholen?soort=so", None).await;
    assert_eq!(scholen.body.matches("<td>so</td>").count(), 2);
    let school = get(&db.store, "/scholen/90AA00", None).await;
    assert_eq!(school.status, StatusCode::OK);
    assert!(
        !school.body.contains("/leerlingen/"),
        "no pupil list without sign-in"
    );
    let css = get(&db.store, "/static/passend.css", None).await;
    assert_eq!(css.status, StatusCode::OK);
    db.finish().await;
}

#[tokio::test]
async fn bad_input_gets_a_dutch_message() {
    let db = TestDb::sqlite().await;
    let bad = get(&db.store, "/postcode?postcode=12", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("is geen postcode: verwacht 4 cijfers en 2 letters")
    );
    let unknown = get(&db.store, "/postcode?postcode=1000+AA", None).await;
    assert!(
        unknown
            .body
            .contains("postcode 1000 komt niet voor in de regio-indeling")
    );
    let ok = get(&db.store, "/postcode?postcode=3431ab", None).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains("PO2605") && ok.body.contains("VO2605"));
    let soort = get(&db.store, "/scholen?soort=mbo", None).await;
    assert_eq!(soort.status, StatusCode::BAD_REQUEST);
    assert!(soort.body.contains("is geen schoolsoort"));
    let missing = get(&db.store, "/swv/PO9999", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Niet gevonden"));
    assert_eq!(
        get(&db.store, "/bestaat-niet", None).await.status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

#[tokio::test]
async fn sign_in_and_security_headers() {
    let db = demo_sqlite().await;
    let wrong = send(
        &db.store,
        Request::post("/aanmelden")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("gebruikersnaam=ib&wachtwoord=fout-wachtwoord"))
            .unwrap(),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("De combinatie van gebruikersnaam en wachtwoord is onbekend.")
    );
    let cookie = sign_in(&db.store, "ib").await;
    let start = get(&db.store, "/", Some(&cookie)).await;
    assert!(start.body.contains("school (intern begeleider)"));
    assert!(start.body.contains("href=\"/scholen/90AA00\">Mijn school"));
    let res = passend_web::app(passend_web::AppState {
        store: db.store.clone(),
    })
    .oneshot(Request::get("/").body(Body::empty()).unwrap())
    .await
    .unwrap();
    let csp = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    // Signing out ends the session on the server, not only in the browser.
    let out = send(
        &db.store,
        Request::post("/afmelden")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = get(&db.store, "/mijn-kinderen", Some(&cookie)).await;
    assert_eq!(after.location.as_deref(), Some("/aanmelden"));
    db.finish().await;
}

/// Facts of a pupil, read without scoping, to state what each role should see.
struct Facts {
    id: LeerlingId,
    scholen: Vec<String>,
    besturen: Vec<String>,
    swvs: Vec<String>,
    gemeente: String,
    ouder_van_demo_ouder: bool,
}

#[tokio::test]
async fn every_role_sees_only_the_pupils_in_its_scope() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    // A sample: pupils of the school account's vestiging, the ouder's children, and a spread.
    let school = VestigingCode::parse("90AA00").unwrap();
    let mut ids: Vec<LeerlingId> = store
        .leerlingen_van_vestiging(&school, today)
        .await
        .unwrap()[..3]
        .iter()
        .map(|l| l.id)
        .collect();
    let kids = [LeerlingId(1), LeerlingId(2)];
    ids.extend(kids);
    ids.extend((1..40).map(|i| LeerlingId(i * 373)));
    let mut facts = Vec::new();
    for id in ids {
        let d = store.leerling_dossier(id).await.unwrap();
        let mut f = Facts {
            id,
            scholen: vec![],
            besturen: vec![],
            swvs: vec![],
            gemeente: d.gemeente.clone(),
            ouder_van_demo_ouder: false,
        };
        for i in d
            .inschrijvingen
            .iter()
            .filter(|i| i.tot.is_none_or(|t| t >= today) && i.van <= today)
        {
            let v = store
                .vestiging(&VestigingCode::parse(&i.vestiging_code).unwrap())
                .await
                .unwrap();
            f.scholen.push(v.vestiging.code.clone());
            f.besturen.push(v.vestiging.bestuur.clone());
            f.swvs.push(v.vestiging.swv_code.clone());
        }
        facts.push(f);
    }
    // The demo ouder account belongs to ouder 1, parent of the first family.
    let ouder = sign_in(store, "ouder").await;
    let mine = get(store, "/mijn-kinderen", Some(&ouder)).await;
    for f in facts.iter_mut() {
        f.ouder_van_demo_ouder = mine
            .body
            .contains(&format!("href=\"/leerlingen/{}\"", f.id.0));
    }
    assert!(facts.iter().filter(|f| f.ouder_van_demo_ouder).count() >= 2);
    let bestuur_naam = "Stichting Openbaar Primair Onderwijs Lek en IJssel";
    type Rule = fn(&Facts, &str) -> bool;
    let roles: [(&str, Rule); 11] = [
        ("ib", |f, _| f.scholen.iter().any(|s| s == "90AA00")),
        ("bestuur", |f, b| f.besturen.iter().any(|s| s == b)),
        ("swv-po", |f, _| f.swvs.iter().any(|s| s == "PO2605")),
        ("swv-vo", |f, _| f.swvs.iter().any(|s| s == "VO2605")),
        ("deskundige", |_, _| false),
        ("leerplicht", |f, _| f.gemeente == "Nieuwegein"),
        ("ouder", |f, _| f.ouder_van_demo_ouder),
        ("opr", |_, _| false),
        ("inspectie", |_, _| false),
        ("ministerie", |_, _| false),
        ("beheerder", |_, _| false),
    ];
    for (user, rule) in roles {
        let cookie = sign_in(store, user).await;
        let mut allowed = 0;
        for f in &facts {
            let reply = get(store, &format!("/leerlingen/{}", f.id.0), Some(&cookie)).await;
            let expected = rule(f, bestuur_naam);
            let want = if expected {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(reply.status, want, "{user} on pupil {}", f.id.0);
            allowed += usize::from(expected);
        }
        if matches!(
            user,
            "ib" | "bestuur" | "swv-po" | "swv-vo" | "leerplicht" | "ouder"
        ) {
            assert!(allowed > 0, "{user} must have positives in the sample");
        }
        // The pupil list of a vestiging: only for school, bestuur and SWV of that vestiging.
        let list = get(store, "/scholen/90AA00", Some(&cookie)).await;
        let sees_list = list.body.contains("href=\"/leerlingen/");
        assert_eq!(
            sees_list,
            matches!(user, "ib" | "bestuur" | "swv-po"),
            "{user} on pupil list"
        );
    }
    // A pupil that does not exist looks the same as one outside the scope.
    let ib = sign_in(store, "ib").await;
    assert_eq!(
        get(store, "/leerlingen/999999", Some(&ib)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(store, "/leerlingen/abc", Some(&ib)).await.status,
        StatusCode::NOT_FOUND
    );
    // Without sign-in, a dossier sends you to the sign-in page.
    let anon = get(store, "/leerlingen/1", None).await;
    assert_eq!(anon.location.as_deref(), Some("/aanmelden"));
    db.finish().await;
}

#[tokio::test]
async fn dossier_reads_are_audited_and_shown_to_the_parent() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let leerplicht = sign_in(store, "leerplicht").await;
    let ouder = sign_in(store, "ouder").await;
    let mine = get(store, "/mijn-kinderen", Some(&ouder)).await;
    let first = mine.body.split("href=\"/leerlingen/").nth(1).unwrap();
    let id: i64 = first[..first.find('"').unwrap()].parse().unwrap();
    let dossier = store.leerling_dossier(LeerlingId(id)).await.unwrap();
    let before = store
        .audit_van_leerling(LeerlingId(id))
        .await
        .unwrap()
        .len();
    if dossier.gemeente == "Nieuwegein" {
        assert_eq!(
            get(store, &format!("/leerlingen/{id}"), Some(&leerplicht))
                .await
                .status,
            StatusCode::OK
        );
    }
    let page = get(store, &format!("/leerlingen/{id}"), Some(&ouder)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Wie heeft dit dossier bekeken?"));
    assert!(page.body.contains("ouder of verzorger"));
    let after = store.audit_van_leerling(LeerlingId(id)).await.unwrap();
    let expected_new = 1 + usize::from(dossier.gemeente == "Nieuwegein");
    assert_eq!(after.len(), before + expected_new);
    // A refused read is not a read: nothing is logged for it.
    let opr = sign_in(store, "opr").await;
    get(store, &format!("/leerlingen/{id}"), Some(&opr)).await;
    assert_eq!(
        store
            .audit_van_leerling(LeerlingId(id))
            .await
            .unwrap()
            .len(),
        after.len()
    );
    db.finish().await;
}
