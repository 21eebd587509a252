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

/// `passend init`'s beheerder: made once, with a one-time password that must be changed;
/// changing it needs the current one, clears the obligation and ends other sessions.
pub(super) async fn the_first_beheerder_changes_the_one_time_password(store: &Store) {
    assert!(!store.heeft_beheerder().await.unwrap());
    let eenmalig = store
        .maak_eerste_beheerder("beheerder")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(eenmalig.chars().count(), 20);
    assert_eq!(
        store.maak_eerste_beheerder("beheerder").await.unwrap(),
        None,
        "only once"
    );
    let account = store
        .verify_password("beheerder", &eenmalig)
        .await
        .unwrap()
        .unwrap();
    assert!(account.wachtwoord_wijzigen);
    let andere = store.create_session(account.id).await.unwrap();
    let deze = store.create_session(account.id).await.unwrap();
    let fout = store
        .wijzig_wachtwoord(
            account.id,
            "geraden",
            "een nieuw lang wachtwoord",
            Some(&deze),
        )
        .await
        .unwrap_err();
    assert_eq!(fout.to_string(), "het huidige wachtwoord klopt niet");
    assert!(
        store
            .wijzig_wachtwoord(account.id, &eenmalig, "kort", Some(&deze))
            .await
            .is_err()
    );
    store
        .wijzig_wachtwoord(
            account.id,
            &eenmalig,
            "een nieuw lang wachtwoord",
            Some(&deze),
        )
        .await
        .unwrap();
    assert!(!store.account(account.id).await.unwrap().wachtwoord_wijzigen);
    assert!(
        store
            .verify_password("beheerder", &eenmalig)
            .await
            .unwrap()
            .is_none()
    );
    assert!(store.session_account(&deze).await.unwrap().is_some());
    assert!(
        store.session_account(&andere).await.unwrap().is_none(),
        "other sessions end"
    );
}
