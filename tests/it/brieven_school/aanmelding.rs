//! The decision on a registration: a refusal after the other school's own yes names that
//! school by its name in the register, gives the reason with the article and the bezwaar
//! and geschil clause; an undecided registration has no letter.

use super::*;
use crate::taken::demo_dbs;
use passend_domain::VestigingCode;
use passend_domain::zorgplicht::Besluit;
use passend_store::NieuweAanmelding;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_letter_names_the_willing_school_by_its_name() {
    for db in demo_dbs("brief_aanmeldingsbesluit").await {
        aanmeldingsbesluit(&db).await;
        db.finish().await;
    }
}

async fn aanmeldingsbesluit(db: &TestDb) {
    let store = &db.store;
    let today = passend_web::vandaag();
    let school = briefhoofd(db, "90AA00").await;
    let andere = sql(
        db,
        "SELECT code, naam FROM vestiging WHERE schoolsoort = 'bao' AND code <> '90AA00' ORDER BY code",
    )
    .await;
    let (code, naam): (String, String) = (andere[0].get(0), andere[0].get(1));
    let ib = als(store, Rol::School, "90AA00").await;
    let a = store.aanmeldingen();
    let n = NieuweAanmelding {
        leerling: crate::store::pupil("111222333", "3431AB"),
        vestiging: VestigingCode::parse("90AA00").unwrap(),
        ontvangen: today,
        gewenste_start: None,
        eerste_voorkeur: true,
        andere_scholen: String::new(),
        extra_ondersteuning: true,
        beoordeling: Some("Dyslexie en concentratie".into()),
    };
    let id = a.registreer_aanmelding(&ib, &n, today, "/t").await.unwrap();
    niet_voor(store, Briefsoort::Aanmeldingsbesluit, id, "ib").await;
    let vraag = a
        .vraag_bereidheid(&ib, id, &code, "Kleine groep", true, today, "/t")
        .await
        .unwrap();
    let ander = als(store, Rol::School, &code).await;
    a.beantwoord_bereidheid(&ander, vraag, true, today, today, "/t")
        .await
        .unwrap();
    let besluit = Besluit::ElderToegelaten {
        andere_school: code.clone(),
        bereid_op: None,
    };
    a.beslis_aanmelding(&ib, id, &besluit, "gehoord", today, "/t")
        .await
        .unwrap();
    let kind = a
        .aanmelding_voor(&ib, id, today, "/t")
        .await
        .unwrap()
        .leerling_id;
    ouder_van(store, kind).await;

    let r = pdf(store, Briefsoort::Aanmeldingsbesluit, id, "ib").await;
    kop(&r, &school, &STRAAT, &postcode(db, kind).await, today);
    let tekst = doorlopend(&r);
    assert!(
        tekst.contains(&format!(
            "{school} kan uw kind niet de ondersteuning bieden die het nodig heeft. {naam} heeft laten weten dat zij uw kind wil toelaten."
        )),
        "{tekst}"
    );
    assert!(
        tekst.contains(&format!(
            "{naam} heeft op {} laten weten dat zij bereid is uw kind toe te laten (WPO art. 40 lid 4",
            datum_voluit(today)
        )),
        "{tekst}"
    );
    assert!(!tekst.contains(&code), "the name, not the code: {tekst}");
    assert!(
        tekst.contains(
            "landelijke commissie voor geschillen over toelating en verwijdering (WPO art. 43"
        ),
        "{tekst}"
    );
    niet_voor(store, Briefsoort::Aanmeldingsbesluit, id, "deskundige").await;

    // The registration's page links the letter and keeps the letter's text.
    let cookie = sign_in(store, "ib").await;
    let pagina = get(store, &format!("/aanmeldingen/{id}"), Some(&cookie)).await;
    assert!(
        pagina
            .body
            .contains(&format!("href=\"/brieven/aanmelding/{id}/pdf\"")),
        "{}",
        pagina.body
    );
    assert!(pagina.body.contains("<pre class=\"brief\">"));
    let html = get(store, &format!("/brieven/aanmelding/{id}"), Some(&cookie)).await;
    assert!(
        html.body
            .contains(&format!("<p id=\"datum\">Datum: {}", datum_voluit(today))),
        "{}",
        html.body
    );
}
