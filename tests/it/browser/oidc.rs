//! Signing in through a real OpenID provider (oidc-provider on loopback) in a real browser:
//! an invitee binds their account with "Koppel met Entree", signs in later with "Inloggen
//! met Entree", and a stranger is refused. passend's own pages pass axe-core (WCAG 2 A/AA).

use super::*;
use crate::oidc::{Testaanbieder, testaanbieder_map};
use passend_store::AccountRol;

/// The WCAG 2 A and AA rules axe-core finds broken on the page shown now.
async fn axe(b: &Browser) -> Result<Vec<String>, CmdError> {
    let map = testaanbieder_map().expect("npm test tools");
    let bron =
        std::fs::read_to_string(map.join("node_modules/axe-core/axe.min.js")).expect("axe-core");
    b.c.execute(&bron, vec![]).await?;
    let uit = b
        .c
        .execute_async(
            "const klaar = arguments[arguments.length - 1]; \
             axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then(r => klaar([r.passes.length, \
               r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))]));",
            vec![],
        )
        .await?;
    let (geslaagd, fouten): (usize, Vec<String>) = serde_json::from_value(uit).expect("a list");
    // Rules that passed show that axe really looked at the page.
    assert!(geslaagd > 0, "axe-core checked nothing");
    Ok(fouten)
}

async fn toegankelijk(b: &Browser) -> Result<(), CmdError> {
    let pad = b.path().await?;
    let fouten = axe(b).await?;
    assert!(fouten.is_empty(), "{pad}: {fouten:?}");
    Ok(())
}

/// At the provider's login page: the user name, its default level (the one passend asked
/// for), and the button; then back at passend.
async fn log_in_bij_aanbieder(b: &Browser, login: &str, terug: &str) -> Result<(), CmdError> {
    b.wait_for("#login").await?.send_keys(login).await?;
    b.c.find(Locator::Css("form button[type=submit]"))
        .await?
        .click()
        .await?;
    b.wait().for_url(&reqwest::Url::parse(terug).unwrap()).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signs_in_through_the_real_provider() {
    let test = "signs_in_through_the_real_provider";
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let basis = format!("http://{}", listener.local_addr().unwrap());
    let Some(aanbieder) = Testaanbieder::start(test, &basis).await else {
        return;
    };
    let pad = aanbieder.passend_config(&basis, serde_json::json!({}));
    let oidc = passend_web::oidc::Aanbieders::laad(&pad).expect("providers file");
    let state = move |store, _: &str| passend_web::AppState::new(store).met_oidc(oidc);
    run_with(test, listener, state, |site| async move {
        let beheer = site
            .store
            .systeem_verzoeker(Rol::Beheerder, "")
            .await
            .unwrap();
        let rol = AccountRol {
            rol: Rol::School,
            scope: Some("90AA00".into()),
        };
        let token = site
            .store
            .accounts()
            .nodig_uit(&beheer, "ib-entree", "I. Begeleider", rol)
            .await
            .unwrap();

        // The invitee chooses the provider instead of a password.
        let b = site.browser().await;
        b.open(&format!("/uitnodiging/{token}")).await?;
        b.wait_for("main h1").await?;
        toegankelijk(&b).await?;
        b.c.find(Locator::LinkText("Koppel met Entree"))
            .await?
            .click()
            .await?;
        log_in_bij_aanbieder(&b, "i.begeleider@school", &format!("{}/", site.base)).await?;
        let wie = b.text(".wie span").await?;
        assert!(wie.starts_with("I. Begeleider · "), "header shows {wie:?}");
        toegankelijk(&b).await?;

        // Another day, another browser: the sign-in page's button.
        let b = site.browser().await;
        b.open("/aanmelden").await?;
        b.wait_for("main h1").await?;
        toegankelijk(&b).await?;
        b.c.find(Locator::LinkText("Inloggen met Entree"))
            .await?
            .click()
            .await?;
        log_in_bij_aanbieder(&b, "i.begeleider@school", &format!("{}/", site.base)).await?;
        let wie = b.text(".wie span").await?;
        assert!(wie.starts_with("I. Begeleider · "), "header shows {wie:?}");

        // Someone the provider knows but passend does not.
        let b = site.browser().await;
        b.open("/aanmelden").await?;
        b.wait_for("main h1").await?;
        b.c.find(Locator::LinkText("Inloggen met DigiD"))
            .await?
            .click()
            .await?;
        b.wait_for("#login").await?.send_keys("onbekend").await?;
        b.c.find(Locator::Css("form button[type=submit]"))
            .await?
            .click()
            .await?;
        let fout = b.text("#oidc-fout").await?;
        assert!(
            fout.starts_with("Dit account is nog niet gekoppeld;"),
            "{fout}"
        );
        assert!(b.c.find_all(Locator::Css(".wie span")).await?.is_empty());
        toegankelijk(&b).await?;
        Ok(())
    })
    .await;
    drop(aanbieder);
}
