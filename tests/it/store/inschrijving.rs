//! Pupils and enrolments: the dossier, refused postcodes, duplicate BSNs, overlaps.

use super::*;

pub(super) async fn pupil_dossier_has_woon_swv_and_history(store: &Store) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "34CD00", "3431AB", Schoolsoort::Sbo).await;
    // Lives in Utrecht (PO2601 area), goes to school in Nieuwegein.
    let id = store
        .create_leerling(&pupil("111222333", "3511AB"))
        .await
        .unwrap();
    let bao = VestigingCode::parse("12AB00").unwrap();
    let sbo = VestigingCode::parse("34CD00").unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(bao.clone(), date(2020, 5, 4), Some(date(2024, 8, 18))).unwrap(),
        )
        .await
        .unwrap();
    store
        .add_inschrijving(
            id,
            Inschrijving::new(sbo.clone(), date(2024, 8, 19), None).unwrap(),
        )
        .await
        .unwrap();
    let d = store.leerling_dossier(id).await.unwrap();
    assert_eq!(d.leerling.naam, "Sanne van den Berg");
    assert_eq!(d.woon_swv.po.as_str(), "PO2601");
    assert_eq!(d.gemeente, "Utrecht");
    assert_eq!(d.bsn_masked.as_deref(), Some("••••••333"));
    assert_eq!(d.inschrijvingen.len(), 2);
    assert_eq!(d.inschrijvingen[0].vestiging_code, "34CD00");
    let now = store.leerlingen_van_vestiging(&sbo, TODAY).await.unwrap();
    assert_eq!(now.iter().map(|l| l.id).collect::<Vec<_>>(), vec![id]);
    assert!(
        store
            .leerlingen_van_vestiging(&bao, TODAY)
            .await
            .unwrap()
            .is_empty()
    );
    let missing = store.leerling_dossier(LeerlingId(id.0 + 1000)).await;
    assert!(matches!(missing, Err(StoreError::NietGevonden { .. })));
}

pub(super) async fn unknown_postcode_is_refused_and_nothing_stored(store: &Store) {
    let err = store
        .create_leerling(&pupil("111222333", "1000AA"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "postcode 1000 komt niet voor in de regio-indeling van de samenwerkingsverbanden"
    );
    let europoort = store
        .create_leerling(&pupil("111222333", "3197AA"))
        .await
        .unwrap_err();
    assert!(europoort.to_string().contains("Europoort"));
    assert_eq!(
        store.organisaties().overzicht().await.unwrap().leerlingen,
        0
    );
}

pub(super) async fn duplicate_bsn_is_a_conflict(store: &Store) {
    store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let err = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert!(!err.to_string().contains("111222333"));
    assert_eq!(
        store.organisaties().overzicht().await.unwrap().leerlingen,
        1
    );
}

pub(super) async fn overlapping_enrolment_is_refused(store: &Store) {
    school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
    school_with_vestiging(store, "34CD00", "3431AB", Schoolsoort::Bao).await;
    let id = store
        .create_leerling(&pupil("111222333", "3431AB"))
        .await
        .unwrap();
    let a = VestigingCode::parse("12AB00").unwrap();
    let b = VestigingCode::parse("34CD00").unwrap();
    store
        .add_inschrijving(id, Inschrijving::new(a, date(2020, 5, 4), None).unwrap())
        .await
        .unwrap();
    let err = store
        .add_inschrijving(
            id,
            Inschrijving::new(b.clone(), date(2024, 8, 19), None).unwrap(),
        )
        .await;
    assert!(
        matches!(err, Err(StoreError::Ongeldig(ref m)) if m.contains("overlapt")),
        "{err:?}"
    );
    let unknown = store
        .add_inschrijving(
            id,
            Inschrijving::new(
                VestigingCode::parse("99ZZ00").unwrap(),
                date(2030, 1, 1),
                None,
            )
            .unwrap(),
        )
        .await;
    assert!(matches!(unknown, Err(StoreError::NietGevonden { .. })));
    assert_eq!(
        store
            .leerling_dossier(id)
            .await
            .unwrap()
            .inschrijvingen
            .len(),
        1
    );
    let _ = Brin::parse("12AB").unwrap();
}
