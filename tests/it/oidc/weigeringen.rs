//! What the sign-in refuses, each with a Dutch page and a log line without tokens: an
//! unknown state, a state from another browser, a replayed state, a wrong nonce, a wrong
//! issuer in the answer, a lower acr than asked, the provider's error, an unbound subject.

use super::koppelen::fout;
use super::{BASIS, HOOG, LAAG, Testaanbieder, begin, bij_aanbieder, meld_aan};
use crate::support::{TestDb, contract_db};
use crate::web::{get, with_state};
use axum::http::StatusCode;
use sqlx::Connection;
use std::io::Write;
use std::sync::{Arc, Mutex};

const STATE: &str = "Deze aanmelding is verlopen of al gebruikt. Begin opnieuw bij Aanmelden.";
const ONGELDIG: &str =
    "Het antwoord van Entree was niet geldig; u bent niet aangemeld. Begin opnieuw bij Aanmelden.";

#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The `code` in a callback's query.
fn code(terug: &str) -> String {
    terug
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("code="))
        .unwrap()
        .to_string()
}

async fn a_bad_answer_is_refused_and_logged_without_tokens(db: &TestDb) {
    let test = "a_bad_answer_is_refused_and_logged_without_tokens";
    let Some(aanbieder) = Testaanbieder::start(test, BASIS).await else {
        return;
    };
    let store = &db.store;
    let log = Log::default();
    let writer = log.clone();
    // This thread only: the requests run in this test's own task.
    let _log = tracing::subscriber::set_default(
        tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish(),
    );
    let mut geheim = Vec::new();
    with_state(aanbieder.state(store), async {
        let terug = "/aanmelden/oidc/entree/terug";
        // A state passend never made.
        let r = get(store, &format!("{terug}?code=abc&state=onzin"), Some("passend_oidc=onzin")).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::BAD_REQUEST, STATE));

        // The answer to another browser's sign-in (no state cookie): refused, and that
        // state is used up.
        let b = begin(store, "/aanmelden/oidc/entree").await;
        let antwoord = bij_aanbieder(&b.url, "iemand", HOOG).await;
        geheim.extend([b.state.clone(), code(&antwoord)]);
        let r = get(store, &antwoord, None).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::BAD_REQUEST, STATE));
        let r = get(store, &antwoord, Some(&b.cookie)).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::BAD_REQUEST, STATE));

        // Replayed: the first answer is handled (an unbound subject), the second refused.
        let b = begin(store, "/aanmelden/oidc/entree").await;
        let antwoord = bij_aanbieder(&b.url, "onbekende", HOOG).await;
        geheim.extend([b.state.clone(), code(&antwoord)]);
        let r = get(store, &antwoord, Some(&b.cookie)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(fout(&r.body).starts_with("Dit account is nog niet gekoppeld;"));
        let r = get(store, &antwoord, Some(&b.cookie)).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::BAD_REQUEST, STATE));

        // A nonce that is not the one in the ID token (the stored one changed under it).
        let b = begin(store, "/aanmelden/oidc/entree").await;
        let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
        sqlx::query("UPDATE oidc_poging SET nonce = 'een-andere-nonce'")
            .execute(&mut raw)
            .await
            .unwrap();
        raw.close().await.unwrap();
        let antwoord = bij_aanbieder(&b.url, "iemand", HOOG).await;
        geheim.extend([b.state.clone(), code(&antwoord)]);
        let r = get(store, &antwoord, Some(&b.cookie)).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::UNAUTHORIZED, ONGELDIG));

        // An answer that names another issuer (RFC 9207: a mix-up of providers).
        let b = begin(store, "/aanmelden/oidc/entree").await;
        let antwoord = bij_aanbieder(&b.url, "iemand", HOOG).await;
        geheim.extend([b.state.clone(), code(&antwoord)]);
        let vals = antwoord.split("&iss=").next().unwrap().to_string()
            + "&iss=https%3A%2F%2Fandere.example.nl";
        let r = get(store, &vals, Some(&b.cookie)).await;
        assert_eq!((r.status, fout(&r.body)), (StatusCode::UNAUTHORIZED, ONGELDIG));

        // The provider signed the person in at a lower level than asked.
        let r = meld_aan(store, "/aanmelden/oidc/entree", "iemand", LAAG).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            fout(&r.body),
            "Entree meldde u aan op een ander betrouwbaarheidsniveau dan passend vraagt; u bent niet aangemeld."
        );

        // The provider reports an error (the person broke off).
        let b = begin(store, "/aanmelden/oidc/digid").await;
        geheim.push(b.state.clone());
        let r = get(
            store,
            &format!("/aanmelden/oidc/digid/terug?error=access_denied&state={}", b.state),
            Some(&b.cookie),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(fout(&r.body), "De aanmelding bij DigiD is afgebroken.");

        // No session came of any of it.
        assert!(
            get(store, "/aanmelden", None)
                .await
                .body
                .contains("Inloggen met Entree")
        );
    })
    .await;
    let logs = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    let weigeringen = logs
        .matches("aanmelden via OpenID Connect geweigerd")
        .count();
    assert_eq!(weigeringen, 9, "{logs}");
    for reden in [
        "state onbekend",
        "nonce mismatch",
        "iss van het antwoord",
        "acr: ",
        "subject niet gekoppeld",
        "afgebroken: access_denied",
    ] {
        assert!(logs.contains(reden), "{reden} not in {logs}");
    }
    for g in &geheim {
        assert!(
            !logs.contains(g.as_str()),
            "a state or code in the log: {logs}"
        );
    }
    assert!(!logs.contains("eyJ"), "a JWT in the log: {logs}");
}

contract_db!(a_bad_answer_is_refused_and_logged_without_tokens);

/// A provider that does not answer: a Dutch page, no redirect, nothing stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_provider_says_so() {
    let test = "an_unreachable_provider_says_so";
    let Some(aanbieder) = Testaanbieder::start(test, BASIS).await else {
        return;
    };
    // A loopback port nobody listens on (bound and released).
    let dicht = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("http://{}", dicht.local_addr().unwrap());
    drop(dicht);
    let pad = aanbieder.passend_config(BASIS, serde_json::json!({ "issuer": issuer }));
    let oidc = passend_web::oidc::Aanbieders::laad(&pad).unwrap();
    let db = TestDb::sqlite().await;
    let store = &db.store;
    let state = passend_web::AppState::new(store.clone()).met_oidc(oidc);
    with_state(state, async {
        let r = get(store, "/aanmelden/oidc/entree", None).await;
        assert_eq!(r.status, StatusCode::BAD_GATEWAY);
        assert_eq!(
            fout(&r.body),
            "Entree is nu niet bereikbaar. Probeer het later opnieuw of meld u aan met uw wachtwoord."
        );
        assert!(r.cookie.is_none() && r.location.is_none());
    })
    .await;
    db.finish().await;
}
