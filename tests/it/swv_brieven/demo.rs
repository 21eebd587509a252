//! The demo's SWV decisions as letters: its TLV decided in passend (with a copy of both
//! advices), a granted and a refused arrangement. The deciding SWV reads them, the other SWV
//! gets 404, as for a decision that does not exist; a request not decided has no letter.

use super::{pdf_regels, verborgen};
use crate::support::{TestDb, demo_sqlite};
use crate::web::{get, sign_in};
use axum::http::{StatusCode, header};
use jiff::civil::Date;
use passend_domain::Naam;
use passend_domain::brief::datum_voluit;
use sqlx::any::AnyRow;
use sqlx::{Connection, Row};

async fn rijen(db: &TestDb, sql: &str, id: i64) -> Vec<AnyRow> {
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(id)
        .fetch_all(&mut raw)
        .await
        .unwrap()
}

fn naam(r: &AnyRow, eerste: usize) -> String {
    Naam {
        voornaam: r.get(eerste),
        tussenvoegsel: r.get(eerste + 1),
        achternaam: r.get(eerste + 2),
    }
    .volledig()
}

fn datum(r: &AnyRow, i: usize) -> String {
    datum_voluit(r.get::<String, _>(i).parse::<Date>().unwrap())
}

/// The addressee as the letter must name it: the parents linked to the child, or "De ouders
/// of verzorgers van KIND" where none are.
async fn ouders(db: &TestDb, leerling: i64, kind: &str) -> String {
    let namen: Vec<String> = rijen(
        db,
        "SELECT o.voornaam, o.tussenvoegsel, o.achternaam FROM ouder o \
         JOIN ouder_leerling ol ON ol.ouder_id = o.id WHERE ol.leerling_id = $1 ORDER BY o.id",
        leerling,
    )
    .await
    .iter()
    .map(|r| naam(r, 0))
    .collect();
    if namen.is_empty() {
        format!("De ouders of verzorgers van {kind}")
    } else {
        namen.join(" en ")
    }
}

/// Sender with the demo's letterhead, addressee and the date in words, each on its line.
async fn kop(db: &TestDb, r: &[String], leerling: i64, kind: &str, datum: &str) {
    assert_eq!(
        r[0], "Samenwerkingsverband primair onderwijs Lek en IJssel",
        "the deciding SWV sends it, by the name it gave"
    );
    assert_eq!(r[1..3], ["Passendweg 12", "3431 AB Nieuwegein"], "{r:?}");
    assert_eq!(r[3], ouders(db, leerling, kind).await, "{r:?}");
    assert!(r.contains(&format!("Datum: {datum}")), "{r:?}");
}

#[tokio::test]
async fn the_demo_tlv_decision_is_a_letter_with_a_copy_of_both_advices() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (swv, vo) = (
        sign_in(store, "swv-po").await,
        sign_in(store, "swv-vo").await,
    );
    let t = &rijen(
        &db,
        "SELECT t.id, t.leerling_id, t.besluit_datum, t.beschikkingsnummer, l.voornaam, l.tussenvoegsel, \
         l.achternaam FROM tlv t JOIN leerling l ON l.id = t.leerling_id WHERE t.brief IS NOT NULL AND t.id > $1 ORDER BY t.id",
        0,
    )
    .await[0];
    let (id, leerling, kind) = (t.get::<i64, _>(0), t.get::<i64, _>(1), naam(t, 4));
    let pdf = format!("/brieven/tlv/{id}/pdf");
    let (status, r) = pdf_regels(store, &pdf, &swv).await;
    assert_eq!(status, StatusCode::OK);
    kop(&db, &r, leerling, &kind, &datum(t, 2)).await;
    let nummer: String = t.get(3);
    assert!(r.contains(&format!("Kenmerk: {nummer}")), "{r:?}");
    let tekst = r.join(" ");
    assert!(
        tekst.contains(&format!(
            "Samenwerkingsverband primair onderwijs Lek en IJssel verklaart {kind} toelaatbaar tot het speciaal onderwijs (so). Bekostigingscategorie: midden (M)."
        )),
        "{tekst}"
    );
    assert!(tekst.contains("bezwaaradviescommissie (WPO art. 18a lid 12"));
    // WPO art. 18a lid 14: each advice with its deskundige, discipline and date, then its text.
    let adviezen = rijen(
        &db,
        "SELECT d.naam, d.discipline, a.datum, a.advies FROM tlv_advies a \
         JOIN deskundige d ON d.id = a.deskundige_id WHERE a.tlv_id = $1 ORDER BY a.volgorde",
        id,
    )
    .await;
    assert_eq!(adviezen.len(), 2);
    let afschriften = r.iter().filter(|l| l.starts_with("Afschrift: advies van "));
    assert_eq!(afschriften.count(), 2, "{r:?}");
    for a in &adviezen {
        let kopie = format!(
            "Afschrift: advies van {} ({}), {} {}",
            a.get::<String, _>(0),
            a.get::<String, _>(1),
            datum(a, 2),
            a.get::<String, _>(3)
        );
        assert!(tekst.contains(&kopie), "{kopie} in {tekst}");
    }
    // The TLV page links the letter; its old PDF address gives the same letter.
    let pagina = get(store, &format!("/tlv/{id}"), Some(&swv)).await;
    assert!(pagina.body.contains(&format!(
        "<a href=\"/brieven/tlv/{id}\">Brief aan de ouders (afdrukken)</a>"
    )));
    assert!(pagina.body.contains(&format!("href=\"{pdf}\"")));
    let cookie = (header::COOKIE, swv.clone());
    let oud = format!("/tlv/{id}/besluit.pdf");
    let oud = crate::dossier_api::download(store, &oud, cookie.clone()).await;
    let nieuw = crate::dossier_api::download(store, &pdf, cookie).await;
    assert_eq!(oud.2, nieuw.2);
    let html = get(store, &format!("/brieven/tlv/{id}"), Some(&swv)).await;
    assert!(
        html.body
            .contains(&format!("<p id=\"datum\">Datum: {}", datum(t, 2)))
    );
    verborgen(store, "tlv", id, &vo).await;
    // The demo school's sbo request waits for an advice: no letter yet.
    let open: i64 = rijen(
        &db,
        "SELECT id FROM tlv WHERE besluit IS NULL AND aanvragende_vestiging = '90AA00' AND id > $1",
        0,
    )
    .await[0]
        .get(0);
    verborgen(store, "tlv", open, &swv).await;
    db.finish().await;
}

#[tokio::test]
async fn the_demo_arrangement_decisions_are_letters_granted_and_refused() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let (swv, vo) = (
        sign_in(store, "swv-po").await,
        sign_in(store, "swv-vo").await,
    );
    let sql = "SELECT a.id, a.leerling_id, a.besluit_datum, a.besluit, a.van, a.tot, l.voornaam, \
         l.tussenvoegsel, l.achternaam FROM arrangement a JOIN leerling l ON l.id = a.leerling_id \
         WHERE a.id > $1 AND a.swv_code = 'PO2605' ORDER BY a.id";
    let alle = rijen(&db, sql, 0).await;
    for a in alle
        .iter()
        .filter(|a| a.get::<Option<String>, _>(3).is_some())
    {
        let (id, leerling, kind) = (a.get::<i64, _>(0), a.get::<i64, _>(1), naam(a, 6));
        let (status, r) = pdf_regels(store, &format!("/brieven/arrangement/{id}/pdf"), &swv).await;
        assert_eq!(status, StatusCode::OK, "arrangement {id}");
        kop(&db, &r, leerling, &kind, &datum(a, 2)).await;
        let tekst = r.join(" ");
        let toe = "Samenwerkingsverband primair onderwijs Lek en IJssel kent het arrangement toe: ";
        if a.get::<String, _>(3) == "toegekend" {
            assert!(tekst.contains(&format!(
                "{toe}Ambulante begeleiding 2 uur per week. Het arrangement loopt van {} tot en met {}.",
                datum(a, 4),
                datum(a, 5)
            )));
            assert!(!r.contains(&"Redenen".to_string()));
        } else {
            assert!(!tekst.contains(toe), "{tekst}");
            assert!(
                tekst.contains(
                    "Samenwerkingsverband primair onderwijs Lek en IJssel wijst de aanvraag van het arrangement af."
                )
            );
            let i = r.iter().position(|l| l == "Redenen").expect("reasons");
            assert!(
                r[i + 1].starts_with("Vervoer is een taak van de gemeente"),
                "{r:?}"
            );
        }
        // RULES gives the arrangement no clause: none is guessed.
        assert!(!tekst.contains("bezwaar") && !tekst.contains("geschil"));
        let pagina = get(
            store,
            &format!("/leerlingen/{leerling}/ondersteuning"),
            Some(&swv),
        )
        .await;
        assert!(
            pagina
                .body
                .contains(&format!("href=\"/brieven/arrangement/{id}/pdf\""))
        );
        verborgen(store, "arrangement", id, &vo).await;
    }
    let besloten = alle
        .iter()
        .filter(|a| a.get::<Option<String>, _>(3).is_some());
    assert_eq!(
        besloten.count(),
        2,
        "the demo's granted and refused request"
    );
    for a in alle
        .iter()
        .filter(|a| a.get::<Option<String>, _>(3).is_none())
    {
        verborgen(store, "arrangement", a.get(0), &swv).await;
    }
    db.finish().await;
}
