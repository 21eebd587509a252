//! No BSN in any log line or page: everything the application logs during a run with the
//! demo region is captured at TRACE level and searched for every BSN in the database.

use crate::support::demo_sqlite;
use crate::web::{get, sign_in};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Every BSN in an SQLite database.
fn all_bsns(db: &str) -> Vec<String> {
    let db = db.to_string();
    // Its own thread and runtime: callers may be inside a runtime already.
    std::thread::spawn(move || bsns_blocking(&db))
        .join()
        .unwrap()
}

fn bsns_blocking(db: &str) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use sqlx::{Connection, Row};
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&format!("sqlite://{db}"))
            .await
            .unwrap();
        sqlx::query("SELECT bsn FROM leerling WHERE bsn IS NOT NULL")
            .fetch_all(&mut conn)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect()
    })
}

/// Every run of 9 digits in a text (also inside longer runs), in one pass.
fn nine_digit_windows(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() >= 9)
        .flat_map(|run| (0..=run.len() - 9).map(move |i| &run[i..i + 9]))
}

pub fn assert_no_bsn_in(db: &str, texts: &[&str]) {
    let bsns: std::collections::HashSet<String> = all_bsns(db).into_iter().collect();
    assert!(bsns.len() >= 15_000);
    for text in texts {
        let leaked = nine_digit_windows(text)
            .filter(|w| bsns.contains(*w))
            .count();
        assert_eq!(leaked, 0, "a BSN appears in output");
    }
}

#[test]
fn the_leak_check_finds_a_bsn() {
    let found: Vec<&str> = nine_digit_windows("id=1 bsn 111222333, x1234567890").collect();
    assert_eq!(found, vec!["111222333", "123456789", "234567890"]);
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_bsn_in_logs_or_pages() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    // Global, so that log lines from SQLite's worker threads are caught too; other tests
    // running at the same time only add more lines to search.
    tracing::subscriber::set_global_default(subscriber).expect("only this test sets it");
    let db = demo_sqlite().await;
    let store = &db.store;
    let mut pages = String::new();
    for user in ["ib", "leerplicht", "ouder", "swv-po"] {
        let cookie = sign_in(store, user).await;
        for path in [
            "/",
            "/mijn-kinderen",
            "/scholen/90AA00",
            "/leerlingen/1",
            "/leerlingen/2",
            "/leerlingen/500",
        ] {
            pages.push_str(&get(store, path, Some(&cookie)).await.body);
        }
    }
    let path = db.path().to_string();
    // An error path: registering a BSN that is already there.
    let taken = all_bsns(&path).swap_remove(0);
    let twice = passend_domain::Leerling::new(
        passend_domain::Naam::new("Test", None, "Dubbel").unwrap(),
        jiff::civil::date(2016, 1, 1),
        passend_domain::Postcode::parse("3431AB").unwrap(),
        Some(passend_domain::Bsn::parse(&taken).unwrap()),
        None,
        jiff::civil::date(2026, 11, 22),
    )
    .unwrap();
    let err = store.create_leerling(&twice).await.unwrap_err();
    tracing::error!("registratie geweigerd: {err} / {err:?} / {twice:?}");
    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("INFO") || logs.contains("DEBUG") || logs.contains("TRACE"),
        "capture works"
    );
    assert_no_bsn_in(&path, &[&logs, &pages]);
    db.finish().await;
}
