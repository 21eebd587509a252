//! Verdeelmodel payments and the reserve warning.

use super::*;

#[tokio::test]
async fn verdeelmodel_payments_add_up_to_the_cent_and_a_board_sees_its_own() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    let b = store
        .geld()
        .betalingen(
            &swv,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert!(b.probleem.is_none(), "{:?}", b.probleem);
    let budget = b.budget.unwrap();
    let scholen: Decimal = b.scholen.iter().map(|s| s.totaal).sum();
    let besturen: Decimal = b.per_bestuur.iter().map(|(.., t)| *t).sum();
    assert_eq!(scholen, besturen);
    assert_eq!(scholen + b.eigen_taken.unwrap(), budget);
    assert_eq!(b.eigen_taken.unwrap(), (budget * d("0.12")).round_dp(2));
    assert!(b.scholen.iter().any(|s| s.arrangement > Decimal::ZERO));
    // The board: only its own schools, no budget.
    let bestuur = als(store, "bestuur", Rol::Bestuur, Some("90001")).await;
    let eigen = store
        .geld()
        .betalingen(
            &bestuur,
            &po(),
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert!(eigen.budget.is_none() && !eigen.scholen.is_empty());
    assert!(eigen.scholen.iter().all(|s| s.bestuur == "90001"));
    assert_eq!(eigen.per_bestuur.len(), 1);
    let ontvangen = store
        .geld()
        .ontvangen_per_swv(
            &bestuur,
            sj("2027-2028"),
            Some(sj("2015-2016")),
            AfdrachtNaar::Tlv,
        )
        .await
        .unwrap();
    assert_eq!(
        ontvangen.iter().find(|o| o.swv == po()).unwrap().totaal,
        Some(eigen.per_bestuur[0].2)
    );
    // A bad share changes nothing.
    let fout = store
        .geld()
        .bewaar_verdeelmodel(
            &swv,
            &po(),
            sj("2027-2028"),
            &passend_domain::bekostiging::verdeelmodel::Verdeelmodel {
                eigen_taken: d("1.5"),
                per_leerling: d("0.5"),
            },
            "",
            "test",
        )
        .await
        .unwrap_err()
        .to_string();
    assert!(fout.contains("eigen taken"), "{fout}");
    let m = store
        .geld()
        .verdeelmodel(&swv, &po(), sj("2027-2028"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(m.model.eigen_taken, d("0.12"));
}

#[tokio::test]
async fn the_reserve_warning_appears_over_the_signaleringswaarde() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = als(store, "swv-po", Rol::Swv, Some("PO2605")).await;
    let jaren = store.geld().jaarcijfers(&swv, &po()).await.unwrap();
    let boven: Vec<i16> = jaren
        .iter()
        .filter(|j| j.toets.bovenmatig())
        .map(|j| j.jaar)
        .collect();
    assert_eq!(boven, vec![2024]);
    let j2024 = jaren.iter().find(|j| j.jaar == 2024).unwrap();
    // 3,5% of 9.100.000 = 318.500; the reserve 1.135.000 is 816.500 above it.
    assert_eq!(j2024.toets.signaleringswaarde, d("318500.00"));
    assert_eq!(j2024.toets.boven, d("816500.00"));
    let cookie = sign_in(store, "opr").await;
    let page = get(store, "/swv/PO2605/jaarverslag", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("de reserve van 2024 ligt boven de signaleringswaarde")
    );
    assert!(!page.body.contains("de reserve van 2025 ligt boven"));
    // The demo's reserves follow from year to year.
    assert!(!page.body.contains("Sluit niet aan"), "{}", page.body);
    // The OPR reads, but has no form to change the figures.
    assert!(!page.body.contains("Jaarcijfers vastleggen"));
    let kern = store
        .geld()
        .geld_kerncijfers(
            &als(store, "opr", Rol::Opr, Some("PO2605")).await,
            sj("2024-2025"),
        )
        .await
        .unwrap();
    assert_eq!(kern.len(), 1);
    assert_eq!(kern[0].signaleringswaarde_overschreden, Some(true));
    assert_eq!(kern[0].budget, None, "no rule set for 2024-2025");
    // A 2026 whose reserve does not follow from 2025's (290.000 + 100 − 50 = 290.050).
    store
        .geld()
        .bewaar_jaarcijfers(
            &swv,
            &po(),
            &passend_store::geld::NieuweJaarcijfers {
                jaar: 2026,
                baten: d("100.00"),
                lasten: d("50.00"),
                reserve: d("300000.00"),
            },
            "test",
        )
        .await
        .unwrap();
    let page = get(store, "/swv/PO2605/jaarverslag", Some(&cookie)).await;
    assert!(
        page.body.contains("de reserve van 2026 is € 300.000,00")
            && page.body.contains("geeft € 290.050,00"),
        "{}",
        page.body
    );
}
