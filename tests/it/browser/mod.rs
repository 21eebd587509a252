//! End-to-end tests in a real browser: Debian's headless chromium, driven through
//! chromedriver with fantoccini, against the application on a real TCP port with a copy of
//! the demo database. Everything goes through the UI: links are clicked, the sign-in form is
//! typed into, and the tests wait for pages with fantoccini's wait API, never with sleeps.
//!
//! Without /usr/bin/chromium or /usr/bin/chromedriver (Debian packages `chromium` and
//! `chromium-driver`, which `.ci/run` installs) every test here says SKIPPED and passes.

use crate::support::demo_sqlite;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use passend_domain::Rol;
use std::future::Future;
use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

mod aanmelden;
mod bediening;
mod dossier;
mod gebruikers;
mod inspectie;
mod live_gaan;
mod oidc;
mod ouders;
mod stappen;
mod tweede_factor;

use bediening::Browser;

const CHROMIUM: &str = "/usr/bin/chromium";

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Every demo account with the role whose name the page header shows.
const ACCOUNTS: [(&str, Rol); 11] = [
    ("ib", Rol::School),
    ("bestuur", Rol::Bestuur),
    ("swv-po", Rol::Swv),
    ("swv-vo", Rol::Swv),
    ("deskundige", Rol::Deskundige),
    ("leerplicht", Rol::Leerplicht),
    ("ouder", Rol::Ouder),
    ("opr", Rol::Opr),
    ("inspectie", Rol::Inspectie),
    ("ministerie", Rol::Ministerie),
    ("beheerder", Rol::Beheerder),
];

/// The one chromedriver of this test binary, started on first use: its port, or why it
/// could not start. A small watchdog shell kills it by its PID once this process is gone
/// (libtest has no hook that runs after the last test).
fn chromedriver() -> Result<u16, String> {
    static DRIVER: OnceLock<Result<u16, String>> = OnceLock::new();
    DRIVER
        .get_or_init(|| {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| format!("no free port: {e}"))?
                .port();
            let driver = Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("{CHROMEDRIVER}: {e}"))?;
            let watchdog = format!(
                "while kill -0 {owner} 2>/dev/null && kill -0 {driver} 2>/dev/null; do sleep 0.5; done; kill {driver} 2>/dev/null",
                owner = std::process::id(),
                driver = driver.id()
            );
            Command::new("sh")
                .args(["-c", &watchdog])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("watchdog: {e}"))?;
            // The Child handle is dropped on purpose: dropping does not kill or wait, and
            // the watchdog owns the driver's end.
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            let deadline = Instant::now() + Duration::from_secs(20);
            while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
                if Instant::now() > deadline {
                    return Err(format!("chromedriver did not listen on port {port}"));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(port)
        })
        .clone()
}

/// One application under test: its address and the browser sessions opened on it, which
/// [`run`] closes whatever the test's outcome.
#[derive(Clone)]
struct Site {
    store: passend_store::Store,
    base: String,
    driver: u16,
    sessions: Arc<Mutex<Vec<Client>>>,
    profiles: Arc<Mutex<Vec<tempfile::TempDir>>>,
}

impl Site {
    /// A fresh browser session with its own profile directory.
    async fn browser(&self) -> Browser {
        let profile = tempfile::tempdir().expect("profile dir");
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.driver))
            .await
            .expect("browser session");
        self.sessions.lock().unwrap().push(client.clone());
        self.profiles.lock().unwrap().push(profile);
        Browser {
            c: client,
            base: self.base.clone(),
        }
    }
}

/// Runs one browser test: the app on a real port with a copy of the demo database, the
/// test body in its own task, and afterwards every session closed, also when it panicked.
async fn run<F, Fut>(test: &str, body: F)
where
    F: FnOnce(Site) -> Fut,
    Fut: Future<Output = Result<(), CmdError>> + Send + 'static,
{
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    run_with(
        test,
        listener,
        |store, _| passend_web::AppState::new(store),
        body,
    )
    .await;
}

/// As [`run`], with mail going to this SMTP server (links under the site's address).
async fn run_met<F, Fut>(test: &str, smtp: Option<passend_web::mail::Smtp>, body: F)
where
    F: FnOnce(Site) -> Fut,
    Fut: Future<Output = Result<(), CmdError>> + Send + 'static,
{
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let state = move |store, base: &str| match smtp {
        None => passend_web::AppState::new(store),
        Some(server) => passend_web::AppState::met_mail(
            store,
            passend_web::mail::MailInstelling {
                smtp: Some(server),
                ..passend_web::mail::MailInstelling::map("ongebruikt", base)
            },
        ),
    };
    run_with(test, listener, state, body).await;
}

/// As [`run`], on a port the test bound itself, with mail to an SMTP server or not, and
/// with the app state the test makes of it (e.g. with OpenID providers that must know the
/// address before the app starts).
async fn run_with<F, Fut>(
    test: &str,
    listener: std::net::TcpListener,
    state: impl FnOnce(passend_store::Store, &str) -> passend_web::AppState,
    body: F,
) where
    F: FnOnce(Site) -> Fut,
    Fut: Future<Output = Result<(), CmdError>> + Send + 'static,
{
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        // Straight to stderr: libtest would swallow eprintln! of a passing test.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: chromium/chromedriver not installed (.ci/run installs them)"
        );
        return;
    }
    let driver = chromedriver().expect("chromedriver");
    let db = demo_sqlite().await;
    listener.set_nonblocking(true).expect("non-blocking");
    let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
    let addr = listener.local_addr().expect("address");
    let app = passend_web::app(state(db.store.clone(), &format!("http://{addr}")));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let site = Site {
        store: db.store.clone(),
        base: format!("http://{addr}"),
        driver,
        sessions: Arc::default(),
        profiles: Arc::default(),
    };
    let outcome = tokio::spawn(body(site.clone())).await;
    let sessions = std::mem::take(&mut *site.sessions.lock().unwrap());
    for client in sessions {
        let _ = client.close().await;
    }
    server.abort();
    db.finish().await;
    match outcome {
        Ok(result) => result.expect("browser command"),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("{test}: {e}"),
    }
}
