//! Every party does its own step, each signed in as itself: the other school confirms
//! before a refusal, the SWV advises before a vrijstelling, and a thuiszitter case stays
//! open after its decision until the child attends again.

use super::*;

mod bereidheid;
mod bevestigen;
mod thuiszitter;
mod vrijstelling;
use passend_domain::{Kijker, Rol};
use passend_store::{AccountRol, NewAccount, Store, Verzoeker};

/// The demo account `user` as the store knows it.
pub(super) async fn verzoeker(store: &Store, user: &str, rol: Rol, scope: &str) -> Verzoeker {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    Verzoeker {
        account_id: account.id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    }
}

/// A second school account, signing in like the demo's (`demo-{user}-2026`).
pub(super) async fn school_account(store: &Store, user: &str, vestiging: &str) {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: user.into(),
            weergavenaam: "Intern begeleider De Linde".into(),
            wachtwoord: format!("demo-{user}-2026"),
            rollen: vec![AccountRol {
                rol: Rol::School,
                scope: Some(vestiging.into()),
            }],
        })
        .await
        .unwrap();
}

/// Sets a form field's value as the browser would after typing (dates included).
pub(super) async fn vul_in(b: &Browser, id: &str, waarde: &str) -> Result<(), CmdError> {
    b.wait_for(&format!("#{id}")).await?;
    b.c.execute(
        "document.getElementById(arguments[0]).value = arguments[1];",
        vec![id.into(), waarde.into()],
    )
    .await?;
    Ok(())
}

pub(super) async fn klik(b: &Browser, css: &str) -> Result<(), CmdError> {
    b.wait_for(css).await?.click().await
}

/// Clicks a submit button and waits for the page that answers (the old one gone stale).
pub(super) async fn verstuur(b: &Browser, css: &str) -> Result<(), CmdError> {
    let oud = b.wait_for("main h1").await?;
    klik(b, css).await?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while oud.text().await.is_ok() {
        assert!(Instant::now() < deadline, "no page after {css}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.wait_for("main h1").await?;
    Ok(())
}

/// The school's refusal of registration `id` naming `school`; the page that follows.
pub(super) async fn weiger(b: &Browser, id: i64, school: &str) -> Result<String, CmdError> {
    b.open(&format!("/aanmeldingen/{id}")).await?;
    b.wait_for("#soort")
        .await?
        .select_by_value("elders")
        .await?;
    b.wait_for("#andere_school")
        .await?
        .select_by_value(school)
        .await?;
    vul_in(b, "stem_kind", "Het kind wil graag naar een kleine school").await?;
    verstuur(b, "form[action$='/besluit'] button[type=submit]").await?;
    // A decision the rules accept asks for confirmation first (issue 20, part 8).
    if b.c.find(Locator::Css("#bevestig")).await.is_ok() {
        bevestig(b).await?;
    }
    b.c.source().await
}

/// Confirms a decision on its "Controleer en bevestig" page; the page that follows.
pub(super) async fn bevestig(b: &Browser) -> Result<(), CmdError> {
    assert_eq!(b.text("main h1").await?, "Controleer en bevestig");
    verstuur(b, "#bevestigen").await
}
