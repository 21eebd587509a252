//! Security odds and ends: the sign-in lock-out under parallel attempts.

use crate::support::contract;
use passend_domain::Rol;
use passend_store::{AanmeldUitkomst, AccountRol, MAX_FAILED_SIGN_INS, NewAccount, Store};

contract!(parallel_wrong_passwords_get_no_more_checks_than_the_lock_out_allows);

const WACHTWOORD: &str = "een lang wachtwoord";

async fn account(store: &Store, naam: &str, weergavenaam: &str) {
    store
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: weergavenaam.into(),
            wachtwoord: WACHTWOORD.into(),
            rollen: vec![AccountRol {
                rol: Rol::Beheerder,
                scope: None,
            }],
        })
        .await
        .unwrap();
}

async fn parallel_wrong_passwords_get_no_more_checks_than_the_lock_out_allows(store: &Store) {
    account(store, "ib", "IB").await;
    const POGINGEN: usize = 20;
    let attempts: Vec<_> = (0..POGINGEN)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.aanmelden("ib", "fout").await.unwrap() })
        })
        .collect();
    let (mut onjuist, mut geblokkeerd) = (0, 0);
    for attempt in attempts {
        match attempt.await.unwrap() {
            AanmeldUitkomst::Onjuist => onjuist += 1,
            AanmeldUitkomst::Geblokkeerd { .. } => geblokkeerd += 1,
            AanmeldUitkomst::Gelukt(_) => panic!("a wrong password signed in"),
        }
    }
    // Exactly the allowed number of passwords was checked; the rest met the lock.
    let max = MAX_FAILED_SIGN_INS as usize;
    assert_eq!((onjuist, geblokkeerd), (max, POGINGEN - max));
    let right = store.aanmelden("ib", WACHTWOORD).await.unwrap();
    assert!(
        matches!(right, AanmeldUitkomst::Geblokkeerd { .. }),
        "{right:?}"
    );
}
