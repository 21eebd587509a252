//! HTTP tests, in-process through the router: pages, Dutch messages, sign-in, and the
//! role × pupil-route matrix.

use crate::support::{TestDb, demo_sqlite};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use passend_store::{LeerlingId, Store};
use tower::ServiceExt;

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub cookie: Option<String>,
    pub content_type: Option<String>,
    pub api_version: Option<String>,
    pub body: String,
}

tokio::task_local! {
    /// The router of `with_router`, for every request sent within it.
    static ROUTER: axum::Router;
}

/// Runs `f` with one router for all its requests: building the app (every route with its
/// layers) costs more than most requests, and the access matrix sends tens of thousands.
/// Every request in `f` must go to `store`.
pub async fn with_router<F: Future>(store: &Store, f: F) -> F::Output {
    let app = passend_web::app(passend_web::AppState {
        store: store.clone(),
    });
    ROUTER.scope(app, f).await
}

pub async fn send(store: &Store, req: Request<Body>) -> Reply {
    let app = ROUTER.try_with(Clone::clone).unwrap_or_else(|_| {
        passend_web::app(passend_web::AppState {
            store: store.clone(),
        })
    });
    let res = app.oneshot(req).await.unwrap();
    let header = |name| {
        res.headers()
            .get(name)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let location = header(header::LOCATION);
    let content_type = header(header::CONTENT_TYPE);
    let api_version = header(header::HeaderName::from_static("api-version"));
    let cookie = header(header::SET_COOKIE).and_then(|c| c.split(';').next().map(String::from));
    let status = res.status();
    // Binary bodies (PDF, attachments) are read lossily; tests of those check bytes elsewhere.
    let body =
        String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Reply {
        status,
        location,
        cookie,
        content_type,
        api_version,
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

/// The hidden CSRF value of the first form on a page.
pub fn csrf_of(body: &str) -> String {
    const FIELD: &str = "name=\"csrf\" value=\"";
    let at = body.find(FIELD).expect("a form with a csrf field");
    let rest = &body[at + FIELD.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// Posts a url-encoded form.
pub async fn post_form(store: &Store, path: &str, cookie: Option<&str>, body: &str) -> Reply {
    let mut req =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(store, req.body(Body::from(body.to_string())).unwrap()).await
}

/// Opens the sign-in page and submits it with a password; returns the reply.
pub async fn try_sign_in(store: &Store, user: &str, password: &str) -> Reply {
    let page = get(store, "/aanmelden", None).await;
    let login_cookie = page.cookie.expect("sign-in cookie");
    let body = format!(
        "csrf={}&gebruikersnaam={user}&wachtwoord={password}",
        csrf_of(&page.body)
    );
    post_form(store, "/aanmelden", Some(&login_cookie), &body).await
}

/// Signs in a demo account; returns the session cookie.
pub async fn sign_in(store: &Store, user: &str) -> String {
    let reply = try_sign_in(store, user, &format!("demo-{user}-2026")).await;
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
    let wrong = try_sign_in(&db.store, "ib", "fout-wachtwoord").await;
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
    let forged = post_form(&db.store, "/afmelden", Some(&cookie), "").await;
    assert_eq!(
        forged.status,
        StatusCode::FORBIDDEN,
        "sign-out without the CSRF value"
    );
    let csrf = csrf_of(&start.body);
    let out = post_form(
        &db.store,
        "/afmelden",
        Some(&cookie),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = get(&db.store, "/mijn-kinderen", Some(&cookie)).await;
    assert_eq!(after.location.as_deref(), Some("/aanmelden"));
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
    let before = store.inzage(LeerlingId(id)).await.unwrap().len();
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
    let after = store.inzage(LeerlingId(id)).await.unwrap();
    let expected_new = 1 + usize::from(dossier.gemeente == "Nieuwegein");
    assert_eq!(after.len(), before + expected_new);
    // A refused read is not a read: nothing is logged for it.
    let opr = sign_in(store, "opr").await;
    get(store, &format!("/leerlingen/{id}"), Some(&opr)).await;
    assert_eq!(
        store.inzage(LeerlingId(id)).await.unwrap().len(),
        after.len()
    );
    db.finish().await;
}

#[tokio::test]
async fn a_school_read_and_change_appear_in_the_audit_log_and_on_the_parents_page() {
    use passend_domain::{Rol, VestigingCode};
    use sqlx::{Connection, Row};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[0]
        .clone();
    let id = pupil.id.0;
    let ib = sign_in(store, "ib").await;
    let dossier = get(store, &format!("/leerlingen/{id}"), Some(&ib)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let csrf = csrf_of(&dossier.body);
    // A wrong postcode is refused with a Dutch message and changes nothing.
    let bad = post_form(
        store,
        &format!("/leerlingen/{id}/adres"),
        Some(&ib),
        &format!("csrf={csrf}&postcode=1000AA"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("postcode 1000 komt niet voor in de regio-indeling")
    );
    assert_eq!(
        store
            .leerling_dossier(pupil.id)
            .await
            .unwrap()
            .leerling
            .postcode,
        pupil.postcode
    );
    let new = if pupil.postcode.starts_with("3437") {
        "3438 KL"
    } else {
        "3437 KL"
    };
    let moved = post_form(
        store,
        &format!("/leerlingen/{id}/adres"),
        Some(&ib),
        &format!("csrf={csrf}&postcode={}", new.replace(' ', "+")),
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(
        store
            .leerling_dossier(pupil.id)
            .await
            .unwrap()
            .leerling
            .postcode,
        new
    );
    // The beheerder finds both, with the changed field named but not its value.
    let beheerder = sign_in(store, "beheerder").await;
    let log = get(
        store,
        &format!("/beheer/audit?leerling={id}"),
        Some(&beheerder),
    )
    .await;
    assert!(log.body.contains("2 regels gevonden"), "{}", log.body);
    assert!(log.body.contains("<td>wijzigen</td>") && log.body.contains("<td>postcode</td>"));
    assert!(
        !log.body.contains(new),
        "the new value is not copied into the log"
    );
    // A parent of this pupil sees the school's read and change on the child's page.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let ouder: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT ouder_id FROM ouder_leerling WHERE leerling_id = {id} LIMIT 1"
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    store
        .create_account(&passend_store::NewAccount {
            gebruikersnaam: "ouder-p".into(),
            weergavenaam: "Ouder P".into(),
            wachtwoord: "demo-ouder-p-2026".into(),
            rollen: vec![passend_store::AccountRol {
                rol: Rol::Ouder,
                scope: Some(ouder.to_string()),
            }],
        })
        .await
        .unwrap();
    let parent = sign_in(store, "ouder-p").await;
    let page = get(store, &format!("/leerlingen/{id}"), Some(&parent)).await;
    assert!(page.body.contains("Wie heeft dit dossier bekeken?"));
    let school_name = store
        .vestiging(&VestigingCode::parse("90AA00").unwrap())
        .await
        .unwrap()
        .vestiging
        .naam;
    for text in [
        "school (intern begeleider)",
        school_name.as_str(),
        "heeft het dossier bekeken",
        "heeft gegevens gewijzigd",
    ] {
        assert!(page.body.contains(text), "parent page lacks '{text}'");
    }
    assert!(
        !page.body.contains("Adres wijzigen"),
        "a parent cannot change the address"
    );
    db.finish().await;
}

#[tokio::test]
async fn an_account_with_two_roles_switches_and_its_scope_follows() {
    use passend_domain::Rol;
    use passend_store::{AccountRol, NewAccount};
    let db = demo_sqlite().await;
    let store = &db.store;
    store
        .create_account(&NewAccount {
            gebruikersnaam: "tweerollen".into(),
            weergavenaam: "Twee Rollen".into(),
            wachtwoord: "demo-tweerollen-2026".into(),
            rollen: vec![
                AccountRol {
                    rol: Rol::Ouder,
                    scope: Some("1".into()),
                },
                AccountRol {
                    rol: Rol::Inspectie,
                    scope: None,
                },
            ],
        })
        .await
        .unwrap();
    let cookie = sign_in(store, "tweerollen").await;
    let start = get(store, "/", Some(&cookie)).await;
    assert!(
        start
            .body
            .contains("<option value=\"0\" selected>ouder of verzorger (1)</option>")
    );
    let mine = get(store, "/mijn-kinderen", Some(&cookie)).await;
    let first = mine
        .body
        .split("href=\"/leerlingen/")
        .nth(1)
        .expect("a child");
    let child = &first[..first.find('"').unwrap()];
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::OK
    );
    // A role that is not the account's is refused and changes nothing.
    let csrf = csrf_of(&start.body);
    let bad = post_form(
        store,
        "/account/rol",
        Some(&cookie),
        &format!("csrf={csrf}&rol=5"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::OK
    );
    // As inspectie the same session sees no single child.
    let switch = post_form(
        store,
        "/account/rol",
        Some(&cookie),
        &format!("csrf={csrf}&rol=1"),
    )
    .await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert!(
        get(store, "/", Some(&cookie))
            .await
            .body
            .contains("<option value=\"1\" selected>inspectie</option>")
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

/// Makes an account with one role and signs it in: (account id, session cookie).
pub async fn account_in_role(
    store: &Store,
    naam: &str,
    rol: passend_domain::Rol,
    scope: Option<&str>,
) -> (i64, String) {
    let id = store
        .create_account(&passend_store::NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: format!("demo-{naam}-2026"),
            rollen: vec![passend_store::AccountRol {
                rol,
                scope: scope.map(String::from),
            }],
        })
        .await
        .unwrap();
    (id, sign_in(store, naam).await)
}
