//! Rectifying a decision (issue 20, part 8): the SWV that decided a TLV records the
//! correction of an obvious mistake beside it. The letter, page and PDF, then prints the
//! rectification with its date; the decision itself is unchanged; the change is audited;
//! an empty correction is refused beside the field with nothing stored; the school, which
//! did not take the decision, gets "not found" and is not offered the form.

use crate::support::demo_sqlite;
use crate::web::{csrf_of, get, post_form, sign_in};
use axum::http::StatusCode;
use passend_domain::brief::datum_voluit;
use sqlx::{Connection, Row};

/// A decided TLV of the demo's PO SWV: its id and the decision's row as stored.
async fn besloten_tlv(url: &str) -> (i64, String) {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let r = sqlx::query(
        "SELECT id, besluit || '|' || COALESCE(reden, '') || '|' || COALESCE(einde, '') FROM tlv \
         WHERE swv_code = 'PO2605' AND brief IS NOT NULL ORDER BY id LIMIT 1",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap();
    (r.get(0), r.get(1))
}

async fn tellen(url: &str, sql: &'static str) -> i64 {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    sqlx::query(sql).fetch_one(&mut raw).await.unwrap().get(0)
}

#[tokio::test]
async fn the_deciding_swv_rectifies_a_tlv_and_the_letter_shows_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (id, besluit) = besloten_tlv(&db.url).await;
    let swv = sign_in(store, "swv-po").await;
    let brief = format!("/brieven/tlv/{id}");
    let pagina = get(store, &brief, Some(&swv)).await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    assert!(pagina.body.contains("action=\"/brieven/tlv/"), "the form");
    let csrf = csrf_of(&pagina.body);
    let actie = format!("{brief}/rectificatie");

    let leeg = post_form(store, &actie, Some(&swv), &format!("csrf={csrf}&tekst=+")).await;
    assert_eq!(leeg.status, StatusCode::BAD_REQUEST);
    assert!(
        leeg.body.contains(
            "<p id=\"tekst-fout\" class=\"fout\">beschrijf wat er in het besluit wordt hersteld</p>"
        ),
        "{}",
        leeg.body
    );
    let n = "SELECT COUNT(*) FROM rectificatie";
    assert_eq!(tellen(&db.url, n).await, 0, "nothing stored");

    let school = sign_in(store, "ib").await;
    let door_school = post_form(
        store,
        &actie,
        Some(&school),
        &format!(
            "csrf={}&tekst=anders",
            csrf_of(&get(store, "/", Some(&school)).await.body)
        ),
    )
    .await;
    assert_eq!(door_school.status, StatusCode::NOT_FOUND);
    assert_eq!(tellen(&db.url, n).await, 0);

    let tekst = "De einddatum in het besluit moet 31 juli 2027 zijn in plaats van 31 juli 2028.";
    let ok = post_form(
        store,
        &actie,
        Some(&swv),
        &format!("csrf={csrf}&tekst={}", tekst.replace(' ', "+")),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let regel = format!("Op {}: {tekst}", datum_voluit(passend_web::vandaag()));
    let pagina = get(store, &brief, Some(&swv)).await;
    assert!(
        pagina
            .body
            .contains(&format!("<h2>Rectificatie</h2><p>{regel}</p>")),
        "{}",
        pagina.body
    );
    let pdf = get(store, &format!("{brief}/pdf"), Some(&swv)).await;
    let regels = passend_web::pdf::tekst(pdf.body.as_bytes());
    let r: Vec<&str> = regels.lines().collect();
    let kop = r
        .iter()
        .position(|l| *l == "Rectificatie")
        .expect("heading");
    assert!(r[kop + 1].starts_with("Op "), "{r:?}");
    assert!(regels.replace('\n', " ").contains(&regel), "{regels}");

    assert_eq!(
        besloten_tlv(&db.url).await,
        (id, besluit),
        "the decision is unchanged"
    );
    let audit = tellen(
        &db.url,
        "SELECT COUNT(*) FROM audit_log WHERE route = '/brieven/{soort}/{id}/rectificatie' \
         AND actie = 'wijzigen' AND rol = 'swv'",
    )
    .await;
    assert_eq!(audit, 1);
    let school_pagina = get(store, &brief, Some(&school)).await;
    assert!(
        !school_pagina.body.contains("/rectificatie\""),
        "no form for the school"
    );
    db.finish().await;
}
