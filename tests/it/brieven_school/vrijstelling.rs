//! B&W's decisions on vrijstelling as letters from the gemeente with its letterhead: the
//! ground and period in words, the SWV's own advice as a reason, the bezwaar clause; a
//! refusal says so; a request not yet decided has no letter.

use super::*;
use crate::taken::demo_dbs;
use jiff::ToSpan;
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_store::NieuweVrijstelling;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vrijstelling_letter_comes_from_the_gemeente_with_the_swvs_advice() {
    for db in demo_dbs("brief_vrijstelling").await {
        vrijstelling(&db).await;
        db.finish().await;
    }
}

async fn vrijstelling(db: &TestDb) {
    let store = &db.store;
    let today = passend_web::vandaag();
    sql(
        db,
        "UPDATE gemeente SET straat = 'Stadsplein', huisnummer = '1', postcode = '3431 HZ', \
         plaats = 'Nieuwegein' WHERE code = '0356'",
    )
    .await;
    let gemeente: String = sql(db, "SELECT naam FROM gemeente WHERE code = '0356'").await[0].get(0);
    // Two residents of Nieuwegein without a case or a vrijstelling.
    let rows = sql(
        db,
        "SELECT l.id FROM leerling l JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.gemeentecode = '0356' \
         AND l.id NOT IN (SELECT leerling_id FROM thuiszitter_zaak) \
         AND l.id NOT IN (SELECT leerling_id FROM vrijstelling) ORDER BY l.id",
    )
    .await;
    let (kind, ander) = (LeerlingId(rows[0].get(0)), LeerlingId(rows[1].get(0)));
    ouder_van(store, kind).await;
    ouder_van(store, ander).await;
    let lp = als(store, Rol::Leerplicht, "0356").await;
    let l = store.leerplicht();
    let (van, tot) = (today, today + 90.days());
    let verzoek = NieuweVrijstelling {
        leerling: kind,
        grond: Grond::Art5a,
        van,
        tot: Some(tot),
        verklaring: Some(Verklaring {
            datum: today - 20.days(),
            van_behandelaar: false,
        }),
        swv_advies_uiterlijk: Some(today + 14.days()),
        documenten: Vec::new(),
    };
    let id = l
        .vraag_vrijstelling(&lp, &verzoek, today, "/t")
        .await
        .unwrap();
    niet_voor(store, Briefsoort::Vrijstelling, id, "leerplicht").await;
    let rows = sql(
        db,
        &format!("SELECT swv_code FROM vrijstelling_advies WHERE vrijstelling_id = {id}"),
    )
    .await;
    let swv = als(store, Rol::Swv, &rows[0].get::<String, _>(0)).await;
    let advies = "Onderwijs is het komende halfjaar niet haalbaar; daarna bekijken we het opnieuw.";
    l.geef_advies(&swv, id, advies, today, "/t").await.unwrap();
    l.beslis_vrijstelling(&lp, id, true, today, "/t")
        .await
        .unwrap();

    let r = pdf(store, Briefsoort::Vrijstelling, id, "leerplicht").await;
    let naam = store.leerling_dossier(kind).await.unwrap().leerling.naam;
    let afzender = format!("Gemeente {gemeente}");
    kop(
        &r,
        &afzender,
        &["Stadsplein 1", "3431 HZ Nieuwegein"],
        &postcode(db, kind).await,
        today,
    );
    let tekst = doorlopend(&r);
    let zin = format!(
        "Burgemeester en wethouders verlenen vrijstelling voor {naam} (Leerplichtwet 1969, art. 5 onder a: lichamelijke of psychische gronden) van {} tot en met {}.",
        datum_voluit(van),
        datum_voluit(tot)
    );
    assert!(tekst.contains(&zin), "{zin} in {tekst}");
    assert!(tekst.contains(advies), "the SWV's advice: {tekst}");
    assert!(tekst.contains("ieder jaar vóór 1 juli"), "{tekst}");
    assert!(
        tekst.contains("bezwaar maken bij burgemeester en wethouders"),
        "{tekst}"
    );
    niet_voor(store, Briefsoort::Vrijstelling, id, "deskundige").await;

    // A refusal of a vrijstelling of geregeld schoolbezoek: no advice, no yearly notice.
    let mut verzoek = NieuweVrijstelling {
        leerling: ander,
        grond: Grond::Art11,
        verklaring: None,
        swv_advies_uiterlijk: None,
        ..verzoek
    };
    verzoek.tot = None;
    let nee = l
        .vraag_vrijstelling(&lp, &verzoek, today, "/t")
        .await
        .unwrap();
    l.beslis_vrijstelling(&lp, nee, false, today, "/t")
        .await
        .unwrap();
    let tekst = doorlopend(&pdf(store, Briefsoort::Vrijstelling, nee, "leerplicht").await);
    assert!(
        tekst.contains("Burgemeester en wethouders weigeren de vrijstelling voor")
            && !tekst.contains("1 juli")
            && !tekst.contains("advies van"),
        "{tekst}"
    );

    // The leerplicht's list links the letter of each decided vrijstelling.
    let cookie = sign_in(store, "leerplicht").await;
    let lijst = get(store, "/leerplicht", Some(&cookie)).await;
    for id in [id, nee] {
        let link = format!("href=\"/brieven/vrijstelling/{id}/pdf\"");
        assert!(lijst.body.contains(&link), "{link}");
    }
}
