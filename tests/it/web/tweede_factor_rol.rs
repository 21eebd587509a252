//! The beheerder requires a second factor per role on `/beheer/tweede-factor`; a user in
//! such a role without one is sent to set it up before anything else, an API key keeps
//! working, and the page does not exist for anyone but the beheerder. Both databases.

use super::tweede_factor::{account, stel_in};
use super::{csrf_of, get, post_form, try_sign_in};
use crate::access::api_get;
use crate::support::{TestDb, contract_db};
use axum::http::StatusCode;
use passend_domain::Rol;

const PAGINA: &str = "/beheer/tweede-factor";

async fn a_role_that_requires_a_second_factor_sends_its_users_to_set_it_up(db: &TestDb) {
    let store = &db.store;
    let ib = account(store, "ib", Rol::School, Some("90AA00")).await;
    account(store, "beheer", Rol::Beheerder, None).await;
    account(store, "ouder", Rol::Ouder, Some("1")).await;
    let wachtwoord = "een+lang+wachtwoord";
    let sign_in = |naam: &'static str| async move {
        try_sign_in(store, naam, wachtwoord).await.cookie.unwrap()
    };
    let (ib_cookie, beheer, ouder_cookie) = (
        sign_in("ib").await,
        sign_in("beheer").await,
        sign_in("ouder").await,
    );
    let sleutel = store
        .accounts()
        .create_api_sleutel(ib, "rooster")
        .await
        .unwrap();

    assert_eq!(
        get(store, PAGINA, Some(&ib_cookie)).await.status,
        StatusCode::NOT_FOUND
    );
    let pagina = get(store, PAGINA, Some(&beheer)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(
        pagina
            .body
            .contains(r#"id="rol-school" name="school" value="ja">"#),
        "not required by default"
    );
    assert!(
        !pagina.body.contains("rol-ouder"),
        "parents are not offered"
    );
    let csrf = csrf_of(&pagina.body);
    // A role that cannot require one: the message beside the boxes, the choice kept, nothing stored.
    let reply = post_form(
        store,
        PAGINA,
        Some(&beheer),
        &format!("csrf={csrf}&school=ja&ouder=ja"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains(
        r#"<p id="rollen-fout" class="fout">voor de rol ouder of verzorger kan geen tweede factor worden vereist</p>"#
    ));
    assert!(reply.body.contains(r#"name="school" value="ja" checked"#));
    assert!(
        store
            .accounts()
            .tweede_factor_rollen()
            .await
            .unwrap()
            .is_empty()
    );
    let reply = post_form(
        store,
        PAGINA,
        Some(&beheer),
        &format!("csrf={csrf}&school=ja&beheerder=ja"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("De keuze is opgeslagen."));
    assert!(reply.body.contains(r#"name="school" value="ja" checked"#));
    assert!(reply.body.contains(r#"name="swv" value="ja">"#));

    // A new sign-in goes there at once; and for a session that was already open, every
    // page leads there.
    assert_eq!(
        try_sign_in(store, "ib", wachtwoord)
            .await
            .location
            .as_deref(),
        Some("/account/tweede-factor")
    );
    // The school user: every page leads to setting up the second factor, except signing out.
    let elders = get(store, "/account/api-sleutels", Some(&ib_cookie)).await;
    assert_eq!(elders.location.as_deref(), Some("/account/tweede-factor"));
    let instellen = get(store, "/account/tweede-factor", Some(&ib_cookie)).await;
    assert!(
        instellen
            .body
            .contains("Voor uw rol is een tweede factor verplicht.")
    );
    // An API key is a credential of its own: it works meanwhile.
    assert_eq!(
        api_get(store, "/api/v1/leerlingen", Some(&sleutel))
            .await
            .status,
        StatusCode::OK
    );
    stel_in(store, &ib_cookie).await;
    assert_eq!(
        get(store, "/account/api-sleutels", Some(&ib_cookie))
            .await
            .status,
        StatusCode::OK
    );
    // The beheerder's own role now requires one too; a parent's never does.
    let beheer_elders = get(store, "/beheer/audit", Some(&beheer)).await;
    assert_eq!(
        beheer_elders.location.as_deref(),
        Some("/account/tweede-factor")
    );
    assert_eq!(
        get(store, "/account/api-sleutels", Some(&ouder_cookie))
            .await
            .status,
        StatusCode::OK
    );
}

contract_db!(a_role_that_requires_a_second_factor_sends_its_users_to_set_it_up);
