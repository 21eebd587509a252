//! A thuiszitter case stays open after its decision until the child attends again.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thuiszitter_case_stays_open_after_its_decision_until_the_child_attends() {
    run(
        "a_thuiszitter_case_stays_open_after_its_decision_until_the_child_attends",
        |site| async move {
            use passend_domain::verzuim::{Uren, Vakantieregio};
            let today = passend_web::vandaag();
            let swv = verzoeker(&site.store, "swv-po", Rol::Swv, "PO2605").await;
            let zaken = site
                .store
                .thuiszitters()
                .zaken_voor(&swv, today, "/t")
                .await
                .unwrap();
            let z = zaken
                .iter()
                .find(|z| {
                    z.opgelost_op.is_none()
                        && z.laatste_stap
                        && z.soort == "langdurig_relatief_verzuim"
                })
                .expect("a case at the last step");
            let b = site.browser().await;
            b.sign_in("swv-po").await?;
            b.open(&format!("/thuiszitters/{}", z.id)).await?;
            vul_in(&b, "besluit", "Plaatsing op SBO De Brug met vervoer").await?;
            verstuur(&b, "form[action$='/besluit'] button[type=submit]").await?;
            bevestig(&b).await?;
            assert!(
                b.text("#oplossing").await?.starts_with("nog niet"),
                "the decision does not close the case"
            );
            // The school uploads its absence data: the child was there (part of) the last school day.
            let ib = verzoeker(&site.store, "ib", Rol::School, "90AA00").await;
            // The holidays of this schooljaar, loaded by the beheerder (the shipped file ends
            // with 2025/26), so that today's school days are known.
            let beheerder = site
                .store
                .accounts()
                .verify_password("beheerder", "demo-beheerder-2026")
                .await
                .unwrap()
                .unwrap();
            let beheer = Verzoeker {
                account_id: beheerder.id,
                kijker: Kijker {
                    rol: Rol::Beheerder,
                    scope: None,
                },
            };
            let jaar = passend_domain::Schooljaar::of(today);
            let kerst = |regio| passend_domain::verzuim::Vakantie {
                schooljaar: jaar,
                naam: "kerstvakantie".into(),
                regio,
                start: jiff::civil::date(jaar.start().year(), 12, 19),
                eind: jiff::civil::date(jaar.start().year() + 1, 1, 3),
            };
            let rijen: Vec<_> = Vakantieregio::ALL.iter().map(|r| kerst(*r)).collect();
            site.store
                .verzuim()
                .laad_schoolvakanties(&beheer, &rijen, "/t")
                .await
                .unwrap();
            let kalender = site
                .store
                .verzuim()
                .kalender(Vakantieregio::Midden)
                .await
                .unwrap();
            let dag = *kalender
                .schooldagen()
                .iter()
                .rev()
                .find(|d| **d <= today && **d > z.startdatum)
                .unwrap();
            let rij = passend_store::VerzuimInvoer {
                regel: 2,
                leerling: z.leerling_id,
                datum: dag,
                gepland: Uren::parse("5").unwrap(),
                ongeoorloofd: Uren::parse("1").unwrap(),
                geoorloofd: Uren::NUL,
            };
            let school = passend_domain::VestigingCode::parse("90AA00").unwrap();
            site.store
                .verzuim()
                .importeer_verzuim(&ib, &school, Vakantieregio::Midden, &[rij], "/verzuim")
                .await
                .unwrap();
            b.open(&format!("/thuiszitters/{}", z.id)).await?;
            assert!(
                b.text("#oplossing")
                    .await?
                    .contains("weer aanwezig op school")
            );
            b.open("/thuiszitters").await?;
            let opgelost = b
                .table_after(
                    &b.headings()
                        .await?
                        .into_iter()
                        .find(|h| h.starts_with("Opgeloste zaken"))
                        .unwrap(),
                )
                .await?;
            assert!(opgelost.column("Zaak").contains(&z.id.to_string().as_str()));
            Ok(())
        },
    )
    .await;
}
