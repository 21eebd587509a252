//! The letters of the school's and the gemeente's decisions (issue 20, part 8), on SQLite
//! and PostgreSQL: a real decision made through the store, its letter as PDF read back for
//! the sender from the register with its address, the parents, the date in words, the
//! decision and the clause where the law gives one (and none where it gives none); "not
//! found" outside the reader's scope and for a decision not taken; the link on the page
//! where the decision is shown.

use crate::support::TestDb;
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use passend_domain::brief::{Briefsoort, datum_voluit};
use passend_domain::{Naam, Rol};
use passend_store::{LeerlingId, Store, Verzoeker};
use sqlx::{Connection, Row};

mod aanmelding;
mod maatregelen;
mod postadres;
mod vrijstelling;

/// The letterhead the tests give a vestiging in the register (the demo has no streets).
const STRAAT: [&str; 2] = ["Schoolstraat 7", "3431 AB Nieuwegein"];

/// The name of the parent each test links to its child.
const OUDER: &str = "Anna de Wit";

pub(crate) async fn als(store: &Store, rol: Rol, scope: &str) -> Verzoeker {
    store.systeem_verzoeker(rol, scope).await.unwrap()
}

/// Raw SQL below the store: a letterhead, a name, a pupil to pick.
async fn sql(db: &TestDb, query: &str) -> Vec<sqlx::any::AnyRow> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let rows = sqlx::query(sqlx::AssertSqlSafe(query.to_string()))
        .fetch_all(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
    rows
}

/// Gives vestiging `code` the test letterhead; returns its name in the register.
async fn briefhoofd(db: &TestDb, code: &str) -> String {
    sql(
        db,
        &format!(
            "UPDATE vestiging SET straat = 'Schoolstraat', huisnummer = '7', postcode = '3431 AB', \
             plaats = 'Nieuwegein' WHERE code = '{code}'"
        ),
    )
    .await;
    let rows = sql(
        db,
        &format!("SELECT naam FROM vestiging WHERE code = '{code}'"),
    )
    .await;
    rows[0].get(0)
}

/// Links the test parent to the child: the letter's addressee.
async fn ouder_van(store: &Store, kind: LeerlingId) {
    store
        .create_ouder(
            &Naam::new("Anna", Some("de"), "Wit").unwrap(),
            None,
            &[(kind, "ouder")],
        )
        .await
        .unwrap();
}

/// The lines of the letter of decision `id` as PDF, read as `user`.
async fn pdf(store: &Store, soort: Briefsoort, id: i64, user: &str) -> Vec<String> {
    let cookie = sign_in(store, user).await;
    let url = format!("/brieven/{}/{id}/pdf", soort.slug());
    let r = get(store, &url, Some(&cookie)).await;
    assert_eq!(
        (r.status, r.content_type.as_deref()),
        (StatusCode::OK, Some("application/pdf")),
        "{user} GET {url}"
    );
    passend_web::pdf::tekst(r.body.as_bytes())
        .lines()
        .map(str::to_string)
        .collect()
}

/// The page and the PDF of decision `id` are "not found" for `user`.
async fn niet_voor(store: &Store, soort: Briefsoort, id: i64, user: &str) {
    let cookie = sign_in(store, user).await;
    for url in [
        format!("/brieven/{}/{id}", soort.slug()),
        format!("/brieven/{}/{id}/pdf", soort.slug()),
    ] {
        let r = get(store, &url, Some(&cookie)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{user} GET {url}");
    }
}

/// The head of a letter: the sender with its address lines first, then the parents at the
/// child's postcode, and the date in words on its own line.
fn kop(r: &[String], afzender: &str, regels: &[&str], postcode: &str, datum: jiff::civil::Date) {
    assert_eq!(r[0], afzender, "the sender first: {r:?}");
    let n = regels.len();
    assert_eq!(r[1..=n], *regels, "the sender's address: {r:?}");
    assert!(
        r[n + 1].split(" en ").any(|o| o == OUDER),
        "the parents are the addressee: {r:?}"
    );
    assert_eq!(r[n + 2], postcode, "at the child's postcode: {r:?}");
    assert!(
        r.contains(&format!("Datum: {}", datum_voluit(datum))),
        "{r:?}"
    );
}

/// The letter's text with its lines joined, for a sentence or clause that wraps.
fn doorlopend(r: &[String]) -> String {
    r.join(" ")
}

/// The child's postcode as stored.
async fn postcode(db: &TestDb, kind: LeerlingId) -> String {
    let rows = sql(
        db,
        &format!("SELECT postcode FROM leerling WHERE id = {}", kind.0),
    )
    .await;
    rows[0].get(0)
}
