//! The EDEXML 2.1 roster import, on both databases: the official example (Edustandaard, see
//! tests/fixtures/README.md) imports as it stands — its two current pupils lack what
//! passend needs of a pupil, so they go into the roster only, with what is missing — and a
//! re-import changes nothing; once a file completes them they become pupils. Pupils are
//! found again by number, then by key; an invalid file or a broken pupil record is refused
//! with every problem, named by key and line, and nothing is stored. Also the command line
//! and the upload page.
//!
//! Invalid BSN: a number in `<bsn>` that fails the BSN elfproef is never stored and never
//! reinterpreted. The example's pupil 00002 carries 133456785, which fails the BSN check
//! (but passes the onderwijsnummer check); the pupil stays in the roster only. The adapted
//! copy sends that number as `<onderwijsnummer>`, as a system that knows it to be one would.

use crate::support::{TestDb, contract_db, demo_sqlite};
use crate::web::{csrf_of, get, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_domain::{Rol, Schoolsoort};
use passend_store::{EdexmlUitkomst, Store, StoreError, Telling};
use sqlx::{Connection, Row};

mod bestand;
mod cli;
mod upload;

pub use cli::bsn;
pub use cli::rooster;
use upload::leerlingen_in;
pub use upload::upload;

/// The official example, unchanged.
const VOORBEELD: &str = include_str!("../../fixtures/EDEXML.Voorbeeld.2.1.xml");

const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 22);

const TABELLEN: [&str; 10] = [
    "leerling",
    "inschrijving",
    "leerling_sleutel",
    "groep",
    "groep_leerling",
    "medewerker",
    "groep_medewerker",
    "roosterleerling",
    "groep_roosterleerling",
    "audit_log",
];

/// The roster tables: all but the audit log.
const ROOSTER: usize = TABELLEN.len() - 1;

/// The example with what passend needs of its two current pupils, and nothing else:
/// 00001 gets a BSN and a postcode (it has neither), 00002 a birth date (it has none) and
/// its number as the onderwijsnummer it is. Pupil 12345 left before the peildatum.
fn aangepast() -> String {
    let mut x = VOORBEELD.to_string();
    for (oud, nieuw) in [
        (
            "<vestiging key=\"VH\"/>\n\t\t\t<mutatiedatum>",
            "<vestiging key=\"VH\"/>\n\t\t\t<bsn>123456782</bsn>\n\t\t\t<postcodenl>6851AB</postcodenl>\n\t\t\t<mutatiedatum>",
        ),
        (
            "<voorletters-1>IH</voorletters-1>",
            "<voorletters-1>IH</voorletters-1>\n\t\t\t<geboortedatum>2006-11-02</geboortedatum>",
        ),
        (
            "<bsn>133456785</bsn>",
            "<onderwijsnummer>133456785</onderwijsnummer>",
        ),
    ] {
        assert_eq!(x.matches(oud).count(), 1, "{oud}");
        x = x.replace(oud, nieuw);
    }
    x
}

async fn tel(db: &TestDb) -> Vec<i64> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let mut uit = Vec::new();
    for t in TABELLEN {
        let sql = format!("SELECT COUNT(*) FROM {t}");
        uit.push(
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut raw)
                .await
                .unwrap()
                .get::<i64, _>(0),
        );
    }
    raw.close().await.unwrap();
    uit
}

async fn een(db: &TestDb, sql: &str) -> Option<String> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let v = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_optional(&mut raw)
        .await
        .unwrap()
        .map(|r| r.get::<Option<String>, _>(0))
        .unwrap_or_default();
    raw.close().await.unwrap();
    v
}

async fn importeer(store: &Store, xml: &str) -> Result<EdexmlUitkomst, StoreError> {
    let bestand = passend_uitwisseling::edexml::lees(xml.as_bytes()).expect("schema-valid");
    let vestiging = passend_store::vestiging_van_edexml(&bestand)?;
    let wie = store
        .systeem_verzoeker(Rol::School, vestiging.as_str())
        .await
        .unwrap();
    let mut stappen = Vec::new();
    let uit = store
        .rooster()
        .importeer_edexml(&wie, &bestand, TODAY, "test", &mut |d, t| {
            stappen.push((d, t))
        })
        .await;
    // Progress only goes up and, on success, ends at the total.
    assert!(
        stappen
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 == w[1].1)
    );
    if uit.is_ok() {
        let &(d, t) = stappen.last().unwrap();
        assert_eq!(d, t);
    }
    uit
}

fn geweigerd(uit: Result<EdexmlUitkomst, StoreError>) -> Vec<String> {
    match uit {
        Err(StoreError::Geweigerd(p)) => p,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn voorbeeldschool(store: &Store) {
    crate::store::school_with_vestiging(store, "99ZZ00", "6851AB", Schoolsoort::Bao).await;
}
