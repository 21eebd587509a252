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
use sqlx::{Connection, Row};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Cursor, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const NIEUW: &str = "/api/v1/aanmeldingen";
const VERLENG: &str = "/api/v1/aanmeldingen/{id}/verlenging";
const WRITERS: usize = 3;

fn say(line: &str) {
    // Straight to stderr: libtest would swallow eprintln! of a passing test.
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// What one registration sent, compared field by field with what the database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Registratie {
    voornaam: String,
    tussenvoegsel: Option<String>,
    achternaam: String,
    geboortedatum: String,
    postcode: String,
    ontvangen: String,
    gewenste_start: Option<String>,
    eerste_voorkeur: bool,
    andere_scholen: Option<String>,
    extra_ondersteuning: bool,
    beoordeling: Option<String>,
    /// (weeks, notice) of its extension, if one was sent or is stored.
    verlenging: Option<(i64, String)>,
}

/// Every write sent, keyed by the pupil's onderwijsnummer, with the id if acknowledged.
#[derive(Default, Clone)]
struct Journaal {
    sent: BTreeMap<String, (Registratie, Option<i64>)>,
    /// onderwijsnummers whose extension was acknowledged.
    extended: BTreeSet<String>,
    /// Responses that were neither 2xx nor a dropped connection: a failure by themselves.
    unexpected: Vec<String>,
}

fn registratie(rng: &mut fastrand::Rng, today: jiff::civil::Date) -> Registratie {
    let opt = |rng: &mut fastrand::Rng, s: &str| rng.bool().then(|| s.to_string());
    Registratie {
        voornaam: ["Sanne", "Daan", "Aya", "Milan", "Noor"][rng.usize(..5)].into(),
        tussenvoegsel: opt(rng, "van der"),
        achternaam: format!("Crash{}", rng.u32(..1_000_000)),
        geboortedatum: format!(
            "20{:02}-{:02}-{:02}",
            rng.u8(12..22),
            rng.u8(1..13),
            rng.u8(1..29)
        ),
        postcode: ["3431 AB", "3992 AA", "3401 AA"][rng.usize(..3)].into(),
        ontvangen: (today - jiff::ToSpan::days(rng.i64(0..30))).to_string(),
        gewenste_start: opt(rng, "2027-08-23"),
        eerste_voorkeur: rng.bool(),
        andere_scholen: opt(rng, "90AB00, 90AC00"),
        extra_ondersteuning: rng.bool(),
        beoordeling: opt(rng, "dyslexie; past in het basisaanbod"),
        verlenging: None,
    }
}

fn json_text(s: &Option<String>) -> String {
    s.as_ref().map_or("null".into(), |v| format!("\"{v}\""))
}

fn body(nummer: &str, r: &Registratie) -> String {
    format!(
        "{{\"leerling\":{{\"onderwijsnummer\":\"{nummer}\",\"voornaam\":\"{}\",\"tussenvoegsel\":{},\
         \"achternaam\":\"{}\",\"geboortedatum\":\"{}\",\"woonPostcode\":\"{}\"}},\"vestiging\":\"90AA00\",\
         \"ontvangen\":\"{}\",\"gewensteStart\":{},\"eersteVoorkeur\":{},\"andereScholen\":{},\
         \"extraOndersteuning\":{},\"beoordeling\":{}}}",
        r.voornaam,
        json_text(&r.tussenvoegsel),
        r.achternaam,
        r.geboortedatum,
        r.postcode,
        r.ontvangen,
        json_text(&r.gewenste_start),
        r.eerste_voorkeur,
        json_text(&r.andere_scholen),
        r.extra_ondersteuning,
        json_text(&r.beoordeling),
    )
}

/// A running `passend serve` on a port the OS chose.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    async fn start(database: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_passend"))
            .args(["serve", "--database", database, "--bind", "127.0.0.1:0"])
            .env("RUST_LOG", "info,sqlx=warn")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start passend serve");
        let stderr = child.stderr.take().expect("stderr");
        // The log names the bound address; the rest of the log is drained so the pipe never fills.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut log = Vec::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("luistert op http://").nth(1) {
                    let addr: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
                        .collect();
                    let _ = tx.send(Ok(addr));
                }
                log.push(line);
            }
            let _ = tx.send(Err(log.join("\n")));
        });
        let addr = tokio::task::spawn_blocking(move || rx.recv_timeout(Duration::from_secs(120)))
            .await
            .unwrap()
            .expect("the server names its address within two minutes")
            .unwrap_or_else(|log| panic!("the server stopped before listening:\n{log}"));
        Server {
            child,
            base: format!("http://{addr}"),
        }
    }

    fn kill(mut self) {
        self.child.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
        self.child.wait().expect("reap");
    }
}

type Http = Client<HttpConnector, Full<Cursor<Vec<u8>>>>;

/// Sends one request; `Err` only when no response came (the server is gone).
async fn send(
    client: &Http,
    method: Method,
    url: String,
    key: &str,
    body: Option<String>,
) -> Result<(u16, String), String> {
    let req = Request::builder()
        .method(method)
        .uri(url)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Full::new(Cursor::new(
            body.unwrap_or_default().into_bytes(),
        )))
        .unwrap();
    let res = client.request(req).await.map_err(|e| e.to_string())?;
    let status = res.status().as_u16();
    let bytes = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
}

/// One writer: registrations, and now and then the extension of one it got acknowledged,
/// until the server is gone.
async fn writer(
    base: String,
    key: String,
    journaal: Arc<Mutex<Journaal>>,
    next: Arc<Mutex<u64>>,
    seed: u64,
) {
    let client: Http = Client::builder(TokioExecutor::new()).build(HttpConnector::new());
    let mut rng = fastrand::Rng::with_seed(seed);
    let today = passend_web::vandaag();
    let mut mine: Vec<(String, i64)> = Vec::new();
    loop {
        if !mine.is_empty() && rng.u8(..4) == 0 {
            let (nummer, id) = mine.swap_remove(rng.usize(..mine.len()));
            let weken = rng.i64(1..=4);
            journaal
                .lock()
                .unwrap()
                .sent
                .get_mut(&nummer)
                .unwrap()
                .0
                .verlenging = Some((weken, today.to_string()));
            let url = format!("{base}/api/v1/aanmeldingen/{id}/verlenging");
            let json = format!("{{\"weken\":{weken},\"kennisgeving\":\"{today}\"}}");
            match send(&client, Method::POST, url, &key, Some(json)).await {
                Ok((200, _)) => {
                    journaal.lock().unwrap().extended.insert(nummer);
                }
                Ok((status, text)) => journaal
                    .lock()
                    .unwrap()
                    .unexpected
                    .push(format!("{status} extension: {text}")),
                Err(_) => return,
            }
            continue;
        }
        let nummer = {
            let mut n = next.lock().unwrap();
            *n += 1;
            onderwijsnummer(*n)
        };
        let r = registratie(&mut rng, today);
        let json = body(&nummer, &r);
        journaal
            .lock()
            .unwrap()
            .sent
            .insert(nummer.clone(), (r, None));
        match send(
            &client,
            Method::POST,
            format!("{base}{NIEUW}"),
            &key,
            Some(json),
        )
        .await
        {
            Ok((201, text)) => {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                let id = v["id"].as_i64().unwrap();
                journaal.lock().unwrap().sent.get_mut(&nummer).unwrap().1 = Some(id);
                mine.push((nummer, id));
            }
            Ok((status, text)) => journaal
                .lock()
                .unwrap()
                .unexpected
                .push(format!("{status} registration: {text}")),
            Err(_) => return,
        }
    }
}

/// The registrations of test pupils as stored (demo pupils have BSNs, ours onderwijsnummers).
async fn stored(db: &mut sqlx::AnyConnection) -> BTreeMap<String, (i64, Registratie)> {
    let rows = sqlx::query(
        "SELECT a.id, l.onderwijsnummer, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.postcode, \
         a.vestiging_code, a.ontvangen, a.gewenste_start, a.eerste_voorkeur, a.andere_scholen, a.extra_ondersteuning, \
         a.beoordeling, a.verlenging_weken, a.verlenging_kennisgeving \
         FROM aanmelding a JOIN leerling l ON l.id = a.leerling_id WHERE l.onderwijsnummer IS NOT NULL",
    )
    .fetch_all(&mut *db)
    .await
    .unwrap();
    let mut out = BTreeMap::new();
    for r in &rows {
        assert_eq!(r.get::<String, _>("vestiging_code"), "90AA00");
        let verlenging = match (
            r.get::<Option<i64>, _>("verlenging_weken"),
            r.get::<Option<String>, _>("verlenging_kennisgeving"),
        ) {
            (None, None) => None,
            (Some(w), Some(k)) => Some((w, k)),
            half => panic!("half an extension stored: {half:?}"),
        };
        let reg = Registratie {
            voornaam: r.get("voornaam"),
            tussenvoegsel: r.get("tussenvoegsel"),
            achternaam: r.get("achternaam"),
            geboortedatum: r.get("geboortedatum"),
            postcode: r.get("postcode"),
            ontvangen: r.get("ontvangen"),
            gewenste_start: r.get("gewenste_start"),
            eerste_voorkeur: r.get::<i64, _>("eerste_voorkeur") != 0,
            andere_scholen: r.get("andere_scholen"),
            extra_ondersteuning: r.get::<i64, _>("extra_ondersteuning") != 0,
            beoordeling: r.get("beoordeling"),
            verlenging,
        };
        let previous = out.insert(r.get("onderwijsnummer"), (r.get::<i64, _>("id"), reg));
        assert!(previous.is_none(), "one registration per test pupil");
    }
    out
}

/// Counts (pupil onderwijsnummer → n) of audit entries of a kind on a route, test pupils only.
async fn audited(db: &mut sqlx::AnyConnection, actie: &str, route: &str) -> BTreeMap<String, i64> {
    sqlx::query(
        "SELECT l.onderwijsnummer, COUNT(*) FROM audit_log g JOIN leerling l ON l.id = g.leerling_id \
         WHERE g.actie = $1 AND g.route = $2 AND l.onderwijsnummer IS NOT NULL GROUP BY l.onderwijsnummer",
    )
    .bind(actie)
    .bind(route)
    .fetch_all(&mut *db)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
    .collect()
}

/// The checks after a kill; returns (acknowledged, committed without acknowledgement).
async fn verify(url: &str, journaal: &Journaal) -> (usize, usize) {
    let mut db = sqlx::AnyConnection::connect(url).await.unwrap();
    let rows = stored(&mut db).await;
    let mut acked = 0;
    for (nummer, (sent, id)) in &journaal.sent {
        let Some(id) = id else { continue };
        acked += 1;
        let (stored_id, got) = rows
            .get(nummer)
            .unwrap_or_else(|| panic!("acknowledged registration {id} lost"));
        assert_eq!(stored_id, id, "registration {nummer}");
        let mut want = sent.clone();
        // An extension sent but not acknowledged may or may not have landed.
        if !journaal.extended.contains(nummer) && got.verlenging.is_none() {
            want.verlenging = None;
        }
        assert_eq!(got, &want, "registration {id} as stored");
    }
    for (nummer, (_, got)) in &rows {
        let (sent, _) = journaal
            .sent
            .get(nummer)
            .unwrap_or_else(|| panic!("a registration nobody sent: {nummer}"));
        let mut want = sent.clone();
        if got.verlenging.is_none() && !journaal.extended.contains(nummer) {
            want.verlenging = None;
        }
        assert_eq!(got, &want, "unacknowledged registration {nummer} as stored");
    }
    // Nothing half-written: each pupil with its registration and one audit entry, each
    // extension with one, and no entry without its write.
    let orphans: i64 = sqlx::query(
        "SELECT COUNT(*) FROM leerling l WHERE l.onderwijsnummer IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.leerling_id = l.id)",
    )
    .fetch_one(&mut db)
    .await
    .unwrap()
    .get(0);
    assert_eq!(orphans, 0, "pupils without their registration");
    let made = audited(&mut db, "aanmaken", NIEUW).await;
    let want: BTreeMap<String, i64> = rows.keys().map(|n| (n.clone(), 1)).collect();
    assert_eq!(
        made, want,
        "one audit entry per registration and none without"
    );
    let extended = audited(&mut db, "wijzigen", VERLENG).await;
    let want: BTreeMap<String, i64> = rows
        .iter()
        .filter(|(_, (_, r))| r.verlenging.is_some())
        .map(|(n, _)| (n.clone(), 1))
        .collect();
    assert_eq!(
        extended, want,
        "one audit entry per extension and none without"
    );
    integrity(&mut db, url).await;
    db.close().await.ok();
    (acked, rows.len() - acked)
}

/// The database's own check: SQLite's integrity and foreign keys; on PostgreSQL a
/// consistency query and, where installed, pg_amcheck over tables and indexes.
async fn integrity(db: &mut sqlx::AnyConnection, url: &str) {
    if url.starts_with("sqlite:") {
        let check: Vec<String> = sqlx::query("PRAGMA integrity_check")
            .fetch_all(&mut *db)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(check, ["ok"], "PRAGMA integrity_check");
        let fk = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&mut *db)
            .await
            .unwrap();
        assert!(fk.is_empty(), "PRAGMA foreign_key_check: {} rows", fk.len());
        return;
    }
    // Every registration reachable through its index holds a pupil and a vestiging.
    let broken: i64 = sqlx::query(
        "SELECT COUNT(*) FROM aanmelding a LEFT JOIN leerling l ON l.id = a.leerling_id \
         LEFT JOIN vestiging v ON v.code = a.vestiging_code WHERE l.id IS NULL OR v.code IS NULL",
    )
    .fetch_one(&mut *db)
    .await
    .unwrap()
    .get(0);
    assert_eq!(broken, 0, "registrations without pupil or vestiging");
    let Some(amcheck) = pg_amcheck() else {
        say("pg_amcheck not installed: PostgreSQL checked by query only");
        return;
    };
    let out = Command::new(&amcheck)
        .args(["--install-missing", "--heapallindexed"])
        .arg(url)
        .output()
        .expect("run pg_amcheck");
    assert!(
        out.status.success(),
        "pg_amcheck: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pg_amcheck() -> Option<std::path::PathBuf> {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("pg_amcheck"));
    let debian = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|d| d.path().join("bin/pg_amcheck"));
    on_path.chain(debian).find(|p| p.is_file())
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
        .verify_password("ib", "demo-ib-2026")
        .await
        .unwrap()
        .unwrap();
    let key = db
        .store
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
