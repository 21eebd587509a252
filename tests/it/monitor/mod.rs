//! Tests of the monitor and exports (issue 8): every figure with its definition for the
//! demo region, small cells hidden outside the SWV so that no total gives them back (on the
//! page, in the download and in the API), bad input refused in Dutch, and the
//! pseudonymous research extract.

use crate::access::api_get;
use crate::support::{TestDb, contract_db, demo_sqlite};
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_domain::{Kijker, Rol, Schooljaar};
use passend_store::{AuditFilter, Store, Verzoeker};
use sqlx::{Connection, Row};

mod bescherming;
mod cijfers;
mod invoer;
mod leeg;
mod thuiszitters;

async fn sleutel(store: &Store, user: &str) -> String {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    store
        .accounts()
        .create_api_sleutel(account.id, "monitor")
        .await
        .unwrap()
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn indicator<'a>(m: &'a serde_json::Value, sleutel: &str) -> &'a serde_json::Value {
    m["indicatoren"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["sleutel"] == sleutel)
        .unwrap_or_else(|| panic!("indicator {sleutel}"))
}
