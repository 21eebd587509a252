//! Accounts by invitation (issue 19 part 3, first part): the beheerder makes an account
//! with a role; the person sets a password through a one-time link; a used or unknown link
//! says so; a deactivated account's sessions end at once. Both databases.

use super::{get, post_form, try_sign_in};
use crate::support::{TestDb, contract_db};
use axum::http::StatusCode;
use passend_domain::Rol;
use passend_store::AccountRol;

async fn an_invited_person_sets_a_password_once(db: &TestDb) {
    let store = &db.store;
    let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
    let school = store
        .systeem_verzoeker(Rol::School, "90AA00")
        .await
        .unwrap();
    let rol = AccountRol {
        rol: Rol::Leerplicht,
        scope: Some("0356".into()),
    };
    assert!(
        store
            .accounts()
            .nodig_uit(&school, "lpa", "L. Plicht", rol.clone())
            .await
            .is_err()
    );
    let token = store
        .accounts()
        .nodig_uit(&beheer, "lpa", "L. Plicht", rol)
        .await
        .unwrap();
    let pad = format!("/uitnodiging/{token}");
    let form = get(store, &pad, None).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("U bent uitgenodigd voor passend als <strong>lpa</strong>")
    );
    let kort = post_form(store, &pad, None, "wachtwoord=kort&herhaling=kort").await;
    assert_eq!(kort.status, StatusCode::BAD_REQUEST);
    assert!(kort.body.contains(
        r#"<p id="wachtwoord-fout" class="fout">het wachtwoord moet minstens 12 tekens hebben</p>"#
    ));
    let goed = post_form(
        store,
        &pad,
        None,
        "wachtwoord=een+eigen+wachtwoord&herhaling=een+eigen+wachtwoord",
    )
    .await;
    assert_eq!(goed.status, StatusCode::OK, "{}", goed.body);
    assert!(goed.body.contains("Uw wachtwoord is ingesteld."));
    let weer = get(store, &pad, None).await;
    assert_eq!(weer.status, StatusCode::GONE);
    assert!(weer.body.contains("deze uitnodiging is al gebruikt"));
    assert!(
        weer.body
            .contains("<a href=\"/wachtwoord-vergeten\">Vraag een nieuwe link aan</a>"),
        "a used link offers a new one"
    );
    assert_eq!(
        get(store, "/uitnodiging/onzin", None).await.status,
        StatusCode::NOT_FOUND
    );

    let aangemeld = try_sign_in(store, "lpa", "een+eigen+wachtwoord").await;
    assert_eq!(aangemeld.status, StatusCode::SEE_OTHER);
    let cookie = aangemeld.cookie.unwrap();
    assert_eq!(
        get(store, "/leerplicht", Some(&cookie)).await.status,
        StatusCode::OK
    );

    store.accounts().deactiveer(&beheer, "lpa").await.unwrap();
    let na = get(store, "/leerplicht", Some(&cookie)).await;
    assert_eq!(
        na.location.as_deref(),
        Some("/aanmelden"),
        "the session ended"
    );
    assert_eq!(
        try_sign_in(store, "lpa", "een+eigen+wachtwoord")
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

contract_db!(an_invited_person_sets_a_password_once);
