//! Accounts verify their passwords.

use super::*;

pub(super) async fn accounts_verify_passwords(store: &Store) {
    let new = NewAccount {
        gebruikersnaam: "ib".into(),
        weergavenaam: "Intern begeleider".into(),
        wachtwoord: "correct horse battery".into(),
        rollen: vec![AccountRol {
            rol: Rol::Swv,
            scope: Some("PO2605".into()),
        }],
    };
    store.create_account(&new).await.unwrap();
    let ok = store
        .verify_password("ib", "correct horse battery")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ok.rollen[0].rol, Rol::Swv);
    assert!(
        store
            .verify_password("ib", "wrong horse battery")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .verify_password("nobody", "correct horse battery")
            .await
            .unwrap()
            .is_none()
    );
    let dup = store.create_account(&new).await.unwrap_err();
    assert!(matches!(dup, StoreError::Conflict(_)));
    let short = NewAccount {
        gebruikersnaam: "x".into(),
        wachtwoord: "kort".into(),
        ..new.clone()
    };
    assert!(matches!(
        store.create_account(&short).await,
        Err(StoreError::Ongeldig(_))
    ));
    let unscoped = NewAccount {
        gebruikersnaam: "y".into(),
        rollen: vec![AccountRol {
            rol: Rol::School,
            scope: None,
        }],
        ..new
    };
    assert!(matches!(
        store.create_account(&unscoped).await,
        Err(StoreError::Ongeldig(_))
    ));
}
