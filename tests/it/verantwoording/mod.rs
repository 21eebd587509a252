//! Tests of ondersteuningsplan, disputes, vso outflow (issue 10): a plan without the OPR's
//! consent or without OOGO with every gemeente of the region cannot be vastgesteld, with both it
//! can and the submission date is checked; a geschillencommissie case shows its ten-week date
//! and the board's response, also to the parents; the demo's vso outflow compares expected and
//! actual; an OPR member reads the plan and figures but never a pupil.

use crate::access::{api_get, api_send};
use crate::support::demo_sqlite;
use crate::web::{csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use jiff::ToSpan;
use passend_domain::Schooljaar;
use passend_store::Store;
use sqlx::{Connection, Row};

mod doelen;
mod geschillen;
mod plannen;
mod toegang;
mod uitstroom;
mod vaststelling;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

async fn sleutel(store: &Store, user: &str) -> String {
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

fn nl(d: jiff::civil::Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}
