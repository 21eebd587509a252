//! The receiving school reads the TLV it needs to admit the child (WPO art. 40 lid 8, WEC
//! art. 40 lid 10 and 12): granted or asked, of its own kind, while the registration lives;
//! its bestuur too; the SWV and the other school of registration get none of it there.

use super::{ONTVANGEN, aangemeld, als};
use crate::support::{TestDb, contract_db};
use jiff::ToSpan;
use passend_domain::{Rol, Schoolsoort};
use passend_store::NieuweAanmelding;
use sqlx::Connection;

contract_db!(the_receiving_school_reads_the_tlv_of_its_kind_and_nothing_else);

async fn the_receiving_school_reads_the_tlv_of_its_kind_and_nothing_else(db: &TestDb) {
    let store = &db.store;
    let (bij_bao, ib) = aangemeld(store, true).await;
    let swv = crate::store::school_with_vestiging(store, "56EF00", "3431AB", Schoolsoort::So)
        .await
        .to_string();
    let so = als(store, "ib-so", Rol::School, "56EF00").await;
    let n = NieuweAanmelding {
        leerling: crate::store::pupil("111222333", "3431AB"),
        vestiging: passend_domain::VestigingCode::parse("56EF00").unwrap(),
        ontvangen: ONTVANGEN,
        gewenste_start: None,
        eerste_voorkeur: false,
        andere_scholen: String::new(),
        extra_ondersteuning: true,
        beoordeling: None,
    };
    let a = store.aanmeldingen();
    let bij_so = a
        .registreer_aanmelding(&so, &n, ONTVANGEN, "/t")
        .await
        .unwrap();
    let leerling = a
        .aanmelding_voor(&so, bij_so, ONTVANGEN, "/t")
        .await
        .unwrap()
        .leerling_id;
    // A granted so TLV, a refused one, an open so request and a granted sbo TLV (below the
    // store: how they came about is the TLV procedure's tests).
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    for (soort, besluit, nummer) in [
        ("so", Some("toegekend"), Some("X-1")),
        ("so", Some("afgewezen"), Some("X-2")),
        ("so", None, None),
        ("sbo", Some("toegekend"), Some("X-4")),
    ] {
        sqlx::query(
            "INSERT INTO tlv (leerling_id, soort, aanvragende_vestiging, swv_code, grond, aangevraagd_op, toelichting, \
             besluit, categorie, ingang, einde, beschikkingsnummer, aangemaakt) \
             VALUES ($1, $2, '12AB00', $3, 'a', '2026-09-01', 'geheim', $4, $5, '2026-10-01', '2027-07-31', $6, 'nu')",
        )
        .bind(leerling.0)
        .bind(soort)
        .bind(&swv)
        .bind(besluit)
        .bind((soort == "so").then_some("H"))
        .bind(nummer)
        .execute(&mut raw)
        .await
        .unwrap();
    }
    raw.close().await.unwrap();
    let t = store.tlvs();
    let dag = ONTVANGEN + 7.days();
    let gezien = t.tlvs_voor_toelating(&so, bij_so, dag, "/t").await.unwrap();
    let mut soorten: Vec<_> = gezien
        .iter()
        .map(|x| (x.beschikkingsnummer.clone(), x.status(dag)))
        .collect();
    soorten.sort();
    assert_eq!(
        soorten,
        vec![
            (None, "aangevraagd, nog niet beslist"),
            (Some("X-1".into()), "toegekend, geldig")
        ]
    );
    let bestuur = als(store, "bestuur-so", Rol::Bestuur, "56109").await;
    assert_eq!(
        t.tlvs_voor_toelating(&bestuur, bij_so, dag, "/t")
            .await
            .unwrap()
            .len(),
        2
    );
    // The SWV reads the registration, not the TLV through it; the bao school needs no TLV.
    let swv_kijker = als(store, "swv", Rol::Swv, &swv).await;
    for (wie, id) in [(&swv_kijker, bij_so), (&ib, bij_bao)] {
        assert!(
            t.tlvs_voor_toelating(wie, id, dag, "/t")
                .await
                .unwrap()
                .is_empty()
        );
    }
    // Another school: not found, as for a registration that does not exist.
    assert!(t.tlvs_voor_toelating(&ib, bij_so, dag, "/t").await.is_err());
    assert!(t.tlvs_voor_toelating(&so, 999, dag, "/t").await.is_err());
}
