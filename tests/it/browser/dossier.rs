//! Who opens a dossier, and the parent seeing who read it.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn school_opens_a_dossier_others_do_not() {
    run("school_opens_a_dossier_others_do_not", |site| async move {
        let b = site.browser().await;
        b.sign_in("ib").await?;
        b.click_link("Mijn school").await?;
        assert_eq!(b.path().await?, "/scholen/90AA00");
        b.wait_for("main h1").await?;
        let pupils = b.pupil_links().await?;
        assert!(!pupils.is_empty(), "ib sees the pupils of 90AA00");
        let first = &pupils[0];
        let name = first.text().await?;
        let dossier = first.attr("href").await?.expect("href");
        first.click().await?;
        b.wait_for_path(&dossier).await?;
        assert_eq!(b.text("main h1").await?, name);
        assert!(b.headings().await?.iter().any(|h| h == "Inschrijvingen"));
        let enrolments = b.table_after("Inschrijvingen").await?;
        assert!(
            enrolments.column("Tot").contains(&"nu"),
            "a current enrolment: {enrolments:?}"
        );
        b.sign_out().await?;

        for user in ["opr", "inspectie", "deskundige"] {
            b.sign_in(user).await?;
            b.open(&dossier).await?;
            assert_eq!(
                b.path().await?,
                dossier,
                "{user} stays on the dossier route"
            );
            assert_eq!(b.text("main h1").await?, "Niet gevonden", "{user}");
            let page = b.c.source().await?;
            assert!(!page.contains(&name), "{user} sees nothing of the pupil");
            if user == "inspectie" {
                b.open("/scholen/90AA00").await?;
                b.wait_for("main h1").await?;
                assert!(
                    b.pupil_links().await?.is_empty(),
                    "inspectie sees no pupil links"
                );
            }
            b.open("/").await?;
            b.sign_out().await?;
        }
        Ok(())
    })
    .await;
}

/// What the parent's view of one child says about who else may look at it.
pub(super) struct Child {
    pub(super) dossier: String,
    pub(super) school: Option<String>,
    pub(super) gemeente: String,
    pub(super) swv: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parent_sees_who_read_the_dossier() {
    run("parent_sees_who_read_the_dossier", |site| async move {
        let parent = site.browser().await;
        parent.sign_in("ouder").await?;
        parent.click_link("Mijn kinderen").await?;
        let mut dossiers = Vec::new();
        for link in parent.pupil_links().await? {
            dossiers.push(link.attr("href").await?.expect("href"));
        }
        assert!(!dossiers.is_empty(), "the demo parent has children");

        // Open every child through the list and note where it goes to school and lives.
        let mut children = Vec::new();
        for dossier in &dossiers {
            if parent.path().await? != "/mijn-kinderen" {
                parent.click_link("Mijn kinderen").await?;
            }
            let link = parent
                .wait_for(&format!("main a[href='{dossier}']"))
                .await?;
            link.click().await?;
            parent.wait_for_path(dossier).await?;
            parent.wait_for("main h1").await?;
            let school_link = parent
                .c
                .find_all(Locator::XPath(
                    "//h2[normalize-space()='Inschrijvingen']/following-sibling::table[1]\
                     /tbody/tr[td[4]='nu']/td[1]/a",
                ))
                .await?;
            let school = match school_link.first() {
                Some(a) => a
                    .attr("href")
                    .await?
                    .and_then(|h| h.strip_prefix("/scholen/").map(String::from)),
                None => None,
            };
            // Waited for: the heading is parsed before the rest of the page.
            let postcode = parent
                .wait()
                .for_element(Locator::XPath(
                    "//dl/div[dt[normalize-space()='Postcode']]/dd",
                ))
                .await?
                .text()
                .await?;
            let gemeente = postcode
                .split_once("gemeente ")
                .map(|(_, g)| g.trim().to_string())
                .unwrap_or_default();
            // The school's page names its samenwerkingsverband.
            let swv = match &school {
                Some(code) => {
                    let link = parent
                        .c
                        .find(Locator::Css(&format!(
                            "main table a[href='/scholen/{code}']"
                        )))
                        .await?;
                    link.click().await?;
                    parent.wait_for_path(&format!("/scholen/{code}")).await?;
                    parent
                        .c
                        .find(Locator::XPath(
                            "//dl/div[dt[normalize-space()='Samenwerkingsverband']]/dd/a",
                        ))
                        .await?
                        .text()
                        .await?
                }
                None => String::new(),
            };
            children.push(Child {
                dossier: dossier.clone(),
                school,
                gemeente,
                swv,
            });
        }

        // Who else reads: the school if it may, else leerplicht if the child lives in
        // Nieuwegein, else the samenwerkingsverband of the child's school, else the parent
        // itself in a second session.
        let (child, reader, rol) = if let Some(c) = children
            .iter()
            .find(|c| c.school.as_deref() == Some("90AA00"))
        {
            (c, "ib", Rol::School)
        } else if let Some(c) = children.iter().find(|c| c.gemeente == "Nieuwegein") {
            (c, "leerplicht", Rol::Leerplicht)
        } else if let Some(c) = children.iter().find(|c| c.swv == "PO2605") {
            (c, "swv-po", Rol::Swv)
        } else if let Some(c) = children.iter().find(|c| c.swv == "VO2605") {
            (c, "swv-vo", Rol::Swv)
        } else {
            (&children[0], "ouder", Rol::Ouder)
        };
        let rol = rol.omschrijving();

        parent.open(&child.dossier).await?;
        parent.wait_for("main h1").await?;
        let before = parent.table_after("Wie heeft dit dossier bekeken?").await?;

        let other = site.browser().await;
        other.sign_in(reader).await?;
        other.open(&child.dossier).await?;
        let name = other.text("main h1").await?;
        assert_ne!(name, "Niet gevonden", "{reader} may read {}", child.dossier);
        other.sign_out().await?;

        parent.c.refresh().await?;
        parent.wait_for("main h1").await?;
        assert!(
            parent
                .headings()
                .await?
                .iter()
                .any(|h| h == "Wie heeft dit dossier bekeken?")
        );
        let after = parent.table_after("Wie heeft dit dossier bekeken?").await?;
        // The reload is itself a parent's read; the other reader adds one more row.
        // (The demo itself may have had the samenwerkingsverband read this dossier, for a
        // dispute, so the count before is not zero.)
        let expected = if reader == "ouder" {
            before.reads_by(rol) + 2
        } else {
            before.reads_by(rol) + 1
        };
        assert_eq!(
            after.reads_by(rol),
            expected,
            "{reader} ({rol}) in {after:?}"
        );
        Ok(())
    })
    .await;
}
