//! Accounts by e-mail in the browser (issue 19 parts 3 and 7): the beheerder invites on
//! *Gebruikers*, the mail reaches a real SMTP server, the invitee chooses a password through
//! its link, forgets it, and sets a new one through the reset mail.

use super::*;
use crate::smtp::{SmtpServer, link};
use passend_web::mail::Smtp;

/// Fills the fields (by id) of the form on the page and submits it.
async fn vul_in(b: &Browser, velden: &[(&str, &str)]) -> Result<(), CmdError> {
    for (id, waarde) in velden {
        b.wait_for(&format!("#{id}"))
            .await?
            .send_keys(waarde)
            .await?;
    }
    b.c.find(Locator::Css("main form.formulier button[type=submit]"))
        .await?
        .click()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_and_a_reset_arrive_by_mail_and_work() {
    const TEST: &str = "an_invitation_and_a_reset_arrive_by_mail_and_work";
    let Some(smtp) = SmtpServer::start(TEST) else {
        return;
    };
    let server = Smtp {
        host: "127.0.0.1".into(),
        poort: smtp.poort,
        starttls: false,
        gebruiker: None,
        wachtwoord: None,
        ca: None,
    };
    let smtp = Arc::new(smtp);
    run_met(TEST, Some(server), move |site| async move {
        let beheer = site.browser().await;
        beheer.sign_in("beheerder").await?;
        beheer.click_link("Gebruikers").await?;
        beheer
            .wait_for("#rol")
            .await?
            .select_by_value("leerplicht")
            .await?;
        vul_in(
            &beheer,
            &[
                ("gebruikersnaam", "lpa-nieuw"),
                ("naam", "L. Nieuw"),
                ("email", "lpa.nieuw@nieuwegein.nl"),
                ("werkgebied", "0356"),
            ],
        )
        .await?;
        let melding = beheer.text(".melding.nieuw").await?;
        assert!(melding.contains("lpa-nieuw is uitgenodigd"), "{melding}");

        let mails = smtp.wacht_op(1).await;
        let uitnodiging = link(&mails[0], &format!("{}/uitnodiging/", site.base));
        let persoon = site.browser().await;
        persoon.c.goto(&uitnodiging).await?;
        vul_in(
            &persoon,
            &[
                ("wachtwoord", "mijn eerste wachtwoord"),
                ("herhaling", "mijn eerste wachtwoord"),
            ],
        )
        .await?;
        assert!(
            persoon
                .text(".melding.nieuw")
                .await?
                .contains("Uw wachtwoord is ingesteld")
        );

        // Forgotten: from the sign-in page, the same answer for every address.
        persoon.open("/aanmelden").await?;
        persoon.click_link("Wachtwoord vergeten?").await?;
        vul_in(&persoon, &[("email", "lpa.nieuw@nieuwegein.nl")]).await?;
        assert_eq!(
            persoon.text(".melding.nieuw").await?,
            "Als dit adres bij een account hoort, is er een mail verstuurd."
        );
        let mails = smtp.wacht_op(2).await;
        let herstel = link(&mails[1], &format!("{}/wachtwoord-herstel/", site.base));
        persoon.c.goto(&herstel).await?;
        vul_in(
            &persoon,
            &[
                ("wachtwoord", "mijn nieuwe wachtwoord"),
                ("herhaling", "mijn nieuwe wachtwoord"),
            ],
        )
        .await?;
        assert!(
            persoon
                .text(".melding.nieuw")
                .await?
                .contains("Uw wachtwoord is gewijzigd")
        );
        persoon.click_link("aanmelden").await?;
        vul_in(
            &persoon,
            &[
                ("gebruikersnaam", "lpa-nieuw"),
                ("wachtwoord", "mijn nieuwe wachtwoord"),
            ],
        )
        .await?;
        persoon.wait_for_path("/").await?;
        let wie = persoon.text(".wie span").await?;
        assert!(wie.contains("leerplichtambtenaar"), "{wie}");
        Ok(())
    })
    .await;
}
