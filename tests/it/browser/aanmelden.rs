//! Signing in and out, and the skip link.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_signs_in_and_out() {
    run("every_role_signs_in_and_out", |site| async move {
        let b = site.browser().await;
        for (user, rol) in ACCOUNTS {
            b.sign_in(user).await?;
            let wie = b.text(".wie span").await?;
            assert!(
                wie.ends_with(&format!(" · {}", rol.omschrijving())),
                "{user}: header shows {wie:?}"
            );
            b.sign_out().await?;
            assert!(
                b.c.find_all(Locator::Css(".wie span")).await?.is_empty(),
                "{user}: still signed in after Afmelden"
            );
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tab_reaches_the_skip_link_first() {
    run("tab_reaches_the_skip_link_first", |site| async move {
        let b = site.browser().await;
        b.open("/").await?;
        b.wait_for("main h1").await?;
        let tab = KeyActions::new("toetsenbord".into())
            .then(KeyAction::Down {
                value: Key::Tab.into(),
            })
            .then(KeyAction::Up {
                value: Key::Tab.into(),
            });
        b.c.perform_actions(tab).await?;
        let focused =
            b.c.execute(
                "const e = document.activeElement; \
                 return [e.tagName, e.textContent.trim(), e.getAttribute('href')];",
                vec![],
            )
            .await?;
        assert_eq!(
            focused,
            serde_json::json!(["A", "Naar de inhoud", "#inhoud"]),
            "Tab focuses the skip link"
        );
        Ok(())
    })
    .await;
}
