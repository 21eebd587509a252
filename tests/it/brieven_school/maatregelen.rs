//! A schorsing and a verwijdering as letters from the school: the measure with its dates in
//! words and its reasons; the inspectie's melding only when the schorsing lasts longer than
//! one day; no clause for a schorsing, the bezwaar and geschil clause for a verwijdering.

use super::*;
use crate::taken::demo_dbs;
use jiff::ToSpan;
use passend_domain::VestigingCode;
use passend_store::{NieuweSchorsing, NieuweVerwijdering};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schorsing_and_verwijdering_letters_come_from_the_school() {
    for db in demo_dbs("brief_maatregelen").await {
        maatregelen(&db).await;
        db.finish().await;
    }
}

fn schorsing(van: jiff::civil::Date, dagen: i64, reden: &str) -> NieuweSchorsing {
    NieuweSchorsing {
        van,
        tot: van + (dagen - 1).days(),
        reden: reden.into(),
        schriftelijk: true,
        stem_kind: "Het kind is gehoord.".into(),
    }
}

async fn maatregelen(db: &TestDb) {
    let store = &db.store;
    let today = passend_web::vandaag();
    let school = briefhoofd(db, "90AA00").await;
    let ib = als(store, Rol::School, "90AA00").await;
    let vestiging = VestigingCode::parse("90AA00").unwrap();
    let lijst = store
        .leerlingen_van_vestiging(&vestiging, today)
        .await
        .unwrap();
    let (kind, ander) = (&lijst[5], &lijst[6]);
    ouder_van(store, kind.id).await;
    ouder_van(store, ander.id).await;
    let m = store.maatregelen();
    let drie = schorsing(today, 3, "Herhaald geweld tegen een medeleerling");
    m.schors(&ib, kind.id, &drie, today, "/t").await.unwrap();
    let een = schorsing(today + 10.days(), 1, "Pesten");
    m.schors(&ib, kind.id, &een, today, "/t").await.unwrap();
    // Newest first: the one-day schorsing, then the one of three days.
    let s = m.schorsingen(&ib, kind.id, today, "/t").await.unwrap();
    let (een, drie) = (s[0].id, s[1].id);

    let r = pdf(store, Briefsoort::Schorsing, drie, "ib").await;
    kop(&r, &school, &STRAAT, &kind.postcode, today);
    let tekst = doorlopend(&r);
    let zin = format!(
        "{school} schorst {} van {} tot en met {} (3 dagen).",
        kind.naam,
        datum_voluit(today),
        datum_voluit(today + 2.days())
    );
    assert!(tekst.contains(&zin), "{zin} in {tekst}");
    assert!(r.contains(&"Herhaald geweld tegen een medeleerling".to_string()));
    assert!(
        tekst.contains("heeft de school de inspectie van het onderwijs hiervan schriftelijk"),
        "{tekst}"
    );
    assert!(
        !tekst.contains("bezwaar") && !tekst.contains("geschil"),
        "the law gives no clause for every school: {tekst}"
    );
    let r = doorlopend(&pdf(store, Briefsoort::Schorsing, een, "ib").await);
    assert!(r.contains("(1 dag)") && !r.contains("inspectie"), "{r}");
    niet_voor(store, Briefsoort::Schorsing, drie, "deskundige").await;

    // A verwijdering after another school of the register agreed to take the child.
    let andere = sql(
        db,
        "SELECT code, naam FROM vestiging WHERE schoolsoort = 'sbo' ORDER BY code",
    )
    .await;
    let (code, naam): (String, String) = (andere[0].get(0), andere[0].get(1));
    let v = NieuweVerwijdering {
        datum: today + 14.days(),
        leraar_gehoord: true,
        ouders_gehoord: true,
        andere_school: code.clone(),
        overleg_inspectie: false,
        stem_kind: "Het kind is gehoord.".into(),
        reden: "Herhaald ernstig geweld tegen medeleerlingen, ook na de schorsingen.".into(),
    };
    m.verwijder(&ib, ander.id, &v, today, "/t").await.unwrap();
    let w = m.verwijderingen(&ib, ander.id, today, "/t").await.unwrap();
    assert_eq!((w.len(), w[0].datum), (1, v.datum));
    let r = pdf(store, Briefsoort::Verwijdering, w[0].id, "ib").await;
    kop(&r, &school, &STRAAT, &ander.postcode, today);
    let tekst = doorlopend(&r);
    let zin = format!(
        "Het bevoegd gezag van {school} verwijdert {} definitief van school met ingang van {}.",
        ander.naam,
        datum_voluit(v.datum)
    );
    assert!(tekst.contains(&zin), "{zin} in {tekst}");
    // The school's own reasons first under the heading, then what made it lawful.
    let kop_redenen = r.iter().position(|l| l == "Redenen").expect("Redenen");
    assert!(
        doorlopend(&r[kop_redenen + 1..]).starts_with(&v.reden),
        "{r:?}"
    );
    assert!(
        tekst.contains(&format!("{naam} is bereid uw kind toe te laten")) && !tekst.contains(&code),
        "{tekst}"
    );
    assert!(
        tekst.contains(
            "landelijke commissie voor geschillen over toelating en verwijdering (WPO art. 43"
        ),
        "{tekst}"
    );
    niet_voor(store, Briefsoort::Verwijdering, w[0].id, "deskundige").await;

    // The dossier links each letter where the measure is shown.
    let cookie = sign_in(store, "ib").await;
    let dossier = get(store, &format!("/leerlingen/{}", kind.id.0), Some(&cookie)).await;
    for id in [een, drie] {
        let link = format!("href=\"/brieven/schorsing/{id}/pdf\"");
        assert!(dossier.body.contains(&link), "{link}");
    }
    let dossier = get(store, &format!("/leerlingen/{}", ander.id.0), Some(&cookie)).await;
    let link = format!("href=\"/brieven/verwijdering/{}/pdf\"", w[0].id);
    assert!(dossier.body.contains(&link), "{}", dossier.body);
}
