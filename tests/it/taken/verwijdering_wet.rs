//! A definitive verwijdering from a vo school follows the pupil's age on the day (WVO art.
//! 27 lid 1, IbWVO art. 14): under 18 the parents are heard; under the Leerplichtwet another
//! school must be willing; from 18 neither. The inspectie's melding carries the reasons
//! (IbWVO art. 14 lid 3). On SQLite and PostgreSQL.

use super::*;
use jiff::ToSpan;
use passend_domain::VestigingCode;
use passend_store::{NieuweVerwijdering, StoreError};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vo_verwijdering_follows_the_age_on_the_day() {
    for db in demo_dbs("a_vo_verwijdering_follows_the_age").await {
        per_leeftijd(&db.store).await;
        db.finish().await;
    }
}

async fn per_leeftijd(store: &Store) {
    let today = passend_web::vandaag();
    let vo = als(store, Rol::School, "90BX00").await;
    let code = VestigingCode::parse("90BX00").unwrap();
    let id = store.leerlingen_van_vestiging(&code, today).await.unwrap()[0].id;
    let born = store
        .leerling_dossier(id)
        .await
        .unwrap()
        .leerling
        .geboortedatum;
    let achttien = born + 18.years();
    let v = |datum, ouders: bool, andere: &str| NieuweVerwijdering {
        datum,
        leraar_gehoord: false,
        ouders_gehoord: ouders,
        andere_school: andere.into(),
        overleg_inspectie: false,
        stem_kind: "Gehoord op school.".into(),
        reden: "Herhaald ernstig geweld".into(),
    };
    let m = store.maatregelen();
    let fout = |r: Result<(), StoreError>| match r {
        Err(StoreError::Ongeldig(t)) => t,
        other => panic!("{other:?}"),
    };
    let dag_ervoor = achttien - 1.days();
    let t = fout(
        m.verwijder(&vo, id, &v(dag_ervoor, false, "90BY00"), today, "t")
            .await,
    );
    assert!(t.contains("IbWVO art. 14 lid 1"), "17: the parents: {t}");
    let t = fout(
        m.verwijder(&vo, id, &v(dag_ervoor, true, ""), today, "t")
            .await,
    );
    assert!(t.contains("WVO art. 27 lid 1"), "kwalificatieplicht: {t}");
    // On the 18th birthday: no parents, no other school, no inspectie overleg.
    m.verwijder(&vo, id, &v(achttien, false, ""), today, "t")
        .await
        .unwrap();
    let inspectie = als(store, Rol::Inspectie, "").await;
    let (lijst, _) = m
        .inspectie_meldingen(&inspectie, (1, 1), "t")
        .await
        .unwrap();
    assert_eq!((lijst[0].leerling, lijst[0].van), (id.0, achttien));
    assert_eq!(lijst[0].reden.as_deref(), Some("Herhaald ernstig geweld"));
    let w = m.verwijderingen(&vo, id, today, "t").await.unwrap();
    assert_eq!(
        w.iter().map(|w| w.datum).collect::<Vec<_>>(),
        vec![achttien]
    );
}
