//! Dossier reads and school changes in the audit log and on the parents' page.

use super::*;

#[tokio::test]
async fn dossier_reads_are_audited_and_shown_to_the_parent() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let leerplicht = sign_in(store, "leerplicht").await;
    let ouder = sign_in(store, "ouder").await;
    let mine = get(store, "/mijn-kinderen", Some(&ouder)).await;
    let first = mine.body.split("href=\"/leerlingen/").nth(1).unwrap();
    let id: i64 = first[..first.find('"').unwrap()].parse().unwrap();
    let dossier = store.leerling_dossier(LeerlingId(id)).await.unwrap();
    let before = store.inzage(LeerlingId(id)).await.unwrap().len();
    if dossier.gemeente == "Nieuwegein" {
        assert_eq!(
            get(store, &format!("/leerlingen/{id}"), Some(&leerplicht))
                .await
                .status,
            StatusCode::OK
        );
    }
    let page = get(store, &format!("/leerlingen/{id}"), Some(&ouder)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Wie heeft dit dossier bekeken?"));
    assert!(page.body.contains("ouder of verzorger"));
    let after = store.inzage(LeerlingId(id)).await.unwrap();
    let expected_new = 1 + usize::from(dossier.gemeente == "Nieuwegein");
    assert_eq!(after.len(), before + expected_new);
    // A refused read is not a read: nothing is logged for it.
    let opr = sign_in(store, "opr").await;
    get(store, &format!("/leerlingen/{id}"), Some(&opr)).await;
    assert_eq!(
        store.inzage(LeerlingId(id)).await.unwrap().len(),
        after.len()
    );
    db.finish().await;
}

#[tokio::test]
async fn a_school_read_and_change_appear_in_the_audit_log_and_on_the_parents_page() {
    use passend_domain::{Rol, VestigingCode};
    use sqlx::{Connection, Row};
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[0]
        .clone();
    let id = pupil.id.0;
    let ib = sign_in(store, "ib").await;
    let dossier = get(store, &format!("/leerlingen/{id}"), Some(&ib)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let csrf = csrf_of(&dossier.body);
    // A wrong postcode is refused with a Dutch message and changes nothing.
    let bad = post_form(
        store,
        &format!("/leerlingen/{id}/adres"),
        Some(&ib),
        &format!("csrf={csrf}&postcode=1000AA"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("postcode 1000 komt niet voor in de regio-indeling")
    );
    assert_eq!(
        store
            .leerling_dossier(pupil.id)
            .await
            .unwrap()
            .leerling
            .postcode,
        pupil.postcode
    );
    let new = if pupil.postcode.starts_with("3437") {
        "3438 KL"
    } else {
        "3437 KL"
    };
    let moved = post_form(
        store,
        &format!("/leerlingen/{id}/adres"),
        Some(&ib),
        &format!("csrf={csrf}&postcode={}", new.replace(' ', "+")),
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(
        store
            .leerling_dossier(pupil.id)
            .await
            .unwrap()
            .leerling
            .postcode,
        new
    );
    // The beheerder finds both, with the changed field named but not its value.
    let beheerder = sign_in(store, "beheerder").await;
    let log = get(
        store,
        &format!("/beheer/audit?leerling={id}"),
        Some(&beheerder),
    )
    .await;
    assert!(log.body.contains("2 regels gevonden"), "{}", log.body);
    assert!(log.body.contains("<td>wijzigen</td>") && log.body.contains("<td>postcode</td>"));
    assert!(
        !log.body.contains(new),
        "the new value is not copied into the log"
    );
    // A parent of this pupil sees the school's read and change on the child's page.
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    let ouder: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT ouder_id FROM ouder_leerling WHERE leerling_id = {id} LIMIT 1"
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    store
        .accounts()
        .create_account(&passend_store::NewAccount {
            gebruikersnaam: "ouder-p".into(),
            weergavenaam: "Ouder P".into(),
            wachtwoord: "demo-ouder-p-2026".into(),
            rollen: vec![passend_store::AccountRol {
                rol: Rol::Ouder,
                scope: Some(ouder.to_string()),
            }],
        })
        .await
        .unwrap();
    let parent = sign_in(store, "ouder-p").await;
    let page = get(store, &format!("/leerlingen/{id}"), Some(&parent)).await;
    assert!(page.body.contains("Wie heeft dit dossier bekeken?"));
    let school_name = store
        .organisaties()
        .vestiging(&VestigingCode::parse("90AA00").unwrap())
        .await
        .unwrap()
        .vestiging
        .naam;
    for text in [
        "school (intern begeleider)",
        school_name.as_str(),
        "heeft het dossier bekeken",
        "heeft gegevens gewijzigd",
    ] {
        assert!(page.body.contains(text), "parent page lacks '{text}'");
    }
    assert!(
        !page.body.contains("Adres wijzigen"),
        "a parent cannot change the address"
    );
    db.finish().await;
}
