//! The beheerder sets up the region in the browser (issue 19 parts 2 and 6): organisations
//! and school holidays uploaded as files, refused whole with every problem named.

use super::{Reply, csrf_of, get, send, sign_in};
use crate::support::demo_sqlite;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use passend_store::Store;

async fn upload(
    store: &Store,
    cookie: &str,
    pad: &str,
    csrf: &str,
    naam: &str,
    inhoud: &str,
) -> Reply {
    let grens = "----passendgrens";
    let body = format!(
        "--{grens}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{grens}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"{naam}\"\r\nContent-Type: text/plain\r\n\r\n{inhoud}\r\n\
         --{grens}--\r\n"
    );
    let req = Request::post(pad)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={grens}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(store, req).await
}

const KOP: &str = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n";

#[tokio::test]
async fn the_beheerder_loads_organisations_and_holidays() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let beheerder = sign_in(store, "beheerder").await;
    let pagina = get(store, "/beheer/inrichting", Some(&beheerder)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(
        pagina
            .body
            .contains("Bekende schooljaren: 2024-2025, 2025-2026.")
    );
    let csrf = csrf_of(&pagina.body);

    let fout = format!(
        "{KOP}41000,Stichting Lek,9XAA,00,De Boog,bao,Dorpsstraat,1,3431AB,Nieuwegein,0356,\n"
    );
    let geweigerd = upload(
        store,
        &beheerder,
        "/beheer/inrichting/organisaties",
        &csrf,
        "org.csv",
        &fout,
    )
    .await;
    assert_eq!(geweigerd.status, StatusCode::BAD_REQUEST);
    assert!(
        geweigerd
            .body
            .contains("<li>regel 2, kolom brin: &#39;9XAA&#39; is geen BRIN-nummer"),
        "{}",
        geweigerd.body
    );

    let kalender = r#"{"content": [{"schoolyear": "2026-2027", "vacations": [{"type": "Kerstvakantie", "regions": [
      {"region": "heel Nederland", "startdate": "2026-12-19T00:00:00.000Z", "enddate": "2027-01-03T00:00:00.000Z"}]}]}]}"#;
    let geladen = upload(
        store,
        &beheerder,
        "/beheer/inrichting/kalender",
        &csrf,
        "vakanties.json",
        kalender,
    )
    .await;
    assert_eq!(geladen.status, StatusCode::OK, "{}", geladen.body);
    assert!(
        geladen.body.contains(
            "Schoolvakanties ingelezen voor schooljaar 2026-2027 (noord, midden en zuid)."
        )
    );
    assert!(
        geladen
            .body
            .contains("Bekende schooljaren: 2024-2025, 2025-2026, 2026-2027.")
    );

    // A school's staff member does not have the page at all.
    let ib = sign_in(store, "ib").await;
    assert_eq!(
        get(store, "/beheer/inrichting", Some(&ib)).await.status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}
