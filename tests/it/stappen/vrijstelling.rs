//! The SWV's advice before a vrijstelling art. 5 onder a is the SWV's own step, and the
//! leerplicht's decision waits for it.

use super::als;
use crate::support::contract;
use jiff::civil::date;
use passend_domain::taken::TaakSoort;
use passend_domain::vrijstelling::{Grond, Verklaring};
use passend_domain::{Rol, Schoolsoort};
use passend_store::{NieuweVrijstelling, Store, StoreError};

contract!(the_vrijstelling_waits_for_the_swvs_own_advice);

async fn the_vrijstelling_waits_for_the_swvs_own_advice(store: &Store) {
    crate::store::school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    let leerling = store
        .create_leerling(&crate::store::pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let dag = date(2026, 12, 7);
    let lp = als(store, "lp", Rol::Leerplicht, "0356").await;
    let mut v = NieuweVrijstelling {
        leerling,
        grond: Grond::Art5a,
        van: dag,
        tot: None,
        verklaring: Some(Verklaring {
            datum: date(2026, 11, 20),
            van_behandelaar: false,
        }),
        swv_advies_uiterlijk: None,
        documenten: Vec::new(),
    };
    let l = store.leerplicht();
    // 5 onder a asks the SWV, with the date the leerplicht needs the advice by.
    let zonder = l.vraag_vrijstelling(&lp, &v, dag, "/t").await;
    assert!(matches!(zonder, Err(StoreError::Ongeldig(_))), "{zonder:?}");
    v.swv_advies_uiterlijk = Some(date(2026, 12, 21));
    let id = l.vraag_vrijstelling(&lp, &v, dag, "/t").await.unwrap();
    // The child is 10 and lives in Nieuwegein: its PO SWV is asked.
    let open = l.open_adviesvragen("PO2605").await.unwrap();
    assert_eq!(
        (open.len(), open[0].vrijstelling_id, open[0].uiterlijk),
        (1, id, date(2026, 12, 21))
    );
    let refused = l.beslis_vrijstelling(&lp, id, true, dag, "/t").await;
    assert!(
        matches!(&refused, Err(StoreError::Ongeldig(m)) if m.contains("advies van het samenwerkingsverband")),
        "{refused:?}"
    );
    // The leerplicht cannot write it, another SWV does not see it, the SWV asked does.
    let typed = l.geef_advies(&lp, id, "ik typ het wel", dag, "/t").await;
    assert!(
        matches!(&typed, Err(StoreError::Ongeldig(m)) if m.contains("alleen het gevraagde samenwerkingsverband")),
        "{typed:?}"
    );
    let vo = als(store, "swv-vo", Rol::Swv, "VO2605").await;
    assert!(matches!(
        l.geef_advies(&vo, id, "x", dag, "/t").await,
        Err(StoreError::NietGevonden { .. })
    ));
    let po = als(store, "swv-po", Rol::Swv, "PO2605").await;
    // The advice is the asked SWV's task (Mijn werk), due by the named date; not the other's.
    let taken = |wie| super::taken_van(store, wie, dag, TaakSoort::VrijstellingAdviseren);
    assert_eq!(
        taken(&po).await,
        vec![(
            format!("/vrijstellingsadviezen/{id}"),
            Some(date(2026, 12, 21))
        )]
    );
    assert!(taken(&vo).await.is_empty());
    let vraag = l.adviesvraag_voor(&po, id, dag, "/t").await.unwrap();
    assert_eq!(
        (vraag.naam.as_str(), vraag.leeftijd),
        ("Sanne van den Berg", 10)
    );
    assert!(
        matches!(
            store.dossier_voor(&po, leerling, dag, "/t").await,
            Err(StoreError::NietGevonden { .. })
        ),
        "the request gives no dossier"
    );
    assert!(l.geef_advies(&po, id, " ", dag, "/t").await.is_err());
    l.geef_advies(&po, id, "Onderwijs is nu niet haalbaar", dag, "/t")
        .await
        .unwrap();
    assert!(l.open_adviesvragen("PO2605").await.unwrap().is_empty());
    assert!(taken(&po).await.is_empty(), "done by giving the advice");
    let gegeven = l
        .adviesvraag_voor(&po, id, dag, "/t")
        .await
        .unwrap()
        .advies
        .gegeven;
    assert_eq!(
        gegeven,
        Some((
            "Onderwijs is nu niet haalbaar".into(),
            dag,
            Some("swv-po (test)".into())
        ))
    );
    l.beslis_vrijstelling(&lp, id, true, dag, "/t")
        .await
        .unwrap();
}
