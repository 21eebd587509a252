//! Tests of budgets, verdeelmodel, reserves (issue 7): the in-app computation from the
//! registered data against a count made here by hand, the refusal of a schooljaar without a
//! rule set, the payer scenarios, the verdeelmodel to the cent, the reserve warning, and
//! downloads that are audited and scoped.

use crate::access::api_get;
use crate::support::{contract, demo_sqlite};
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_domain::bekostiging::{AfdrachtNaar, Decimal, Leeftijdsgroep};
use passend_domain::{Kijker, Rol, Schooljaar, SwvCode};
use passend_store::geld::GeldBereik;
use passend_store::{Store, Verzoeker};
use sqlx::{Connection, Row};
use std::str::FromStr;

mod budget;
mod kerncijfers;
mod regels;
mod verdeling;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn sj(s: &str) -> Schooljaar {
    Schooljaar::parse(s).unwrap()
}

fn po() -> SwvCode {
    SwvCode::parse("PO2605").unwrap()
}

async fn als(store: &Store, user: &str, rol: Rol, scope: Option<&str>) -> Verzoeker {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    Verzoeker {
        account_id: account.id,
        kijker: Kijker {
            rol,
            scope: scope.map(str::to_string),
        },
    }
}

/// The amounts of R1516 art. 15, 19, 21 (RULES §3.3), typed in here, not read from the file.
fn normbedrag_so(groep: Leeftijdsgroep, cat: &str) -> Decimal {
    match (groep, cat) {
        (Leeftijdsgroep::JongerDan8, "L") => d("9059.77"),
        (Leeftijdsgroep::JongerDan8, "M") => d("13281.76"),
        (Leeftijdsgroep::JongerDan8, "H") => d("20228.81"),
        (Leeftijdsgroep::AchtEnOuder, "L") => d("8220.95"),
        (Leeftijdsgroep::AchtEnOuder, "M") => d("14381.55"),
        (Leeftijdsgroep::AchtEnOuder, _) => d("21328.60"),
        _ => unreachable!(),
    }
}
