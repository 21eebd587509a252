//! A verwijdering needs the teacher heard and another school.

use super::*;

#[tokio::test]
async fn a_verwijdering_needs_the_teacher_heard_and_another_school() {
    use passend_domain::VestigingCode;
    let db = demo_sqlite().await;
    let store = &db.store;
    let today = passend_web::vandaag();
    let pupil = store
        .leerlingen_van_vestiging(&VestigingCode::parse("90AA00").unwrap(), today)
        .await
        .unwrap()[12]
        .id;
    let ib = sign_in(store, "ib").await;
    let csrf = csrf_of(
        &get(store, &format!("/leerlingen/{}", pupil.0), Some(&ib))
            .await
            .body,
    );
    let url = format!("/leerlingen/{}/verwijdering", pupil.0);
    let date = today + jiff::ToSpan::days(10);
    let no_teacher = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&datum={date}&andere_school=SBO+De+Brug&stem_kind=gehoord&bevestigd=ja"
        ),
    )
    .await;
    assert!(
        no_teacher
            .body
            .contains("hoort het bevoegd gezag de leraar"),
        "{}",
        no_teacher.body
    );
    let no_school = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&datum={date}&leraar_gehoord=ja&andere_school=&stem_kind=gehoord&bevestigd=ja"),
    )
    .await;
    assert!(
        no_school.body.contains("andere school bereid"),
        "{}",
        no_school.body
    );
    let ok = post_form(
        store,
        &url,
        Some(&ib),
        &format!(
            "csrf={csrf}&datum={date}&leraar_gehoord=ja&andere_school=SBO+De+Brug&stem_kind=gehoord&bevestigd=ja"
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let d = store.leerling_dossier(pupil).await.unwrap();
    assert_eq!(
        d.inschrijvingen
            .iter()
            .find(|i| i.vestiging_code == "90AA00")
            .unwrap()
            .tot,
        Some(date)
    );
    db.finish().await;
}
