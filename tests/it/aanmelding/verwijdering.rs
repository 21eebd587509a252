//! A verwijdering from a basisschool needs the teacher and the parents heard, reasons and
//! another school (WPO art. 40 lid 11, art. 63 lid 2).

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
    // A basisschool (WPO): the teacher, the reasons, the parents and another school, for
    // every pupil; each refusal names its article.
    let alles =
        "leraar_gehoord=ja&ouders_gehoord=ja&reden=Herhaald+geweld&andere_school=SBO+De+Brug";
    for (zonder, fout) in [
        (
            "leraar_gehoord=ja",
            "hoort het bevoegd gezag de betrokken leraar (WPO art. 40 lid 11)",
        ),
        (
            "reden=Herhaald+geweld",
            "met opgave van redenen (WPO art. 63 lid 2)",
        ),
        (
            "ouders_gehoord=ja",
            "worden de ouders gehoord (WPO art. 63 lid 2)",
        ),
        (
            "andere_school=SBO+De+Brug",
            "andere school bereid is de leerling toe te laten (WPO art. 40 lid 11, voor elke leerling)",
        ),
    ] {
        let velden = alles.replace(zonder, "");
        let r = post_form(
            store,
            &url,
            Some(&ib),
            &format!("csrf={csrf}&datum={date}&{velden}&stem_kind=gehoord&bevestigd=ja"),
        )
        .await;
        assert!(r.body.contains(fout), "zonder {zonder}: {}", r.body);
    }
    let ok = post_form(
        store,
        &url,
        Some(&ib),
        &format!("csrf={csrf}&datum={date}&{alles}&stem_kind=gehoord&bevestigd=ja"),
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
