//! An account with two roles: switching, and the scope that follows.

use super::*;

#[tokio::test]
async fn an_account_with_two_roles_switches_and_its_scope_follows() {
    use passend_domain::Rol;
    use passend_store::{AccountRol, NewAccount};
    let db = demo_sqlite().await;
    let store = &db.store;
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: "tweerollen".into(),
            weergavenaam: "Twee Rollen".into(),
            wachtwoord: "demo-tweerollen-2026".into(),
            rollen: vec![
                AccountRol {
                    rol: Rol::Ouder,
                    scope: Some("1".into()),
                },
                AccountRol {
                    rol: Rol::Inspectie,
                    scope: None,
                },
            ],
        })
        .await
        .unwrap();
    let cookie = sign_in(store, "tweerollen").await;
    let start = get(store, "/", Some(&cookie)).await;
    assert!(
        start
            .body
            .contains("<option value=\"0\" selected>ouder of verzorger (1)</option>")
    );
    let mine = get(store, "/mijn-kinderen", Some(&cookie)).await;
    let first = mine
        .body
        .split("href=\"/leerlingen/")
        .nth(1)
        .expect("a child");
    let child = &first[..first.find('"').unwrap()];
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::OK
    );
    // A role that is not the account's is refused and changes nothing.
    let csrf = csrf_of(&start.body);
    let bad = post_form(
        store,
        "/account/rol",
        Some(&cookie),
        &format!("csrf={csrf}&rol=5"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::OK
    );
    // As inspectie the same session sees no single child.
    let switch = post_form(
        store,
        "/account/rol",
        Some(&cookie),
        &format!("csrf={csrf}&rol=1"),
    )
    .await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert!(
        get(store, "/", Some(&cookie))
            .await
            .body
            .contains("<option value=\"1\" selected>inspectie</option>")
    );
    assert_eq!(
        get(store, &format!("/leerlingen/{child}"), Some(&cookie))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    db.finish().await;
}

/// Makes an account with one role and signs it in: (account id, session cookie).
pub async fn account_in_role(
    store: &Store,
    naam: &str,
    rol: passend_domain::Rol,
    scope: Option<&str>,
) -> (i64, String) {
    let id = store
        .accounts()
        .create_account(&passend_store::NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: format!("demo-{naam}-2026"),
            rollen: vec![passend_store::AccountRol {
                rol,
                scope: scope.map(String::from),
            }],
        })
        .await
        .unwrap();
    (id, sign_in(store, naam).await)
}
