//! Support beyond the basis through the JSON API on the demo region: the OPP with its
//! versions, arrangementen up to the parents' view, the TLV routed to the SWV the law names
//! with its deskundigen, gapless numbers and bezwaar, symbiose and the one-table arrangement.

use crate::access::{api_get, api_send};
use crate::store::school_with_vestiging;
use crate::support::{TestDb, demo_sqlite};
use crate::web::{Reply, account_in_role};
use axum::http::StatusCode;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use passend_domain::{
    Bsn, Inschrijving, Kijker, Leerling, Naam, Postcode, Rol, Schoolsoort, VestigingCode,
};
use passend_store::{LeerlingId, NieuweAanmelding, Store, Verzoeker};
use serde_json::Value;

mod arrangement;
mod deskundigen;
mod documentatie;
mod opp;
mod symbiose;
mod tlv;

fn json(r: &Reply) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body))
}

/// The problem's detail, after checking that the reply is one with this status.
fn problem(r: &Reply, status: StatusCode) -> String {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    json(r)["detail"].as_str().unwrap().to_string()
}

async fn demo_key(store: &Store, user: &str) -> String {
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

/// A new account in one role and scope, with its API key and the store's view of it.
async fn in_rol(store: &Store, naam: &str, rol: Rol, scope: &str) -> (String, Verzoeker) {
    let (id, _) = account_in_role(store, naam, rol, Some(scope)).await;
    let key = store
        .accounts()
        .create_api_sleutel(id, "test")
        .await
        .unwrap();
    let wie = Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    };
    (key, wie)
}

async fn post(store: &Store, key: &str, path: &str, body: Value) -> Reply {
    api_send(store, "POST", path, key, &body.to_string()).await
}

async fn get(store: &Store, key: &str, path: &str) -> Value {
    let r = api_get(store, path, Some(key)).await;
    assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
    json(&r)
}

/// Pupils enrolled today at a demo vestiging.
async fn leerlingen_van(store: &Store, code: &str) -> Vec<i64> {
    store
        .leerlingen_van_vestiging(&VestigingCode::parse(code).unwrap(), passend_web::vandaag())
        .await
        .unwrap()
        .iter()
        .map(|l| l.id.0)
        .collect()
}

/// Pupils enrolled today at a demo vestiging without any support record made here yet (a TLV
/// brought in from elsewhere, as the demo gives every (v)so pupil, does not count), read
/// below the store.
async fn zonder_steun(db: &TestDb, code: &str) -> Vec<i64> {
    use sqlx::{Connection, Row};
    let ids = leerlingen_van(&db.store, code).await;
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let bezet: Vec<i64> = sqlx::query(
        "SELECT leerling_id FROM opp UNION SELECT leerling_id FROM tlv WHERE extern = 0 UNION SELECT leerling_id FROM arrangement \
         UNION SELECT leerling_id FROM symbiose UNION SELECT leerling_id FROM integraal_arrangement",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<i64, _>(0))
    .collect();
    raw.close().await.ok();
    ids.into_iter().filter(|i| !bezet.contains(i)).collect()
}

/// A BSN that passes the elfproef, from a counter (the demo's BSNs are random; a clash in
/// this 7xxxxxxxx range is not expected).
fn bsn(n: u32) -> String {
    (0..10)
        .find_map(|achtste| {
            let d: Vec<u32> = format!("7{:06}{achtste}", n % 1_000_000)
                .bytes()
                .map(|b| u32::from(b - b'0'))
                .collect();
            let sum: u32 = d.iter().zip((2..=9).rev()).map(|(x, w)| x * w).sum();
            let check = sum % 11;
            (check < 10).then(|| d.iter().chain([&check]).map(|x| x.to_string()).collect())
        })
        .unwrap()
}

fn kind(nummer: &str, postcode: &str, today: Date) -> Leerling {
    Leerling::new(
        Naam::new("Noor", None, "Visser").unwrap(),
        date(2017, 3, 14),
        Postcode::parse(postcode).unwrap(),
        Some(Bsn::parse(nummer).unwrap()),
        None,
        today,
    )
    .unwrap()
}

/// The school registers the child (the store reuses a known BSN).
async fn meld_aan(store: &Store, wie: &Verzoeker, vestiging: &str, l: Leerling) -> LeerlingId {
    let today = passend_web::vandaag();
    let n = NieuweAanmelding {
        leerling: l,
        vestiging: VestigingCode::parse(vestiging).unwrap(),
        ontvangen: today,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: true,
        beoordeling: Some("ondersteuningsbehoefte boven de basis".into()),
    };
    let id = store
        .aanmeldingen()
        .registreer_aanmelding(wie, &n, today, "/test")
        .await
        .unwrap();
    store
        .aanmeldingen()
        .aanmelding_voor(wie, id, today, "/test")
        .await
        .unwrap()
        .leerling_id
}

fn opp_body(uitstroom: &str) -> Value {
    serde_json::json!({
        "uitstroom": uitstroom,
        "belemmerend": "concentratie, leesachterstand",
        "bevorderend": "motivatie, steun thuis",
        "behoeften": [{"domein": "leren en ontwikkelen", "niveau": 4}],
        "doelen": [{"doel": "leest op AVI E5", "ondersteuning": "RT lezen in een groepje",
                    "wie": "remedial teacher", "frequentie": "2 keer per week"}],
        "overlegOuders": passend_web::vandaag().to_string(),
        "overlegVerslag": "ouders eens met de doelen",
        "stemKind": "wil meer tijd voor lezen"
    })
}
