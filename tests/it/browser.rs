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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let app = passend_web::app(passend_web::AppState {
        store: db.store.clone(),
    });
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let site = Site {
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

/// A table on a page: its column headings and the cells of its body rows.
#[derive(Debug)]
struct Table {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// The cells of the column whose heading starts with `heading`.
    fn column(&self, heading: &str) -> Vec<&str> {
        let Some(i) = self.head.iter().position(|h| h.starts_with(heading)) else {
            return Vec::new();
        };
        self.rows
            .iter()
            .filter_map(|r| r.get(i).map(String::as_str))
            .collect()
    }

    /// In "Wie heeft dit dossier bekeken?": the reads by this role (as `omschrijving` names it).
    fn reads_by(&self, rol: &str) -> usize {
        let wie = self.column("Wie");
        let wat = self.column("Wat");
        wie.iter()
            .zip(&wat)
            .filter(|(w, a)| **w == rol && a.contains("bekeken"))
            .count()
    }
}

/// One browser session on the site, with the steps a person takes.
struct Browser {
    c: Client,
    base: String,
}

impl Browser {
    /// fantoccini's wait, polling a little faster than its default 250 ms.
    fn wait(&self) -> fantoccini::wait::Wait<'_> {
        self.c
            .wait()
            .at_most(Duration::from_secs(30))
            .every(Duration::from_millis(50))
    }

    /// Types an address into the address bar.
    async fn open(&self, path: &str) -> Result<(), CmdError> {
        self.c.goto(&format!("{}{path}", self.base)).await
    }

    /// The path of the page shown now.
    async fn path(&self) -> Result<String, CmdError> {
        Ok(self.c.current_url().await?.path().to_string())
    }

    /// Waits until the browser shows `path` (absolute, on this site).
    async fn wait_for_path(&self, path: &str) -> Result<(), CmdError> {
        let target = self
            .c
            .current_url()
            .await?
            .join(path)
            .expect("a path on this site");
        self.wait().for_url(&target).await
    }

    async fn wait_for(&self, css: &str) -> Result<Element, CmdError> {
        self.wait().for_element(Locator::Css(css)).await
    }

    async fn text(&self, css: &str) -> Result<String, CmdError> {
        self.wait_for(css).await?.text().await
    }

    /// Clicks the link with this exact text and waits until its target is shown.
    async fn click_link(&self, text: &str) -> Result<(), CmdError> {
        let link = self.wait().for_element(Locator::LinkText(text)).await?;
        let href = link.attr("href").await?.expect("link has href");
        link.click().await?;
        self.wait_for_path(&href).await
    }

    /// Signs in through the header link and the form at /aanmelden; the start page follows.
    async fn sign_in(&self, user: &str) -> Result<(), CmdError> {
        self.open("/").await?;
        self.c
            .find(Locator::Css(".wie"))
            .await?
            .find(Locator::LinkText("Aanmelden"))
            .await?
            .click()
            .await?;
        self.wait_for_path("/aanmelden").await?;
        self.wait_for("#gebruikersnaam")
            .await?
            .send_keys(user)
            .await?;
        self.c
            .find(Locator::Css("#wachtwoord"))
            .await?
            .send_keys(&format!("demo-{user}-2026"))
            .await?;
        self.c
            .find(Locator::Css("main form button[type=submit]"))
            .await?
            .click()
            .await?;
        self.wait_for_path("/").await?;
        self.wait_for(".wie form button").await?;
        Ok(())
    }

    /// Signs out with the header's "Afmelden" button.
    async fn sign_out(&self) -> Result<(), CmdError> {
        let button = self.wait_for(".wie form button[type=submit]").await?;
        assert_eq!(button.text().await?, "Afmelden");
        button.click().await?;
        self.wait_for_path("/").await?;
        self.wait_for(".wie a[href='/aanmelden']").await?;
        Ok(())
    }

    /// The table that follows the h2 with this text (empty when there is none).
    async fn table_after(&self, heading: &str) -> Result<Table, CmdError> {
        let table = format!("//h2[normalize-space()='{heading}']/following-sibling::table[1]");
        let mut head = Vec::new();
        for th in self
            .c
            .find_all(Locator::XPath(&format!("{table}/thead/tr/th")))
            .await?
        {
            head.push(th.text().await?);
        }
        let mut rows = Vec::new();
        for tr in self
            .c
            .find_all(Locator::XPath(&format!("{table}/tbody/tr")))
            .await?
        {
            let mut cells = Vec::new();
            for td in tr.find_all(Locator::Css("td")).await? {
                cells.push(td.text().await?);
            }
            rows.push(cells);
        }
        Ok(Table { head, rows })
    }

    async fn headings(&self) -> Result<Vec<String>, CmdError> {
        let mut out = Vec::new();
        for h in self.c.find_all(Locator::Css("main h2")).await? {
            out.push(h.text().await?);
        }
        Ok(out)
    }

    async fn pupil_links(&self) -> Result<Vec<Element>, CmdError> {
        self.c
            .find_all(Locator::Css("main a[href^='/leerlingen/']"))
            .await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_signs_in_and_out() {
    run("every_role_signs_in_and_out", |site| async move {
        let b = site.browser().await;
        for (user, rol) in ACCOUNTS {
            b.sign_in(user).await?;
            let wie = b.text(".wie span").await?;
            assert!(
                wie.ends_with(&format!(" · {}", rol.omschrijving())),
                "{user}: header shows {wie:?}"
            );
            b.sign_out().await?;
            assert!(
                b.c.find_all(Locator::Css(".wie span")).await?.is_empty(),
                "{user}: still signed in after Afmelden"
            );
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn school_opens_a_dossier_others_do_not() {
    run("school_opens_a_dossier_others_do_not", |site| async move {
        let b = site.browser().await;
        b.sign_in("ib").await?;
        b.click_link("Mijn school").await?;
        assert_eq!(b.path().await?, "/scholen/90AA00");
        b.wait_for("main h1").await?;
        let pupils = b.pupil_links().await?;
        assert!(!pupils.is_empty(), "ib sees the pupils of 90AA00");
        let first = &pupils[0];
        let name = first.text().await?;
        let dossier = first.attr("href").await?.expect("href");
        first.click().await?;
        b.wait_for_path(&dossier).await?;
        assert_eq!(b.text("main h1").await?, name);
        assert!(b.headings().await?.iter().any(|h| h == "Inschrijvingen"));
        let enrolments = b.table_after("Inschrijvingen").await?;
        assert!(
            enrolments.column("Tot").contains(&"nu"),
            "a current enrolment: {enrolments:?}"
        );
        b.sign_out().await?;

        for user in ["opr", "inspectie", "deskundige"] {
            b.sign_in(user).await?;
            b.open(&dossier).await?;
            assert_eq!(
                b.path().await?,
                dossier,
                "{user} stays on the dossier route"
            );
            assert_eq!(b.text("main h1").await?, "Niet gevonden", "{user}");
            let page = b.c.source().await?;
            assert!(!page.contains(&name), "{user} sees nothing of the pupil");
            if user == "inspectie" {
                b.open("/scholen/90AA00").await?;
                b.wait_for("main h1").await?;
                assert!(
                    b.pupil_links().await?.is_empty(),
                    "inspectie sees no pupil links"
                );
            }
            b.open("/").await?;
            b.sign_out().await?;
        }
        Ok(())
    })
    .await;
}

/// What the parent's view of one child says about who else may look at it.
struct Child {
    dossier: String,
    school: Option<String>,
    gemeente: String,
    swv: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parent_sees_who_read_the_dossier() {
    run("parent_sees_who_read_the_dossier", |site| async move {
        let parent = site.browser().await;
        parent.sign_in("ouder").await?;
        parent.click_link("Mijn kinderen").await?;
        let mut dossiers = Vec::new();
        for link in parent.pupil_links().await? {
            dossiers.push(link.attr("href").await?.expect("href"));
        }
        assert!(!dossiers.is_empty(), "the demo parent has children");

        // Open every child through the list and note where it goes to school and lives.
        let mut children = Vec::new();
        for dossier in &dossiers {
            if parent.path().await? != "/mijn-kinderen" {
                parent.click_link("Mijn kinderen").await?;
            }
            let link = parent
                .wait_for(&format!("main a[href='{dossier}']"))
                .await?;
            link.click().await?;
            parent.wait_for_path(dossier).await?;
            parent.wait_for("main h1").await?;
            let school_link = parent
                .c
                .find_all(Locator::XPath(
                    "//h2[normalize-space()='Inschrijvingen']/following-sibling::table[1]\
                     /tbody/tr[td[4]='nu']/td[1]/a",
                ))
                .await?;
            let school = match school_link.first() {
                Some(a) => a
                    .attr("href")
                    .await?
                    .and_then(|h| h.strip_prefix("/scholen/").map(String::from)),
                None => None,
            };
            let postcode = parent
                .c
                .find(Locator::XPath(
                    "//dl/div[dt[normalize-space()='Postcode']]/dd",
                ))
                .await?
                .text()
                .await?;
            let gemeente = postcode
                .split_once("gemeente ")
                .map(|(_, g)| g.trim().to_string())
                .unwrap_or_default();
            // The school's page names its samenwerkingsverband.
            let swv = match &school {
                Some(code) => {
                    let link = parent
                        .c
                        .find(Locator::Css(&format!(
                            "main table a[href='/scholen/{code}']"
                        )))
                        .await?;
                    link.click().await?;
                    parent.wait_for_path(&format!("/scholen/{code}")).await?;
                    parent
                        .c
                        .find(Locator::XPath(
                            "//dl/div[dt[normalize-space()='Samenwerkingsverband']]/dd/a",
                        ))
                        .await?
                        .text()
                        .await?
                }
                None => String::new(),
            };
            children.push(Child {
                dossier: dossier.clone(),
                school,
                gemeente,
                swv,
            });
        }

        // Who else reads: the school if it may, else leerplicht if the child lives in
        // Nieuwegein, else the samenwerkingsverband of the child's school, else the parent
        // itself in a second session.
        let (child, reader, rol) = if let Some(c) = children
            .iter()
            .find(|c| c.school.as_deref() == Some("90AA00"))
        {
            (c, "ib", Rol::School)
        } else if let Some(c) = children.iter().find(|c| c.gemeente == "Nieuwegein") {
            (c, "leerplicht", Rol::Leerplicht)
        } else if let Some(c) = children.iter().find(|c| c.swv == "PO2605") {
            (c, "swv-po", Rol::Swv)
        } else if let Some(c) = children.iter().find(|c| c.swv == "VO2605") {
            (c, "swv-vo", Rol::Swv)
        } else {
            (&children[0], "ouder", Rol::Ouder)
        };
        let rol = rol.omschrijving();

        parent.open(&child.dossier).await?;
        parent.wait_for("main h1").await?;
        let before = parent.table_after("Wie heeft dit dossier bekeken?").await?;

        let other = site.browser().await;
        other.sign_in(reader).await?;
        other.open(&child.dossier).await?;
        let name = other.text("main h1").await?;
        assert_ne!(name, "Niet gevonden", "{reader} may read {}", child.dossier);
        other.sign_out().await?;

        parent.c.refresh().await?;
        parent.wait_for("main h1").await?;
        assert!(
            parent
                .headings()
                .await?
                .iter()
                .any(|h| h == "Wie heeft dit dossier bekeken?")
        );
        let after = parent.table_after("Wie heeft dit dossier bekeken?").await?;
        // The reload is itself a parent's read; the other reader adds one more row.
        // (The demo itself may have had the samenwerkingsverband read this dossier, for a
        // dispute, so the count before is not zero.)
        let expected = if reader == "ouder" {
            before.reads_by(rol) + 2
        } else {
            before.reads_by(rol) + 1
        };
        assert_eq!(
            after.reads_by(rol),
            expected,
            "{reader} ({rol}) in {after:?}"
        );
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tab_reaches_the_skip_link_first() {
    run("tab_reaches_the_skip_link_first", |site| async move {
        let b = site.browser().await;
        b.open("/").await?;
        b.wait_for("main h1").await?;
        let tab = KeyActions::new("toetsenbord".into())
            .then(KeyAction::Down {
                value: Key::Tab.into(),
            })
            .then(KeyAction::Up {
                value: Key::Tab.into(),
            });
        b.c.perform_actions(tab).await?;
        let focused =
            b.c.execute(
                "const e = document.activeElement; \
                 return [e.tagName, e.textContent.trim(), e.getAttribute('href')];",
                vec![],
            )
            .await?;
        assert_eq!(
            focused,
            serde_json::json!(["A", "Naar de inhoud", "#inhoud"]),
            "Tab focuses the skip link"
        );
        Ok(())
    })
    .await;
}
