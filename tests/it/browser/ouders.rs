//! Parents act themselves (issue 20, part 4), each party signed in as itself in a real
//! browser: the school adopts an OPP and so asks the parents' instemming; the parent with
//! gezag consents; the school sees who consented and when. And the parent's digital
//! registration with its immediate receipt, which the school then finds among its own.

use super::*;
use passend_store::{AccountRol, NewAccount};

const WACHTWOORD: &str = "school-wachtwoord-2026";

/// A school account for this vestiging (the demo's `ib` works at another one).
async fn school_account(site: &Site, naam: &str, vestiging: &str) {
    site.store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: naam.into(),
            weergavenaam: naam.into(),
            wachtwoord: WACHTWOORD.into(),
            rollen: vec![AccountRol {
                rol: Rol::School,
                scope: Some(vestiging.into()),
            }],
        })
        .await
        .expect("school account");
}

impl Browser {
    async fn sign_in_with(&self, naam: &str) -> Result<(), CmdError> {
        self.open("/aanmelden").await?;
        self.wait_for("#gebruikersnaam")
            .await?
            .send_keys(naam)
            .await?;
        self.c
            .find(Locator::Css("#wachtwoord"))
            .await?
            .send_keys(WACHTWOORD)
            .await?;
        self.c
            .find(Locator::Css("main form button[type=submit]"))
            .await?
            .click()
            .await?;
        self.wait_for_path("/").await
    }

    /// The demo parent's first child that goes to school: its dossier path and name.
    async fn first_child_at_school(&self) -> Result<(String, String), CmdError> {
        self.click_link("Mijn kinderen").await?;
        for li in self.c.find_all(Locator::Css("main li")).await? {
            let tekst = li.text().await?;
            if tekst.contains("nu niet ingeschreven") {
                continue;
            }
            let a = li.find(Locator::Css("a[href^='/leerlingen/']")).await?;
            return Ok((a.attr("href").await?.expect("href"), a.text().await?));
        }
        panic!("the demo parent has a child at school");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_consents_to_the_opp_the_school_asked() {
    run(
        "a_parent_consents_to_the_opp_the_school_asked",
        |site| async move {
            let ouder = site.browser().await;
            ouder.sign_in("ouder").await?;
            let (dossier, _) = ouder.first_child_at_school().await?;
            let id: i64 = dossier.trim_start_matches("/leerlingen/").parse().unwrap();
            let vestiging = site
                .store
                .leerling_dossier(passend_store::LeerlingId(id))
                .await
                .unwrap()
                .inschrijvingen
                .iter()
                .find(|i| i.tot.is_none())
                .expect("enrolled")
                .vestiging_code
                .clone();
            school_account(&site, "ib-kind", &vestiging).await;

            // The school adopts the OPP after talking with the parents: it now waits for them.
            let school = site.browser().await;
            school.sign_in_with("ib-kind").await?;
            let steun = format!("{dossier}/ondersteuning");
            school.open(&steun).await?;
            school.wait_for("form[action$='/opp'] textarea").await?;
            school
                .c
                .find(Locator::Css("form[action$='/opp']"))
                .await?
                .find(Locator::XPath("./ancestor::details/summary"))
                .await?
                .click()
                .await?;
            for (css, tekst) in [
                ("#belemmerend", "leest traag"),
                ("#bevorderend", "gemotiveerd"),
                ("#doel_1", "AVI E5"),
                ("#ondersteuning_1", "verlengde instructie"),
                ("#wie_1", "remedial teacher"),
                ("#frequentie_1", "3 keer per week"),
            ] {
                school.wait_for(css).await?.send_keys(tekst).await?;
            }
            let vandaag = passend_web::vandaag().to_string();
            school
                .c
                .execute(
                    "document.getElementById('overleg_ouders').value = arguments[0]",
                    vec![serde_json::json!(vandaag)],
                )
                .await?;
            school
                .c
                .find(Locator::Css("form[action$='/opp'] button[type=submit]"))
                .await?
                .click()
                .await?;
            school.wait_for_path(&steun).await?;
            let dd = school
                .text("#opp + section dl, main section.kaart dl")
                .await?;
            assert!(dd.contains("nog niet"), "waits for the parents: {dd}");
            school.sign_out().await?;

            // The parent sees it waiting, and consents as themselves.
            ouder.click_link("Mijn kinderen").await?;
            ouder.wait_for("main h2").await?;
            assert!(
                ouder
                    .headings()
                    .await?
                    .iter()
                    .any(|h| h == "Wacht op uw instemming")
            );
            ouder
                .c
                .find(Locator::Css("main a[href$='/ondersteuning#opp']"))
                .await?
                .click()
                .await?;
            ouder
                .wait_for("button[id^='instemmen-']")
                .await?
                .click()
                .await?;
            let stap = ouder.wait_for("li.ouderstap").await?.text().await?;
            assert!(
                stap.starts_with("Ingestemd met het handelingsdeel (versie 1) door "),
                "{stap}"
            );
            assert!(
                ouder
                    .c
                    .find_all(Locator::Css("button[id^='instemmen-']"))
                    .await?
                    .is_empty(),
                "answered once"
            );
            ouder.click_link("Mijn kinderen").await?;
            assert!(
                !ouder
                    .headings()
                    .await?
                    .iter()
                    .any(|h| h == "Wacht op uw instemming")
            );

            // The school sees who consented and when.
            school.sign_in_with("ib-kind").await?;
            school.open(&steun).await?;
            let stap = school.wait_for("li.ouderstap").await?.text().await?;
            let dag = passend_web::vandaag();
            let nl = format!("{:02}-{:02}-{}", dag.day(), dag.month(), dag.year());
            assert!(
                stap.starts_with("Ingestemd met het handelingsdeel (versie 1) door ")
                    && stap.contains(&nl),
                "{stap}"
            );
            assert!(
                !school
                    .c
                    .source()
                    .await?
                    .contains("<strong>nog niet</strong>")
            );
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_registers_a_child_digitally_and_gets_a_receipt() {
    run(
        "a_parent_registers_a_child_digitally_and_gets_a_receipt",
        |site| async move {
            school_account(&site, "ib-boog", "90AA00").await;
            let ouder = site.browser().await;
            ouder.sign_in("ouder").await?;
            let (dossier, naam) = ouder.first_child_at_school().await?;
            ouder.open(&format!("{dossier}/aanmelden")).await?;
            // No school chosen: the message beside the field, the text kept.
            ouder
                .wait_for("#toelichting")
                .await?
                .send_keys("dyslexie, heeft extra leestijd nodig")
                .await?;
            ouder
                .c
                .execute(
                    "document.getElementById('vestiging').removeAttribute('required')",
                    vec![],
                )
                .await?;
            ouder
                .c
                .find(Locator::Css("main form button[type=submit]"))
                .await?
                .click()
                .await?;
            assert_eq!(
                ouder.text("#vestiging-fout").await?,
                "kies een school uit de lijst"
            );
            assert_eq!(
                ouder
                    .wait_for("#toelichting")
                    .await?
                    .prop("value")
                    .await?
                    .as_deref(),
                Some("dyslexie, heeft extra leestijd nodig")
            );
            // Choose the school and send: the receipt at once.
            ouder
                .c
                .find(Locator::Css("#vestiging option[value='90AA00']"))
                .await?
                .click()
                .await?;
            ouder
                .c
                .find(Locator::Css("input[name=extra_ondersteuning]"))
                .await?
                .click()
                .await?;
            ouder
                .c
                .find(Locator::Css("main form button[type=submit]"))
                .await?
                .click()
                .await?;
            let ontvangst = ouder.wait_for("#ontvangst").await?.text().await?;
            let vandaag = passend_web::vandaag();
            let voluit = passend_domain::brief::datum_voluit(vandaag);
            assert!(
                ontvangst.ends_with(&format!("ontvangen op {voluit}.")),
                "{ontvangst}"
            );
            let uiterlijk =
                passend_domain::brief::datum_voluit(vandaag.saturating_add(jiff::ToSpan::weeks(6)));
            assert_eq!(ouder.text("#uiterlijk").await?, uiterlijk);
            ouder.sign_out().await?;

            // The school finds it among its registrations, received today, with the support flag.
            let school = site.browser().await;
            school.sign_in_with("ib-boog").await?;
            school.open("/aanmeldingen").await?;
            school.wait_for("main h1").await?;
            let nl = |d: jiff::civil::Date| format!("{:02}-{:02}-{}", d.day(), d.month(), d.year());
            let lijst = school.table_after("Signalen").await?;
            let rij = lijst
                .rows
                .iter()
                .find(|r| r[0] == naam)
                .expect("the registration is on the school's list");
            assert_eq!(rij[2], nl(vandaag));
            assert!(
                rij[3].starts_with(&nl(vandaag.saturating_add(jiff::ToSpan::weeks(6)))),
                "{rij:?}"
            );
            Ok(())
        },
    )
    .await;
}
