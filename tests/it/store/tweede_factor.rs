//! The second factor in the store: enrolment, the code step of a sign-in with replay and
//! lock-out, recovery codes, the per-role requirement, and what the audit log records.

use super::*;
use crate::support::{foute_code, totp_code};
use passend_store::{AanmeldUitkomst, AuditFilter, CodeUitkomst, Verzoeker};

const WACHTWOORD: &str = "een lang wachtwoord";

async fn medewerker(store: &Store, naam: &str, rol: Rol, scope: Option<&str>) -> Verzoeker {
    let id = store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: WACHTWOORD.into(),
            rollen: vec![AccountRol {
                rol,
                scope: scope.map(Into::into),
            }],
        })
        .await
        .unwrap();
    Verzoeker {
        account_id: id,
        kijker: passend_domain::Kijker {
            rol,
            scope: scope.map(Into::into),
        },
    }
}

async fn stap(store: &Store, naam: &str) -> String {
    match store.accounts().aanmelden(naam, WACHTWOORD).await.unwrap() {
        AanmeldUitkomst::CodeNodig { stap } => stap,
        other => panic!("no code step: {other:?}"),
    }
}

pub(super) async fn a_second_factor_is_enrolled_used_once_and_locked_out(store: &Store) {
    let ib = medewerker(store, "ib", Rol::School, Some("90AA00")).await;
    let accounts = store.accounts();
    // Enrolling: the same secret until confirmed, so a reload does not undo a scan.
    let inschrijving = accounts.schrijf_in(ib.account_id).await.unwrap().unwrap();
    assert_eq!(
        accounts.schrijf_in(ib.account_id).await.unwrap().unwrap(),
        inschrijving
    );
    assert!(
        inschrijving
            .uri
            .starts_with("otpauth://totp/passend:ib?secret=")
    );
    let geheim = inschrijving.geheim;
    // Unconfirmed, the password alone still signs in.
    assert!(matches!(
        accounts.aanmelden("ib", WACHTWOORD).await.unwrap(),
        AanmeldUitkomst::Gelukt(_)
    ));
    let fout = accounts
        .bevestig_tweede_factor(&ib, &foute_code(&geheim))
        .await
        .unwrap_err();
    assert!(matches!(fout, StoreError::Ongeldig(m) if m.contains("klopt niet")));
    let herstel = accounts
        .bevestig_tweede_factor(&ib, &totp_code(&geheim, 0))
        .await
        .unwrap();
    assert_eq!(herstel.len(), 10);
    assert!(accounts.schrijf_in(ib.account_id).await.unwrap().is_none());

    // The code that confirmed is spent; the next step's code signs in, once.
    let s = stap(store, "ib").await;
    let oud = accounts
        .aanmelden_met_code(&s, &totp_code(&geheim, 0))
        .await
        .unwrap();
    assert!(matches!(oud, CodeUitkomst::Onjuist(m) if m.contains("al gebruikt")));
    let volgende = totp_code(&geheim, 30);
    let CodeUitkomst::Gelukt { account, sessie } =
        accounts.aanmelden_met_code(&s, &volgende).await.unwrap()
    else {
        panic!("the next code did not sign in");
    };
    assert_eq!(account.id, ib.account_id);
    assert!(accounts.session_account(&sessie).await.unwrap().is_some());
    assert_eq!(
        accounts.aanmelden_met_code(&s, &volgende).await.unwrap(),
        CodeUitkomst::Verlopen,
        "the step is single use"
    );
    let s = stap(store, "ib").await;
    assert!(matches!(
        accounts.aanmelden_met_code(&s, &volgende).await.unwrap(),
        CodeUitkomst::Onjuist(m) if m.contains("al gebruikt")
    ));
    // A recovery code, as typed (spaces, capitals), works once.
    let getypt = herstel[3].replace('-', " ").to_uppercase();
    assert!(matches!(
        accounts.aanmelden_met_code(&s, &getypt).await.unwrap(),
        CodeUitkomst::Gelukt { .. }
    ));
    let s = stap(store, "ib").await;
    assert!(matches!(
        accounts.aanmelden_met_code(&s, &herstel[3]).await.unwrap(),
        CodeUitkomst::Onjuist(_)
    ));
    assert_eq!(
        accounts
            .tweede_factor(ib.account_id)
            .await
            .unwrap()
            .unwrap()
            .herstelcodes_over,
        9
    );
    // Wrong codes count with the password towards the lock-out: 1 password + 1 above + 3.
    for _ in 0..3 {
        assert!(matches!(
            accounts
                .aanmelden_met_code(&s, &foute_code(&geheim))
                .await
                .unwrap(),
            CodeUitkomst::Onjuist(_)
        ));
    }
    assert!(matches!(
        accounts.aanmelden_met_code(&s, &herstel[0]).await.unwrap(),
        CodeUitkomst::Geblokkeerd { .. }
    ));
    assert_eq!(
        accounts.aanmelden_met_code(&s, &herstel[0]).await.unwrap(),
        CodeUitkomst::Verlopen,
        "a locked-out step is closed"
    );
    assert!(matches!(
        accounts.aanmelden("ib", WACHTWOORD).await.unwrap(),
        AanmeldUitkomst::Geblokkeerd { .. }
    ));

    // Turning it off takes a recovery code too; then the password alone signs in again.
    assert!(
        accounts
            .schakel_tweede_factor_uit(&ib, &foute_code(&geheim))
            .await
            .is_err()
    );
    accounts
        .schakel_tweede_factor_uit(&ib, &herstel[1])
        .await
        .unwrap();
    assert!(!accounts.heeft_tweede_factor(ib.account_id).await.unwrap());

    // The audit log records each step, and no secret or code.
    let beheer = store.systeem_verzoeker(Rol::Beheerder, "").await.unwrap();
    let filter = AuditFilter {
        gebruikersnaam: Some("ib".into()),
        ..AuditFilter::default()
    };
    let (regels, _) = store.zoek_audit(&beheer, &filter, 1, 100).await.unwrap();
    let wijzigingen: Vec<String> = regels
        .iter()
        .filter_map(|r| r.wijzigingen.clone())
        .collect();
    for w in [
        "tweede factor ingesteld",
        "herstelcode gebruikt",
        "tweede factor uitgeschakeld",
    ] {
        assert!(wijzigingen.iter().any(|x| x == w), "{w} in {wijzigingen:?}");
    }
    assert!(
        !wijzigingen
            .iter()
            .any(|w| w.contains(&geheim) || herstel.iter().any(|h| w.contains(h)))
    );
}

pub(super) async fn the_beheerder_requires_a_second_factor_per_staff_role(store: &Store) {
    let ib = medewerker(store, "ib", Rol::School, Some("90AA00")).await;
    let beheerder = medewerker(store, "beheer", Rol::Beheerder, None).await;
    let accounts = store.accounts();
    assert!(accounts.tweede_factor_rollen().await.unwrap().is_empty());
    assert!(!accounts.moet_tweede_factor_instellen(&ib).await.unwrap());
    assert!(matches!(
        accounts
            .zet_tweede_factor_rollen(&ib, &[Rol::School])
            .await
            .unwrap_err(),
        StoreError::NietGevonden { .. }
    ));
    assert!(matches!(
        accounts
            .zet_tweede_factor_rollen(&beheerder, &[Rol::School, Rol::Ouder])
            .await
            .unwrap_err(),
        StoreError::Ongeldig(m) if m.contains("ouder")
    ));
    assert!(accounts.tweede_factor_rollen().await.unwrap().is_empty());
    accounts
        .zet_tweede_factor_rollen(&beheerder, &[Rol::Beheerder, Rol::School])
        .await
        .unwrap();
    assert_eq!(
        accounts.tweede_factor_rollen().await.unwrap(),
        vec![Rol::School, Rol::Beheerder]
    );
    assert!(accounts.moet_tweede_factor_instellen(&ib).await.unwrap());
    let geheim = accounts
        .schrijf_in(ib.account_id)
        .await
        .unwrap()
        .unwrap()
        .geheim;
    accounts
        .bevestig_tweede_factor(&ib, &totp_code(&geheim, 0))
        .await
        .unwrap();
    assert!(!accounts.moet_tweede_factor_instellen(&ib).await.unwrap());
    // A parent never has to, whatever is stored.
    let ouder = Verzoeker {
        account_id: ib.account_id + 100,
        kijker: passend_domain::Kijker {
            rol: Rol::Ouder,
            scope: Some("1".into()),
        },
    };
    assert!(!accounts.moet_tweede_factor_instellen(&ouder).await.unwrap());
}
