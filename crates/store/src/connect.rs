//! Opening the database: the URL forms, SQLite pragmas, migrations and reference data.

use crate::{Store, StoreError, migrate, reference};
use sqlx::any::AnyPoolOptions;
use sqlx::{Executor, Row};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Turns what a user types after `--database` into a sqlx URL: `postgres://…` and
/// `sqlite:…` pass; anything else is taken as the path of an SQLite file.
pub fn database_url(input: &str) -> Result<(Backend, String), StoreError> {
    if input.starts_with("postgres://") || input.starts_with("postgresql://") {
        Ok((Backend::Postgres, input.to_string()))
    } else if input.starts_with("sqlite:") {
        let url = if input.contains('?') || input.contains(":memory:") {
            input.to_string()
        } else {
            format!("{input}?mode=rwc")
        };
        Ok((Backend::Sqlite, url))
    } else if input.contains("://") {
        Err(StoreError::OnbekendAdres(input.to_string()))
    } else {
        Ok((Backend::Sqlite, format!("sqlite://{input}?mode=rwc")))
    }
}

impl Store {
    /// Opens (and on SQLite creates) the database, brings the schema up to date and loads
    /// the reference data (gemeenten, samenwerkingsverbanden, postcodes) once.
    pub async fn connect(input: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (backend, url) = database_url(input)?;
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 4,
                Backend::Postgres => 10,
            })
            .acquire_timeout(Duration::from_secs(30));
        let options = match backend {
            // WAL lets readers work beside the writer; synchronous=FULL makes every
            // acknowledged commit survive a power cut, not only a process crash.
            Backend::Sqlite => options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options,
        };
        let pool = options.connect(&url).await?;
        let store = Store { pool, backend };
        migrate::run(&store).await?;
        reference::load_if_empty(&store).await?;
        Ok(store)
    }

    /// Whether foreign keys are enforced on this connection (always on PostgreSQL).
    pub async fn foreign_keys_enforced(&self) -> Result<bool, StoreError> {
        match self.backend {
            Backend::Postgres => Ok(true),
            Backend::Sqlite => {
                let row = sqlx::query("PRAGMA foreign_keys")
                    .fetch_one(&self.pool)
                    .await?;
                Ok(row.try_get::<i64, _>(0)? == 1)
            }
        }
    }

    /// The SQLite journal mode (`wal` expected); `None` on PostgreSQL.
    pub async fn journal_mode(&self) -> Result<Option<String>, StoreError> {
        match self.backend {
            Backend::Postgres => Ok(None),
            Backend::Sqlite => {
                let row = sqlx::query("PRAGMA journal_mode")
                    .fetch_one(&self.pool)
                    .await?;
                Ok(Some(row.try_get::<String, _>(0)?))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_forms() {
        assert_eq!(
            database_url("passend.db").unwrap(),
            (Backend::Sqlite, "sqlite://passend.db?mode=rwc".to_string())
        );
        assert_eq!(
            database_url("postgres://root@127.0.0.1/test").unwrap().0,
            Backend::Postgres
        );
        assert_eq!(
            database_url("sqlite::memory:").unwrap().1,
            "sqlite::memory:"
        );
        assert!(matches!(
            database_url("mysql://x"),
            Err(StoreError::OnbekendAdres(_))
        ));
    }
}
