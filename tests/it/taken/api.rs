//! `GET /api/v1/taken` (scoped, paged, 400 on bad paging) and the signed-in start page of
//! work, `/mijn-werk`, with overdue tasks first (the public `/` links to it).

use super::*;
use crate::access::api_get;
use crate::vijandig::sleutel;
use crate::web::{get, sign_in, with_router};
use axum::http::StatusCode;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_lists_the_own_tasks_a_page_at_a_time() {
    let db = demo_sqlite().await;
    let store = &db.store;
    with_router(store, async {
        let today = passend_web::vandaag();
        let ib = sleutel(store, "ib").await;
        let eigen = taken(store, &als(store, Rol::School, "90AA00").await, today).await;
        assert!(eigen.len() >= 3);
        let een = api_get(store, "/api/v1/taken?paginaGrootte=2", Some(&ib)).await;
        assert_eq!(een.status, StatusCode::OK, "{}", een.body);
        let een = json(&een.body);
        assert_eq!(een["totaal"], eigen.len());
        assert_eq!(een["taken"].as_array().unwrap().len(), 2);
        assert_eq!(een["taken"][0]["pagina"], eigen[0].link.as_str());
        assert!(
            een["_links"]["next"]["href"]
                .as_str()
                .unwrap()
                .contains("pagina=2")
        );
        let twee = json(
            &api_get(store, "/api/v1/taken?pagina=2&paginaGrootte=2", Some(&ib))
                .await
                .body,
        );
        assert_eq!(twee["taken"][0]["pagina"], eigen[2].link.as_str());
        // The school's decision is no task of the other SWV, and the inspectie has none.
        for user in ["swv-vo", "inspectie"] {
            let k = sleutel(store, user).await;
            let r = json(
                &api_get(store, "/api/v1/taken?paginaGrootte=200", Some(&k))
                    .await
                    .body,
            );
            let soorten: Vec<&str> = r["taken"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["soort"].as_str().unwrap())
                .collect();
            assert!(
                !soorten.contains(&"aanmelding-beslissen"),
                "{user}: {soorten:?}"
            );
        }
        for fout in [
            "paginaGrootte=0",
            "paginaGrootte=201",
            "pagina=0",
            "pagina=x",
        ] {
            let r = api_get(store, &format!("/api/v1/taken?{fout}"), Some(&ib)).await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{fout}");
            assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
        }
        let zonder = api_get(store, "/api/v1/taken", None).await;
        assert_eq!(zonder.status, StatusCode::UNAUTHORIZED);
    })
    .await;
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_start_page_of_work_shows_overdue_tasks_first() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cookie = sign_in(store, "ib").await;
    let start = get(store, "/", Some(&cookie)).await;
    assert!(start.body.contains("<a href=\"/mijn-werk\">Mijn werk</a>"));
    let page = get(store, "/mijn-werk", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    let tabel = &page.body[page.body.find("<table id=\"taken\">").expect("Mijn werk")..];
    let tabel = &tabel[..tabel.find("</table>").unwrap()];
    // One flag per row, in the page's order: overdue or not.
    let rijen: Vec<bool> = tabel
        .split("<tr class=\"taak")
        .skip(1)
        .map(|r| r.starts_with(" te-laat\""))
        .collect();
    assert!(rijen.contains(&true) && rijen.contains(&false), "{rijen:?}");
    let eerste_niet = rijen.iter().position(|t| !t).unwrap();
    assert!(
        rijen[eerste_niet..].iter().all(|t| !t),
        "overdue first: {rijen:?}"
    );
    // In Dutch words and nl-NL dates, with a link to where the step is done.
    assert!(tabel.contains("Beslissen over een aanmelding"));
    assert!(tabel.contains("href=\"/aanmeldingen/"));
    let d = passend_web::vandaag();
    assert!(!tabel.contains(&d.to_string()), "no ISO dates");
    // Signed out: no link, and the page itself asks to sign in.
    assert!(
        !get(store, "/", None)
            .await
            .body
            .contains("href=\"/mijn-werk\"")
    );
    let anoniem = get(store, "/mijn-werk", None).await;
    assert_eq!(anoniem.location.as_deref(), Some("/aanmelden"));
    db.finish().await;
}
