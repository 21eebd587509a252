//! The support profile and dekkend aanbod.

use super::*;

#[tokio::test]
async fn the_school_sets_its_support_profile_and_parents_read_it() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let public = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
    assert!(
        public.body.contains("leren en ontwikkelen")
            && public.body.contains("Vastgesteld op 01-03-2024")
    );
    // The demo has profiles older than four years: the page says so.
    let mut found_old = false;
    for code in ["90AE00", "90AJ00", "90AO00", "90AT00"] {
        let p = get(
            store,
            &format!("/scholen/{code}/ondersteuningsprofiel"),
            None,
        )
        .await;
        found_old |= p.body.contains("ouder dan vier jaar");
    }
    assert!(found_old, "an out-of-date profile is flagged");
    let ib = sign_in(store, "ib").await;
    let page = get(store, "/scholen/90AA00/ondersteuningsprofiel", Some(&ib)).await;
    let csrf = csrf_of(&page.body);
    let bad = post_form(
        store,
        "/scholen/90AA00/ondersteuningsprofiel",
        Some(&ib),
        &format!("csrf={csrf}&vastgesteld=2026-01-01&niveau_0=8&plaatsen_0=1"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("niveau 8 bestaat niet"));
    let ok = post_form(
        store,
        "/scholen/90AA00/ondersteuningsprofiel",
        Some(&ib),
        &format!("csrf={csrf}&vastgesteld=2026-01-01&niveau_1=5&plaatsen_1=2"),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let after = get(store, "/scholen/90AA00/ondersteuningsprofiel", None).await;
    assert!(after.body.contains("Vastgesteld op 01-01-2026"));
    assert!(
        after
            .body
            .contains("<td>leren en ontwikkelen</td><td>5</td><td>2</td>"),
        "{}",
        after.body
    );
    db.finish().await;
}

#[tokio::test]
async fn dekkend_aanbod_shows_supply_demand_and_a_gap_and_a_child_gets_nearby_schools() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let swv = sign_in(store, "swv-po").await;
    let page = get(store, "/swv/PO2605/dekkend-aanbod", Some(&swv)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg") && page.body.contains("Niveau 7+"));
    assert!(
        page.body.contains("class=\"tekort\""),
        "the demo region has at least one gap"
    );
    let eigen_staf = passend_store::Verzoeker {
        account_id: 0,
        kijker: passend_domain::Kijker {
            rol: passend_domain::Rol::Swv,
            scope: Some("PO2605".into()),
        },
    };
    let cellen = store
        .aanbod()
        .dekkend_aanbod_voor(
            &eigen_staf,
            &passend_domain::SwvCode::parse("PO2605").unwrap(),
        )
        .await
        .unwrap()
        .cellen;
    assert!(
        cellen.iter().any(|c| c.aanbod > 0)
            && cellen
                .iter()
                .any(|c| c.vraag.waarde().is_some_and(|v| v > 0))
    );
    // A pupil in special education with a need gets schools whose profile covers it.
    let mut raw = {
        use sqlx::Connection;
        sqlx::AnyConnection::connect(&db.url).await.unwrap()
    };
    use sqlx::Row;
    let rij = sqlx::query(
        "SELECT b.leerling_id, i.vestiging_code FROM behoefte b JOIN inschrijving i ON i.leerling_id = b.leerling_id \
         WHERE b.niveau = 4 AND i.tot IS NULL ORDER BY b.leerling_id LIMIT 1",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let (pupil, vestiging): (i64, String) = (rij.get(0), rij.get(1));
    // Only for a reader of the pupil's dossier: here its own school.
    let school = store
        .systeem_verzoeker(passend_domain::Rol::School, &vestiging)
        .await
        .unwrap();
    let eigen_school = store
        .aanbod()
        .passende_scholen(
            &school,
            passend_store::LeerlingId(pupil),
            passend_web::vandaag(),
            "t",
        )
        .await
        .unwrap();
    let andere: String =
        sqlx::query("SELECT code FROM vestiging WHERE code <> $1 ORDER BY code LIMIT 1")
            .bind(&vestiging)
            .fetch_one(&mut raw)
            .await
            .unwrap()
            .get(0);
    let ander = store
        .systeem_verzoeker(passend_domain::Rol::School, &andere)
        .await
        .unwrap();
    assert!(
        store
            .aanbod()
            .passende_scholen(
                &ander,
                passend_store::LeerlingId(pupil),
                passend_web::vandaag(),
                "t"
            )
            .await
            .is_err(),
        "another school reads nothing of the pupil"
    );
    let scholen = eigen_school;
    assert!(!scholen.is_empty());
    assert!(
        scholen.windows(2).all(|w| w[0].afstand <= w[1].afstand),
        "nearest first"
    );
    db.finish().await;
}
