//! Crash safety of the real server: `passend serve` is killed with SIGKILL at random moments
//! while clients stream registrations and extensions through the API, and started again.
//! After every kill: each acknowledged (2xx) write is there with exactly its data, nothing
//! is half-written (a registration, its new pupil and its audit entry commit together; an
//! extension and its audit entry too), and the database passes its own integrity check.
//!
//! SQLite always; PostgreSQL when `PASSEND_TEST_POSTGRES` is set (else SKIPPED).
//! The test databases live in a tmpfs and run with `synchronous_commit = off` (support.rs):
//! what is killed is `passend serve`, never the machine or the PostgreSQL server, and a
//! killed process leaves what the kernel (SQLite) or the server (PostgreSQL) was given
//! as it is on a disk, so this proves the same as before. Power loss is not tested here.
//! `PASSEND_CRASH_CYCLES` sets the kills per backend (default 5; `bench/crash.sh` runs
//! more), `PASSEND_CRASH_SEED` replays a run.

use crate::api::onderwijsnummer;
use crate::support::{TestDb, demo_sqlite};
use axum::http::{Method, Request, header};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use passend_demo::Demo;
use sqlx::{Connection, Row};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Cursor, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

mod controle;
mod schrijvers;
mod server;

use controle::verify;
use schrijvers::audited;
use schrijvers::stored;
use schrijvers::writer;
use server::Http;
use server::Journaal;
use server::Registratie;
use server::Server;
use server::body;
use server::registratie;
use server::send;

const NIEUW: &str = "/api/v1/aanmeldingen";

const VERLENG: &str = "/api/v1/aanmeldingen/{id}/verlenging";

const WRITERS: usize = 3;

fn say(line: &str) {
    // Straight to stderr: libtest would swallow eprintln! of a passing test.
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Kill cycles against one database that holds the demo region; `key` is an API key of `ib`.
async fn crash_cycles(backend: &str, url: &str, key: &str) {
    let cycles: usize = std::env::var("PASSEND_CRASH_CYCLES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(5);
    let seed: u64 = std::env::var("PASSEND_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    say(&format!(
        "crash test {backend}: seed {seed} (PASSEND_CRASH_SEED={seed} replays the kill moments), {cycles} cycles"
    ));
    let mut rng = fastrand::Rng::with_seed(seed);
    let journaal = Arc::new(Mutex::new(Journaal::default()));
    let next = Arc::new(Mutex::new(rng.u64(..1_000_000)));
    let (mut acked, mut unacked) = (0, 0);
    for _ in 0..cycles {
        let server = Server::start(url).await;
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| {
                tokio::spawn(writer(
                    server.base.clone(),
                    key.to_string(),
                    journaal.clone(),
                    next.clone(),
                    rng.u64(..),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(rng.u64(0..1500))).await;
        server.kill();
        for w in writers {
            w.await.unwrap();
        }
        let j = journaal.lock().unwrap().clone();
        assert!(
            j.unexpected.is_empty(),
            "responses other than 2xx: {:?}",
            j.unexpected
        );
        (acked, unacked) = verify(url, &j).await;
    }
    // The server comes back once more and serves what was acknowledged.
    let server = Server::start(url).await;
    let client: Http = Client::builder(TokioExecutor::new()).build(HttpConnector::new());
    let j = journaal.lock().unwrap().clone();
    for (sent, id) in j
        .sent
        .values()
        .filter_map(|(r, id)| id.map(|i| (r, i)))
        .take(20)
    {
        let (status, text) = send(
            &client,
            Method::GET,
            format!("{}/api/v1/aanmeldingen/{id}", server.base),
            key,
            None,
        )
        .await
        .unwrap();
        assert_eq!(status, 200, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["ontvangen"], sent.ontvangen.as_str());
    }
    server.kill();
    say(&format!(
        "crash test {backend}: {cycles} kills, {} registrations sent, {acked} acknowledged, {unacked} committed without acknowledgement, {} extensions acknowledged, lost 0",
        j.sent.len(),
        j.extended.len()
    ));
    assert!(acked > 0 || cycles == 0, "some writes were acknowledged");
}

async fn ib_key(db: &TestDb) -> String {
    let account = db
        .store
        .accounts()
        .verify_password("ib", "demo-ib-2026")
        .await
        .unwrap()
        .unwrap();
    let key = db
        .store
        .accounts()
        .create_api_sleutel(account.id, "crash")
        .await
        .unwrap();
    // The server owns the database from here; this pool would only hold files open.
    db.store.close().await;
    key
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_sqlite() {
    let db = demo_sqlite().await;
    let key = ib_key(&db).await;
    crash_cycles("sqlite", &db.url, &key).await;
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_postgres() {
    let Some(db) = TestDb::postgres("crash test").await else {
        return;
    };
    db.store.create_demo().await.unwrap();
    let key = ib_key(&db).await;
    crash_cycles("postgres", &db.url, &key).await;
    db.finish().await;
}
