//! Notifications over real SMTP (aiosmtpd): the accounts with a new task get a mail (one
//! each, or one daily digest), a new task later gives one more mail to the right account,
//! and no mail carries the name, BSN or birth date of any child involved.

use super::*;
use crate::smtp::{SmtpServer, tekst};
use jiff::civil::date;
use passend_domain::{Bsn, Leerling, Naam, Postcode, VestigingCode};
use passend_store::NieuweAanmelding;
use passend_web::mail::meld_taken;
use sqlx::{Connection, Row};

const ADRES: &str = "https://passend.example";

async fn zet_email(url: &str, gebruiker: &str, email: &str, voorkeur: &str) {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    sqlx::query("UPDATE account SET email = $1, mailvoorkeur = $2 WHERE gebruikersnaam = $3")
        .bind(email)
        .bind(voorkeur)
        .bind(gebruiker)
        .execute(&mut raw)
        .await
        .unwrap();
    raw.close().await.unwrap();
}

/// A valid BSN (elfproef) that no pupil of the database has.
async fn vrij_bsn(url: &str) -> String {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    for n in 100_000_000u32.. {
        let s = n.to_string();
        if Bsn::parse(&s).is_err() {
            continue;
        }
        let bezet = sqlx::query("SELECT 1 FROM leerling WHERE bsn = $1")
            .bind(&s)
            .fetch_optional(&mut raw)
            .await
            .unwrap();
        if bezet.is_none() {
            return s;
        }
    }
    unreachable!()
}

/// Names, BSNs and birth dates of the pupils of `ids`, in the forms a leak would take.
async fn persoonsgegevens(url: &str, ids: &[i64]) -> Vec<String> {
    let mut raw = sqlx::AnyConnection::connect(url).await.unwrap();
    let mut uit = Vec::new();
    for id in ids {
        let r = sqlx::query(
            "SELECT voornaam, achternaam, bsn, geboortedatum FROM leerling WHERE id = $1",
        )
        .bind(id)
        .fetch_one(&mut raw)
        .await
        .unwrap();
        uit.extend([
            r.get::<String, _>(0),
            r.get::<String, _>(1),
            r.get::<String, _>(3),
        ]);
        uit.extend(r.get::<Option<String>, _>(2));
    }
    raw.close().await.unwrap();
    uit
}

fn aan(bericht: &str, wie: &str) -> bool {
    bericht
        .lines()
        .any(|l| l.to_ascii_lowercase().starts_with("to:") && l.contains(wie))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_tasks_are_mailed_without_personal_details() {
    let Some(smtp) = SmtpServer::start("new_tasks_are_mailed_without_personal_details") else {
        return;
    };
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    zet_email(&db.url, "ib", "ib@school.example", "direct").await;
    zet_email(&db.url, "swv-po", "loket@swv.example", "dagelijks").await;
    let inst = smtp.instelling(ADRES);
    let ib = als(store, Rol::School, "90AA00").await;
    let po = als(store, Rol::Swv, "PO2605").await;
    let (ib_taken, po_taken) = (
        taken(store, &ib, today).await,
        taken(store, &po, today).await,
    );
    assert!(!ib_taken.is_empty() && po_taken.len() >= 2);
    let ronde = meld_taken(store, &inst, &Procedure::default())
        .await
        .unwrap();
    assert_eq!((ronde.direct, ronde.digests), (ib_taken.len(), 1));
    let mails = smtp.wacht_op(ib_taken.len() + 1).await;
    assert_eq!(mails.len(), ib_taken.len() + 1);
    assert_eq!(
        mails.iter().filter(|m| aan(m, "ib@school.example")).count(),
        ib_taken.len()
    );
    let digest: Vec<_> = mails
        .iter()
        .filter(|m| aan(m, "loket@swv.example"))
        .collect();
    assert_eq!(digest.len(), 1, "one digest for the account that chose it");
    // Per kind how many, in words.
    let overzicht = tekst(digest[0]);
    for t in &po_taken {
        let n = po_taken.iter().filter(|x| x.soort == t.soort).count();
        let regel = format!("{n} × {}", t.soort.omschrijving());
        assert!(overzicht.contains(&regel), "{regel} in {overzicht}");
    }
    // Nothing new: no mail, and the digest waits a day.
    let stil = meld_taken(store, &inst, &Procedure::default())
        .await
        .unwrap();
    assert_eq!((stil.direct, stil.digests), (0, 0));
    // A new registration is a new task of the school: one more mail, to the school.
    let bsn = vrij_bsn(&db.url).await;
    let kind = Leerling::new(
        Naam::new("Fenna", Some("de"), "Wijnstra").unwrap(),
        date(2021, 4, 9),
        Postcode::parse("3431AB").unwrap(),
        Some(Bsn::parse(&bsn).unwrap()),
        None,
        today,
    )
    .unwrap();
    let nieuw = NieuweAanmelding {
        leerling: kind,
        vestiging: VestigingCode::parse("90AA00").unwrap(),
        ontvangen: today,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: true,
        beoordeling: None,
    };
    let id = store
        .aanmeldingen()
        .registreer_aanmelding(&ib, &nieuw, today, "t")
        .await
        .unwrap();
    let derde = meld_taken(store, &inst, &Procedure::default())
        .await
        .unwrap();
    assert_eq!((derde.direct, derde.digests), (1, 0));
    let alle = smtp.wacht_op(mails.len() + 1).await;
    let laatste = &alle[mails.len()];
    assert!(aan(laatste, "ib@school.example"));
    assert!(tekst(laatste).contains("Beslissen over een aanmelding"));
    assert!(tekst(laatste).contains(ADRES));
    // No mail names a child involved: neither the new one nor those of the other tasks.
    let mut ids: Vec<i64> = ib_taken
        .iter()
        .chain(&po_taken)
        .filter_map(|t| t.leerling)
        .collect();
    let nieuw_kind = store
        .aanmeldingen()
        .aanmeldingen_voor(&ib, "t")
        .await
        .unwrap();
    ids.extend(
        nieuw_kind
            .iter()
            .filter(|a| a.id == id)
            .map(|a| a.leerling_id.0),
    );
    let gevoelig = persoonsgegevens(&db.url, &ids).await;
    assert!(gevoelig.contains(&"Wijnstra".to_string()) && gevoelig.contains(&bsn));
    for m in &alle {
        // The headers as sent and the body decoded (the encoded body is not text to search).
        let kop = m.split("\r\n\r\n").next().unwrap_or(m);
        let t = tekst(m);
        for g in &gevoelig {
            assert!(
                !kop.contains(g.as_str()) && !t.contains(g.as_str()),
                "{g} in a mail: {t}"
            );
        }
    }
    db.finish().await;
}
