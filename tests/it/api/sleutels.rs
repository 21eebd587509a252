//! API keys: audited reads, revocation, a key made in the browser.

use super::*;

#[tokio::test]
async fn api_dossier_reads_are_audited_and_revoked_keys_stop_working() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let account = store
        .accounts()
        .verify_password("ouder", "demo-ouder-2026")
        .await
        .unwrap()
        .unwrap();
    let key = store
        .accounts()
        .create_api_sleutel(account.id, "test")
        .await
        .unwrap();
    let list = json(&api_get(store, "/api/v1/leerlingen", Some(&key)).await.body);
    assert_eq!(list["totaal"], 3, "the demo ouder has three children");
    let id = list["leerlingen"][0]["id"].as_i64().unwrap();
    let dossier = api_get(store, &format!("/api/v1/leerlingen/{id}"), Some(&key)).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let d = json(&dossier.body);
    assert!(d["woonSamenwerkingsverband"]["po"].is_string());
    assert!(d.get("bsn").is_none(), "the API never returns a BSN");
    let inzage = store.inzage(passend_store::LeerlingId(id)).await.unwrap();
    assert_eq!(inzage.len(), 1);
    assert_eq!(inzage[0].actie, "lezen");
    // Revoking the key ends its use at once.
    let cookie = sign_in(store, "ouder").await;
    let keys = store.accounts().api_sleutels(account.id).await.unwrap();
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let revoke = crate::web::post_form(
        store,
        "/account/api-sleutels/intrekken",
        Some(&cookie),
        &format!("csrf={csrf}&id={}", keys[0].id),
    )
    .await;
    assert_eq!(revoke.status, StatusCode::SEE_OTHER);
    assert_eq!(
        api_get(store, "/api/v1/leerlingen", Some(&key))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    db.finish().await;
}

#[tokio::test]
async fn a_key_made_in_the_browser_is_shown_once_and_works() {
    let db = demo_sqlite().await;
    let store = &db.store;
    let cookie = sign_in(store, "leerplicht").await;
    let page = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    let csrf = crate::web::csrf_of(&page.body);
    let made = crate::web::post_form(
        store,
        "/account/api-sleutels",
        Some(&cookie),
        &format!("csrf={csrf}&naam=koppeling"),
    )
    .await;
    assert_eq!(made.status, StatusCode::OK);
    let at = made.body.find("psd_").expect("the new key is shown");
    let key: String = made.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let list = json(
        &api_get(store, "/api/v1/leerlingen?paginaGrootte=5", Some(&key))
            .await
            .body,
    );
    assert!(
        list["totaal"].as_i64().unwrap() > 1000,
        "leerplicht Nieuwegein sees its residents"
    );
    let again = crate::web::get(store, "/account/api-sleutels", Some(&cookie)).await;
    assert!(again.body.contains("koppeling") && !again.body.contains(&key));
    db.finish().await;
}
