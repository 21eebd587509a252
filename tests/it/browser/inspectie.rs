//! The melding of a schorsing reaches the inspectie (WPO art. 40c lid 3): a school records a
//! schorsing of three days in the dossier, the inspectie signs in as itself and finds the
//! melding — school, pupil number, dates, duration, reasons — in its inbox, without a name.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schorsing_of_three_days_reaches_the_inspecties_inbox() {
    run(
        "a_schorsing_of_three_days_reaches_the_inspecties_inbox",
        |site| async move {
            let school = site.browser().await;
            school.sign_in("ib").await?;
            school.click_link("Mijn school").await?;
            school.wait_for("main h1").await?;
            let pupils = school.pupil_links().await?;
            let kind = &pupils[7];
            let naam = kind.text().await?;
            let dossier = kind.attr("href").await?.expect("href");
            let nummer = dossier.trim_start_matches("/leerlingen/").to_string();
            kind.click().await?;
            school.wait_for_path(&dossier).await?;
            school
                .c
                .find(Locator::XPath(
                    "//summary[starts-with(normalize-space(), 'Schorsen')]",
                ))
                .await?
                .click()
                .await?;
            let van = passend_web::vandaag();
            let tot = van + jiff::ToSpan::days(2);
            // The date fields take ISO values whatever the browser's locale shows.
            school
                .c
                .execute(
                    "document.getElementById('schorsing_van').value = arguments[0]; \
                 document.getElementById('schorsing_tot').value = arguments[1];",
                    vec![van.to_string().into(), tot.to_string().into()],
                )
                .await?;
            let form = "form[action$='/schorsing']";
            for (veld, tekst) in [
                ("#schorsing_reden", "Herhaald geweld tegen een medeleerling"),
                (
                    "#schorsing_stem",
                    "Het kind is gehoord en zegt spijt te hebben.",
                ),
            ] {
                school.wait_for(veld).await?.send_keys(tekst).await?;
            }
            school
                .c
                .find(Locator::Css(&format!("{form} input[name=schriftelijk]")))
                .await?
                .click()
                .await?;
            school
                .c
                .find(Locator::Css(&format!("{form} button[type=submit]")))
                .await?
                .click()
                .await?;
            // The schorsing asks for confirmation before it is recorded.
            school.wait_for("#bevestigen").await?.click().await?;
            school
                .wait()
                .for_element(Locator::XPath(
                    "//li[contains(., 'gemeld aan de inspectie')]",
                ))
                .await?;
            school.sign_out().await?;

            let inspectie = site.browser().await;
            inspectie.sign_in("inspectie").await?;
            inspectie.click_link("Meldingen").await?;
            assert_eq!(
                inspectie.text("main h1").await?,
                "Meldingen aan de inspectie"
            );
            let eerste = inspectie.wait_for("#meldingen tbody tr").await?;
            let mut cellen = Vec::new();
            for td in eerste.find_all(Locator::Css("td")).await? {
                cellen.push(td.text().await?);
            }
            let datum =
                |d: jiff::civil::Date| format!("{:02}-{:02}-{}", d.day(), d.month(), d.year());
            assert_eq!(cellen[1], "Schorsing", "{cellen:?}");
            assert!(cellen[2].ends_with("(90AA00)"), "{cellen:?}");
            assert_eq!(cellen[3], nummer);
            assert_eq!(
                (cellen[4].as_str(), cellen[5].as_str()),
                (datum(van).as_str(), datum(tot).as_str())
            );
            assert_eq!(cellen[6], "3");
            assert_eq!(cellen[7], "Herhaald geweld tegen een medeleerling");
            let bron = inspectie.c.source().await?;
            assert!(!bron.contains(&naam), "the inbox names no pupil");
            Ok(())
        },
    )
    .await;
}
