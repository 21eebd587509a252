//! The inspectie's inbox: a schorsing longer than one day and a verwijdering from a vo
//! school become meldingen (IbWVO art. 13 and 14, WPO art. 40c lid 3) with their facts and
//! no name; a one-day schorsing and a verwijdering from a basisschool do not; only the
//! inspectie reads them, on SQLite and PostgreSQL.

use super::*;
use crate::web::{get, sign_in};
use axum::http::StatusCode;
use jiff::ToSpan;
use passend_domain::VestigingCode;
use passend_domain::zorgplicht::melding::MeldingSoort;
use passend_store::{LeerlingId, LeerlingRegel, NieuweSchorsing, NieuweVerwijdering, StoreError};

async fn regel(store: &Store, vestiging: &str, i: usize) -> LeerlingRegel {
    let v = VestigingCode::parse(vestiging).unwrap();
    store
        .leerlingen_van_vestiging(&v, passend_web::vandaag())
        .await
        .unwrap()[i]
        .clone()
}

async fn leerling(store: &Store, vestiging: &str, i: usize) -> LeerlingId {
    regel(store, vestiging, i).await.id
}

fn schorsing(van: Date, dagen: i64) -> NieuweSchorsing {
    NieuweSchorsing {
        van,
        tot: van + (dagen - 1).days(),
        reden: "Herhaald geweld tegen een medeleerling".into(),
        schriftelijk: true,
        stem_kind: "Het kind is gehoord.".into(),
    }
}

fn verwijdering(datum: Date) -> NieuweVerwijdering {
    NieuweVerwijdering {
        datum,
        leraar_gehoord: true,
        ouders_gehoord: true,
        andere_school: "Een andere school".into(),
        overleg_inspectie: true,
        stem_kind: "Het kind is gehoord.".into(),
        reden: "Ernstig geweld".into(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meldingen_reach_the_inspectie_with_their_facts_only() {
    for db in demo_dbs("meldingen_reach_the_inspectie").await {
        inbox(&db.store).await;
        db.finish().await;
    }
}

async fn inbox(store: &Store) {
    let today = passend_web::vandaag();
    let inspectie = als(store, Rol::Inspectie, "").await;
    let m = store.maatregelen();
    let (_, voor) = m
        .inspectie_meldingen(&inspectie, (1, 10), "t")
        .await
        .unwrap();
    let ib = als(store, Rol::School, "90AA00").await;
    let kind = leerling(store, "90AA00", 3).await;
    m.schors(&ib, kind, &schorsing(today, 1), today, "t")
        .await
        .unwrap();
    m.schors(&ib, kind, &schorsing(today, 3), today, "t")
        .await
        .unwrap();
    let po = leerling(store, "90AA00", 4).await;
    m.verwijder(&ib, po, &verwijdering(today), today, "t")
        .await
        .unwrap();
    let vo = als(store, Rol::School, "90BX00").await;
    let scholier = leerling(store, "90BX00", 0).await;
    m.verwijder(&vo, scholier, &verwijdering(today), today, "t")
        .await
        .unwrap();
    let (lijst, na) = m
        .inspectie_meldingen(&inspectie, (1, 2), "t")
        .await
        .unwrap();
    assert_eq!(
        na,
        voor + 2,
        "the 3-day schorsing and the vo verwijdering only"
    );
    // Newest first: the verwijdering, then the schorsing of three days.
    assert_eq!(lijst.len(), 2);
    assert_eq!(
        (lijst[0].soort, lijst[0].leerling),
        (MeldingSoort::Verwijdering, scholier.0)
    );
    assert_eq!(lijst[0].vestiging_code, "90BX00");
    // IbWVO art. 14 lid 3: "schriftelijk en met opgave van redenen".
    assert_eq!(lijst[0].reden.as_deref(), Some("Ernstig geweld"));
    let s = &lijst[1];
    assert_eq!(
        (s.soort, s.leerling, s.dagen),
        (MeldingSoort::Schorsing, kind.0, 3)
    );
    assert_eq!((s.van, s.tot), (today, Some(today + 2.days())));
    assert_eq!(
        s.reden.as_deref(),
        Some("Herhaald geweld tegen een medeleerling")
    );
    // Nobody else reads the inbox, not even the school that reported.
    for (rol, scope) in [
        (Rol::School, "90AA00"),
        (Rol::Swv, "PO2605"),
        (Rol::Ministerie, ""),
    ] {
        let ander = als(store, rol, scope).await;
        let r = m.inspectie_meldingen(&ander, (1, 10), "t").await;
        assert!(matches!(r, Err(StoreError::NietGevonden { .. })), "{rol:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inbox_page_shows_no_name_and_is_the_inspecties_alone() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let ib = als(store, Rol::School, "90AA00").await;
    let r = regel(store, "90AA00", 5).await;
    let (kind, naam) = (r.id, r.naam);
    store
        .maatregelen()
        .schors(&ib, kind, &schorsing(today, 2), today, "t")
        .await
        .unwrap();
    let cookie = sign_in(store, "inspectie").await;
    let page = get(store, "/inspectie/meldingen", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    let rij = page
        .body
        .split("<tr class=\"melding-inspectie\">")
        .nth(1)
        .expect("a melding");
    assert!(rij.contains(&format!("<td>{}</td>", kind.0)), "{rij}");
    assert!(!page.body.contains(&naam), "no pupil's name in the inbox");
    for user in ["ib", "swv-po", "ministerie"] {
        let c = sign_in(store, user).await;
        let r = get(store, "/inspectie/meldingen", Some(&c)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{user}");
    }
    db.finish().await;
}
