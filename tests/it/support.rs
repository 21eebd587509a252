//! Fresh databases for tests: a temporary SQLite file, or a new database on the PostgreSQL
//! server named by `PASSEND_TEST_POSTGRES` (e.g. `postgres://root@127.0.0.1:5432/test`).
//! Without that variable the PostgreSQL half says it is skipped.

use passend_store::Store;
use sqlx::{AnyConnection, Connection, Executor};
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
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("passend.db");
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
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "passend_t{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            fastrand::u32(..)
        );
        sqlx::any::install_default_drivers();
        let mut admin = AnyConnection::connect(&admin_url)
            .await
            .expect("connect to PostgreSQL");
        admin
            .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .expect("create test database");
        admin.close().await.ok();
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&admin_url);
        let url = format!("{base}/{name}");
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
    use std::sync::OnceLock;
    static TEMPLATE: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    let (_, template) = TEMPLATE.get_or_init(|| {
        std::thread::spawn(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("demo.db");
            let runtime = tokio::runtime::Runtime::new().expect("runtime");
            runtime.block_on(async {
                let store = Store::connect(path.to_str().expect("utf-8"))
                    .await
                    .expect("store");
                store.create_demo().await.expect("demo");
                store.close().await;
            });
            (dir, path)
        })
        .join()
        .expect("demo template")
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("passend.db");
    std::fs::copy(template, &path).expect("copy demo database");
    let store = Store::connect(path.to_str().expect("utf-8"))
        .await
        .expect("store");
    TestDb {
        store,
        _dir: Some(dir),
        url: format!("sqlite://{}", path.display()),
        path: Some(path),
        pg: None,
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
