//! Reference data, the SWV from the postcode, the complete demo region.

use super::*;

pub(super) async fn reference_data_is_loaded(store: &Store) {
    let o = store.organisaties().overzicht().await.unwrap();
    assert_eq!(o.swvs, 150);
    assert_eq!(o.leerlingen, 0);
    let swvs = store.organisaties().list_swvs().await.unwrap();
    let po2605 = swvs.iter().find(|s| s.code == "PO2605").unwrap();
    assert_eq!((po2605.gemeenten, po2605.postcodes), (5, 33));
    // A gemeente split over two PO-SWVs shows part of its postcodes in each.
    let detail = store
        .organisaties()
        .swv(&SwvCode::parse("PO2808").unwrap())
        .await
        .unwrap();
    let rotterdam = detail
        .gemeenten
        .iter()
        .find(|g| g.1 == "Rotterdam")
        .unwrap();
    assert!(rotterdam.2 < rotterdam.3, "{rotterdam:?}");
    let missing = store
        .organisaties()
        .swv(&SwvCode::parse("PO9999").unwrap())
        .await;
    assert!(matches!(missing, Err(StoreError::NietGevonden { .. })));
}

pub(super) async fn vestiging_swv_follows_from_postcode(store: &Store) {
    assert_eq!(
        school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao)
            .await
            .as_str(),
        "PO2605"
    );
    assert_eq!(
        school_with_vestiging(store, "12AC00", "3431AB", Schoolsoort::Vo)
            .await
            .as_str(),
        "VO2605"
    );
    // An explicit SWV of the wrong sector is refused.
    let wrong = store
        .organisaties()
        .create_vestiging(&NewVestiging {
            code: VestigingCode::parse("12AB01").unwrap(),
            naam: "Dependance".into(),
            schoolsoort: Schoolsoort::Bao,
            postcode: Postcode::parse("3431AB").unwrap(),
            plaats: "Nieuwegein".into(),
            swv: Some(SwvCode::parse("VO2605").unwrap()),
        })
        .await;
    assert!(matches!(wrong, Err(StoreError::Ongeldig(_))));
    let detail = store
        .organisaties()
        .vestiging(&VestigingCode::parse("12AB00").unwrap())
        .await
        .unwrap();
    assert_eq!(detail.vestiging.swv_code, "PO2605");
    assert!(!detail.swv_handmatig);
}

pub(super) async fn demo_region_is_complete(store: &Store) {
    let report = store.create_demo().await.unwrap();
    assert_eq!(report.leerlingen, 15_000);
    assert_eq!(report.vestigingen, 61, "with the EDEXML example school");
    assert!(matches!(
        store.create_demo().await,
        Err(StoreError::NietLeeg)
    ));
    let o = store.organisaties().overzicht().await.unwrap();
    assert_eq!((o.leerlingen, o.vestigingen, o.besturen), (15_000, 61, 7));
    assert_eq!(o.ouders as usize, report.ouders);
    // Every role has an account that can sign in with the printed password.
    for rol in Rol::ALL {
        let a = report
            .accounts
            .iter()
            .find(|a| a.rol == rol)
            .unwrap_or_else(|| panic!("{rol}"));
        let account = store
            .accounts()
            .verify_password(&a.gebruikersnaam, &a.wachtwoord)
            .await
            .unwrap();
        assert!(account.is_some(), "{}", a.gebruikersnaam);
    }
    // All sorts are there; special education is a few percent.
    let vestigingen = store.organisaties().list_vestigingen(None).await.unwrap();
    for soort in Schoolsoort::ALL {
        assert!(
            vestigingen.iter().any(|v| v.schoolsoort == soort.as_str()),
            "{soort}"
        );
    }
    // Every demo school has enough pupils for its count to be published as it is.
    let n = |v: &passend_store::VestigingRegel| v.leerlingen.waarde().expect("a large school");
    let special: u64 = vestigingen
        .iter()
        .filter(|v| matches!(v.schoolsoort.as_str(), "sbo" | "so" | "vso"))
        .map(n)
        .sum();
    let enrolled: u64 = vestigingen.iter().map(n).sum();
    // One pupil left school without a new one: the demo's absoluut-verzuim case.
    assert_eq!(enrolled, 14_999);
    assert_eq!(report.zaken, 7);
    assert_eq!(report.aanmeldingen, 7);
    assert!(
        (2..=8).contains(&(special * 100 / enrolled)),
        "{special} of {enrolled}"
    );
    let po = store
        .organisaties()
        .swv(&SwvCode::parse("PO2605").unwrap())
        .await
        .unwrap();
    let woonachtig = po.woonachtig.waarde().unwrap();
    assert!(woonachtig > 14_000 && woonachtig < 15_000, "{woonachtig}");
}
