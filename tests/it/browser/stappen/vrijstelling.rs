//! The SWV advises before a vrijstelling art. 5 onder a is granted.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vrijstelling_is_decided_only_after_the_swvs_advice() {
    run(
        "a_vrijstelling_is_decided_only_after_the_swvs_advice",
        |site| async move {
            let today = passend_web::vandaag();
            let lp = verzoeker(&site.store, "leerplicht", Rol::Leerplicht, "0356").await;
            let (kinderen, _) = site
                .store
                .leerlingen_voor(&lp, today, 1, 200, "/t")
                .await
                .unwrap();
            let kind = kinderen
                .iter()
                .find(|k| passend_domain::leeftijd_op(k.geboortedatum, today) < 12)
                .expect("a child under 12");
            let leerplicht = site.browser().await;
            leerplicht.sign_in("leerplicht").await?;
            leerplicht.open("/leerplicht").await?;
            vul_in(&leerplicht, "leerling", &kind.id.0.to_string()).await?;
            leerplicht
                .wait_for("#grond")
                .await?
                .select_by_value("5a")
                .await?;
            vul_in(&leerplicht, "van", &today.to_string()).await?;
            vul_in(
                &leerplicht,
                "verklaring_datum",
                &(today - jiff::ToSpan::days(10)).to_string(),
            )
            .await?;
            vul_in(
                &leerplicht,
                "swv_advies_uiterlijk",
                &(today + jiff::ToSpan::days(14)).to_string(),
            )
            .await?;
            verstuur(
                &leerplicht,
                "form[action='/leerplicht/vrijstellingen'] button[type=submit]",
            )
            .await?;
            let vid = site
                .store
                .leerplicht()
                .vrijstellingen_voor(&lp, "/t")
                .await
                .unwrap()
                .into_iter()
                .filter(|v| v.leerling_id == kind.id)
                .map(|v| v.id)
                .max()
                .unwrap();
            let verlenen = format!("form[action='/leerplicht/vrijstellingen/{vid}/besluit'] button");
            let advies = format!(
                "//tr[.//form[@action='/leerplicht/vrijstellingen/{vid}/besluit']]/td[@class='advies']"
            );
            let advies_tekst = |b: &Browser| {
                let advies = advies.clone();
                let c = b.c.clone();
                async move { c.find(Locator::XPath(&advies)).await?.text().await }
            };
            assert!(advies_tekst(&leerplicht).await?.starts_with("gevraagd aan PO2605"));
            // Granting before the SWV's advice is refused with the reason.
            verstuur(&leerplicht, &verlenen).await?;
            assert!(
                leerplicht
                    .c
                    .source()
                    .await?
                    .contains("wacht op het advies van het samenwerkingsverband")
            );
            // The SWV signs in as itself and writes its advice.
            let swv = site.browser().await;
            swv.sign_in("swv-po").await?;
            swv.open("/vrijstellingsadviezen").await?;
            swv.click_link(&kind.naam).await?;
            vul_in(
                &swv,
                "tekst",
                "Onderwijs is nu niet haalbaar; over een half jaar opnieuw bekijken.",
            )
            .await?;
            verstuur(&swv, "main form button[type=submit]").await?;
            assert!(swv.text("#advies").await?.starts_with("Onderwijs is nu niet haalbaar"));
            // Now the leerplicht grants it; the advice is on its list.
            leerplicht.open("/leerplicht").await?;
            assert!(advies_tekst(&leerplicht).await?.contains("Onderwijs is nu niet haalbaar"));
            verstuur(&leerplicht, &verlenen).await?;
            bevestig(&leerplicht).await?;
            let status = format!("//tr[.//a[@href='/leerlingen/{}']]/td[5]", kind.id.0);
            let mut statussen = Vec::new();
            for td in leerplicht.c.find_all(Locator::XPath(&status)).await? {
                statussen.push(td.text().await?);
            }
            assert!(statussen.iter().any(|s| s.starts_with("verleend")), "{statussen:?}");
            Ok(())
        },
    )
    .await;
}
