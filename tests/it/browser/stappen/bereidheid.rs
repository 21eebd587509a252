//! The other school confirms before a refusal (WPO art. 40 lid 4).

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_completed_only_after_the_other_school_confirms() {
    run(
        "a_refusal_is_completed_only_after_the_other_school_confirms",
        |site| async move {
            let today = passend_web::vandaag();
            let ib = verzoeker(&site.store, "ib", Rol::School, "90AA00").await;
            let a = site.store.aanmeldingen();
            let lijst = a.aanmeldingen_voor(&ib, "/t").await.unwrap();
            let open = lijst
                .iter()
                .find(|x| {
                    x.open() && x.extra_ondersteuning && x.termijnen.beslissen_uiterlijk >= today
                })
                .expect("an open registration with a support need");
            let (id, kind) = (open.id, open.naam.clone());
            let (linde, linde_naam) = a.kandidaten("90AA00").await.unwrap().remove(0);
            school_account(&site.store, "ib-linde", &linde).await;
            let school = site.browser().await;
            school.sign_in("ib").await?;
            school
                .open(&format!("/aanmeldingen/{id}/bereidheid"))
                .await?;
            school
                .wait_for("#vestiging")
                .await?
                .select_by_value(&linde)
                .await?;
            vul_in(
                &school,
                "ondersteuningsbehoefte",
                "Kleine groep en een vaste begeleider",
            )
            .await?;
            klik(&school, "#ouders_akkoord").await?;
            verstuur(&school, "main form button[type=submit]").await?;
            assert_eq!(school.text("td.antwoord").await?, "nog geen antwoord");
            // Refusing now is refused with the reason: the other school has not said yes.
            let geweigerd = weiger(&school, id, &linde).await?;
            assert!(geweigerd.contains("nog niet geantwoord"), "{geweigerd}");
            // The other school signs in as itself, sees only the request, and says yes.
            let ander = site.browser().await;
            ander.sign_in("ib-linde").await?;
            ander.open("/bereidheid").await?;
            ander.click_link(&kind).await?;
            assert!(
                ander
                    .text("main dl")
                    .await?
                    .contains("Kleine groep en een vaste begeleider")
            );
            klik(&ander, "input[name=bereid][value=ja]").await?;
            verstuur(&ander, "main form button[type=submit]").await?;
            assert!(ander.text("#antwoord").await?.starts_with("bereid ("));
            // Now the refusal goes through, and the letter names that school.
            let besloten = weiger(&school, id, &linde).await?;
            assert!(
                besloten.contains("besloten: elders toegelaten"),
                "{besloten}"
            );
            assert!(school.text("pre.brief").await?.contains(&linde_naam));
            Ok(())
        },
    )
    .await;
}
