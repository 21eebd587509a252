//! A second factor in the browser: the beheerder requires it for schools, the school user
//! is sent to set it up, scans (reads) the secret, types a code, and signs in again in two
//! steps. The code is what an authenticator app would show: computed with totp-rs.

use super::*;
use crate::support::totp_code;

impl Browser {
    /// Types into the field with this id and submits its form.
    async fn submit_field(&self, id: &str, value: &str) -> Result<(), CmdError> {
        let field = self.wait_for(&format!("#{id}")).await?;
        field.send_keys(value).await?;
        field
            .find(Locator::XPath("ancestor::form//button[@type='submit']"))
            .await?
            .click()
            .await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_school_user_sets_up_a_second_factor_and_signs_in_with_a_code() {
    run(
        "a_school_user_sets_up_a_second_factor_and_signs_in_with_a_code",
        |site| async move {
            let b = site.browser().await;
            b.sign_in("beheerder").await?;
            b.click_link("Tweede factor per rol").await?;
            b.wait_for("#rol-school").await?.click().await?;
            b.c.find(Locator::Css("main form button[type=submit]"))
                .await?
                .click()
                .await?;
            assert_eq!(b.text("main p.melding").await?, "De keuze is opgeslagen.");
            b.sign_out().await?;

            // The school user is sent to set it up at once, and goes nowhere else before.
            b.open("/aanmelden").await?;
            b.wait_for("#gebruikersnaam").await?.send_keys("ib").await?;
            b.submit_field("wachtwoord", "demo-ib-2026").await?;
            b.wait_for_path("/account/tweede-factor").await?;
            b.open("/account/api-sleutels").await?;
            b.wait_for_path("/account/tweede-factor").await?;
            let geheim = b.text("#geheim").await?;
            b.submit_field("code", &totp_code(&geheim, 0)).await?;
            let codes = b.text("#herstelcodes").await?;
            assert_eq!(codes.lines().count(), 10, "{codes}");
            b.open("/account/api-sleutels").await?;
            assert_eq!(b.text("main h1").await?, "API-sleutels");
            b.sign_out().await?;

            // Two steps: the password, then the code of the next step (the first is spent).
            b.open("/aanmelden").await?;
            b.wait_for("#gebruikersnaam").await?.send_keys("ib").await?;
            b.submit_field("wachtwoord", "demo-ib-2026").await?;
            b.wait_for_path("/aanmelden/code").await?;
            b.submit_field("code", &totp_code(&geheim, 30)).await?;
            b.wait_for_path("/").await?;
            b.wait_for(".wie form button").await?;
            b.open("/account/tweede-factor").await?;
            assert!(
                b.text("main")
                    .await?
                    .contains("Uw account gebruikt een tweede factor"),
                "set up"
            );
            Ok(())
        },
    )
    .await;
}
