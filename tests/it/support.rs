//! Fresh databases for tests: a temporary SQLite file, or a new database on the PostgreSQL
//! server named by `PASSEND_TEST_POSTGRES` (e.g. `postgres://root@127.0.0.1:5432/test`).
//! Without that variable the PostgreSQL half says it is skipped.
//!
//! Speed, for tests only (the product keeps `synchronous=FULL` and PostgreSQL's defaults):
//! SQLite files live in a tmpfs (`/dev/shm`) where there is one, so its fsyncs cost nothing;
//! PostgreSQL test databases run with `synchronous_commit = off`. Both lose data only when
//! the machine itself stops, which no test does (the crash test kills processes). Every
//! fresh database is a copy of one migrated once per test run, not migrated again.

use passend_demo::Demo;
use passend_store::Store;
use sqlx::{AnyConnection, Connection, Executor};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

pub const PG_ENV: &str = "PASSEND_TEST_POSTGRES";

pub struct TestDb {
    pub store: Store,
    _dir: Option<tempfile::TempDir>,
    path: Option<std::path::PathBuf>,
    /// How to reach the database directly, for checks below the store.
    pub url: String,
    pg: Option<(String, String)>,
}

impl TestDb {
    /// An empty SQLite database: migrated, with the reference data loaded.
    pub async fn sqlite() -> TestDb {
        static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            made_once(|| async {
                let path = template_dir().join("leeg.db");
                let store = Store::connect(path.to_str().expect("utf-8 path"))
                    .await
                    .expect("sqlite store");
                store.close().await;
                path
            })
        });
        TestDb::sqlite_copy(template).await
    }

    /// A store on a fresh copy of a closed SQLite file (closed, so its WAL is checkpointed
    /// into the file and the copy is the whole database).
    async fn sqlite_copy(template: &Path) -> TestDb {
        let dir = tempdir();
        let path = dir.path().join("passend.db");
        std::fs::copy(template, &path).expect("copy template database");
        let store = Store::connect(path.to_str().expect("utf-8 path"))
            .await
            .expect("sqlite store");
        TestDb {
            store,
            _dir: Some(dir),
            url: format!("sqlite://{}", path.display()),
            path: Some(path),
            pg: None,
        }
    }

    /// `None` (after saying so) when no PostgreSQL server is configured.
    pub async fn postgres(test: &str) -> Option<TestDb> {
        let Ok(admin_url) = std::env::var(PG_ENV) else {
            // Straight to stderr: libtest would swallow eprintln! of a passing test.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test} on PostgreSQL: set {PG_ENV}=postgres://postgres@127.0.0.1:5432/test to run it"
            );
            return None;
        };
        static TEMPLATE: OnceLock<String> = OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            let admin_url = admin_url.clone();
            made_once(|| async move {
                let mut admin = pg_admin(&admin_url).await;
                drop_stale_templates(&mut admin).await;
                let name = format!("passend_tpl_{}", std::process::id());
                let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                admin.execute(sqlx::AssertSqlSafe(drop)).await.ok();
                create_pg_database(&mut admin, &name, None).await;
                admin.close().await.ok();
                let store = Store::connect(&pg_url(&admin_url, &name))
                    .await
                    .expect("postgres template");
                store.close().await;
                name
            })
        });
        let name = pg_test_name();
        let mut admin = pg_admin(&admin_url).await;
        create_pg_database(&mut admin, &name, Some(template)).await;
        admin.close().await.ok();
        let url = pg_url(&admin_url, &name);
        let store = Store::connect(&url).await.expect("postgres store");
        Some(TestDb {
            store,
            _dir: None,
            path: None,
            url,
            pg: Some((admin_url, name)),
        })
    }

    /// The SQLite file, for tests that read it directly.
    pub fn path(&self) -> &str {
        self.path
            .as_deref()
            .and_then(|p| p.to_str())
            .expect("an SQLite test database")
    }

    /// Drops a PostgreSQL test database (SQLite files go with their temp dir).
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((admin_url, name)) = self.pg
            && let Ok(mut admin) = AnyConnection::connect(&admin_url).await
        {
            let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            admin.execute(sqlx::AssertSqlSafe(drop)).await.ok();
        }
    }
}

/// Runs one contract test on SQLite and, when configured, on PostgreSQL.
macro_rules! contract {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = crate::support::TestDb::sqlite().await;
                super::$name(&db.store).await;
                db.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(db) = crate::support::TestDb::postgres(stringify!($name)).await {
                    super::$name(&db.store).await;
                    db.finish().await;
                }
            }
        }
    )*};
}
pub(crate) use contract;

/// Like `contract!`, for tests that also reach below the store (raw SQL).
macro_rules! contract_db {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = crate::support::TestDb::sqlite().await;
                super::$name(&db).await;
                db.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(db) = crate::support::TestDb::postgres(stringify!($name)).await {
                    super::$name(&db).await;
                    db.finish().await;
                }
            }
        }
    )*};
}
pub(crate) use contract_db;

/// A database with the demo region, copied from one made once per test run (making it
/// takes seconds; copying a file does not).
pub async fn demo_sqlite() -> TestDb {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    let template = TEMPLATE.get_or_init(|| {
        made_once(|| async {
            let path = template_dir().join("demo.db");
            let store = Store::connect(path.to_str().expect("utf-8 path"))
                .await
                .expect("sqlite store");
            store.create_demo().await.expect("demo");
            store.close().await;
            path
        })
    });
    TestDb::sqlite_copy(template).await
}

/// Where test databases go: `/dev/shm` (a tmpfs: fsync is free, and a killed process loses
/// nothing there either) where it exists, else the usual temp dir.
fn scratch() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

/// A temporary directory for one test's files, removed when it is dropped.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("passend-test-")
        .tempdir_in(scratch())
        .or_else(|_| tempfile::tempdir())
        .expect("temp dir")
}

/// This process's template databases. Statics are never dropped, so the directory is
/// named after the process and the next run removes those of processes that have ended
/// (in a tmpfs a leftover would hold memory until reboot).
fn template_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = scratch();
        for entry in std::fs::read_dir(&base).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix("passend-tpl-")
                && process_ended(pid)
            {
                std::fs::remove_dir_all(entry.path()).ok();
            }
        }
        let dir = base.join(format!("passend-tpl-{}", std::process::id()));
        // Left by an ended process that had our pid: its files are not ours.
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).expect("template dir");
        dir
    })
}

/// Whether the process `pid` has ended (never said where `/proc` is missing).
fn process_ended(pid: &str) -> bool {
    Path::new("/proc/self").exists()
        && pid.parse::<u32>().is_ok()
        && !Path::new("/proc").join(pid).exists()
}

/// Runs `make` once on a thread of its own with its own runtime: a template shared by the
/// tests must outlive the runtime of the test that happened to ask first.
fn made_once<T, F>(make: impl FnOnce() -> F + Send + 'static) -> T
where
    T: Send + 'static,
    F: Future<Output = T>,
{
    std::thread::spawn(move || {
        tokio::runtime::Runtime::new()
            .expect("runtime")
            .block_on(make())
    })
    .join()
    .expect("template database")
}

async fn pg_admin(admin_url: &str) -> AnyConnection {
    sqlx::any::install_default_drivers();
    AnyConnection::connect(admin_url)
        .await
        .expect("connect to PostgreSQL")
}

fn pg_url(admin_url: &str, name: &str) -> String {
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(admin_url);
    format!("{base}/{name}")
}

fn pg_test_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "passend_t{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        fastrand::u32(..)
    )
}

/// Creates a database, as a copy of `template` when given, with `synchronous_commit = off`:
/// a commit returns before its WAL reaches the disk, which loses data only when the
/// PostgreSQL server itself stops, and no test stops it.
async fn create_pg_database(admin: &mut AnyConnection, name: &str, template: Option<&str>) {
    let create = match template {
        Some(t) => format!("CREATE DATABASE {name} TEMPLATE {t}"),
        None => format!("CREATE DATABASE {name}"),
    };
    // A session on the template that has just closed may still be ending on the server,
    // and PostgreSQL copies no database while anyone is connected to it.
    let mut tries = 0;
    while let Err(e) = admin.execute(sqlx::AssertSqlSafe(create.clone())).await {
        tries += 1;
        assert!(
            tries < 50 && e.to_string().contains("being accessed by other users"),
            "create test database: {e}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let fast = format!("ALTER DATABASE {name} SET synchronous_commit = off");
    admin
        .execute(sqlx::AssertSqlSafe(fast))
        .await
        .expect("synchronous_commit off");
}

/// Drops the templates of earlier test runs whose process has ended (a template lives as
/// long as its test process, and libtest has no hook at its end).
async fn drop_stale_templates(admin: &mut AnyConnection) {
    use sqlx::Row;
    // `datname` is of type name, which the Any driver cannot decode: read it as text.
    let names: Vec<String> = sqlx::query(
        "SELECT CAST(datname AS TEXT) FROM pg_database WHERE datname LIKE 'passend_tpl_%'",
    )
    .fetch_all(&mut *admin)
    .await
    .expect("list templates")
    .iter()
    .map(|r| r.get(0))
    .collect();
    for name in names {
        if process_ended(name.trim_start_matches("passend_tpl_")) {
            let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            admin.execute(sqlx::AssertSqlSafe(drop)).await.ok();
        }
    }
}

/// A beheerder as the store sees one, for reading the audit log in tests (that read is
/// not itself logged, so no account is needed behind it).
pub fn beheerder() -> passend_store::Verzoeker {
    passend_store::Verzoeker {
        account_id: 0,
        kijker: passend_domain::Kijker {
            rol: passend_domain::Rol::Beheerder,
            scope: None,
        },
    }
}

/// The TOTP code an authenticator app shows for `geheim` (base32), `verschuiving` seconds
/// from now: computed with totp-rs itself, as a real app would.
pub fn totp_code(geheim: &str, verschuiving: i64) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(geheim).expect("base32"))
        .build()
        .expect("a valid secret");
    let nu = jiff::Timestamp::now().as_second() + verschuiving;
    totp.generate(u64::try_from(nu).unwrap()).to_string()
}

/// A six-digit code that is none of the codes of `geheim` within a step of now.
pub fn foute_code(geheim: &str) -> String {
    let goed: Vec<String> = [-30, 0, 30].map(|s| totp_code(geheim, s)).into();
    (0..)
        .map(|i| format!("{:06}", (123_456 + i * 7_919) % 1_000_000))
        .find(|c| !goed.contains(c))
        .unwrap()
}
