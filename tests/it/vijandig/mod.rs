//! Hostile requests: a body one byte over each route's limit, and every POST and PATCH of the
//! API (found by walking the route table, so a new route is covered the day it is added)
//! given broken JSON, JSON of the wrong type and unknown fields, plus random JSON values from
//! proptest for a few routes. Each is refused with a 4xx problem that names what is wrong,
//! never a 5xx, and nothing is stored.

use crate::support::demo_sqlite;
use crate::web::{Reply, send, sign_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_store::Store;
use passend_web::routes::{API_MAX_BODY, limieten, overzicht};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};

mod json;
mod omvang;
mod willekeurig;

use json::schrijfroutes;
use omvang::Als;
use omvang::detail;
use omvang::invullen;
use omvang::verstuur;

/// Who sends: a school, an SWV and a leerplichtambtenaar cover every route that writes.
/// Callers; the beheerder last, for the beheer routes (the router refuses everyone else
/// before the body is read).
const WIE: [&str; 4] = ["ib", "swv-po", "leerplicht", "beheerder"];

/// An API key of a demo account.
pub(crate) async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store
        .accounts()
        .create_api_sleutel(account.id, "test")
        .await
        .unwrap()
}

/// The number of rows in every table, read below the store: equal before and after means
/// nothing was stored and nothing was logged.
pub(crate) async fn telling(url: &str) -> Vec<(String, i64)> {
    use sqlx::{Connection, Row};
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let tabellen: Vec<String> = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut uit = Vec::new();
    for tabel in tabellen {
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {tabel}")))
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
        uit.push((tabel, n));
    }
    raw.close().await.ok();
    uit
}
