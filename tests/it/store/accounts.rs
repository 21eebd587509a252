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
    store.accounts().create_account(&new).await.unwrap();
    let ok = store
        .accounts()
        .verify_password("ib", "correct horse battery")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ok.rollen[0].rol, Rol::Swv);
    assert!(
        store
            .accounts()
            .verify_password("ib", "wrong horse battery")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .accounts()
            .verify_password("nobody", "correct horse battery")
            .await
            .unwrap()
            .is_none()
    );
    let dup = store.accounts().create_account(&new).await.unwrap_err();
    assert!(matches!(dup, StoreError::Conflict(_)));
    let short = NewAccount {
        gebruikersnaam: "x".into(),
        wachtwoord: "kort".into(),
        ..new.clone()
    };
    assert!(matches!(
        store.accounts().create_account(&short).await,
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
        store.accounts().create_account(&unscoped).await,
        Err(StoreError::Ongeldig(_))
    ));
}

/// `passend init`'s beheerder: made once, with a one-time password that must be changed;
/// changing it needs the current one, clears the obligation and ends other sessions.
pub(super) async fn the_first_beheerder_changes_the_one_time_password(store: &Store) {
    assert!(!store.accounts().heeft_beheerder().await.unwrap());
    let eenmalig = store
        .accounts()
        .maak_eerste_beheerder("beheerder")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(eenmalig.chars().count(), 20);
    assert_eq!(
        store
            .accounts()
            .maak_eerste_beheerder("beheerder")
            .await
            .unwrap(),
        None,
        "only once"
    );
    let account = store
        .accounts()
        .verify_password("beheerder", &eenmalig)
        .await
        .unwrap()
        .unwrap();
    assert!(account.wachtwoord_wijzigen);
    let andere = store.accounts().create_session(account.id).await.unwrap();
    let deze = store.accounts().create_session(account.id).await.unwrap();
    let fout = store
        .accounts()
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
            .accounts()
            .wijzig_wachtwoord(account.id, &eenmalig, "kort", Some(&deze))
            .await
            .is_err()
    );
    store
        .accounts()
        .wijzig_wachtwoord(
            account.id,
            &eenmalig,
            "een nieuw lang wachtwoord",
            Some(&deze),
        )
        .await
        .unwrap();
    assert!(
        !store
            .accounts()
            .account(account.id)
            .await
            .unwrap()
            .wachtwoord_wijzigen
    );
    assert!(
        store
            .accounts()
            .verify_password("beheerder", &eenmalig)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .accounts()
            .session_account(&deze)
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .accounts()
            .session_account(&andere)
            .await
            .unwrap()
            .is_none(),
        "other sessions end"
    );
}
