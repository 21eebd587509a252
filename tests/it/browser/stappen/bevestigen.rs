//! A decision asks for confirmation before it is final (issue 20, part 8): the school's
//! decision on a registration goes form → "Controleer en bevestig" → back to the form with
//! the input kept → confirmation → recorded.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_is_checked_confirmed_and_then_recorded() {
    run(
        "a_decision_is_checked_confirmed_and_then_recorded",
        |site| async move {
            let today = passend_web::vandaag();
            let ib = verzoeker(&site.store, "ib", Rol::School, "90AA00").await;
            let a = site.store.aanmeldingen();
            let open = a
                .aanmeldingen_voor(&ib, "/t")
                .await
                .unwrap()
                .into_iter()
                .find(|x| x.open())
                .expect("an open registration");
            let stem = "Het kind wil graag bij zijn broer op school";
            let b = site.browser().await;
            b.sign_in("ib").await?;
            b.open(&format!("/aanmeldingen/{}", open.id)).await?;
            b.wait_for("#soort")
                .await?
                .select_by_value("toegelaten-extra")
                .await?;
            vul_in(&b, "stem_kind", stem).await?;
            verstuur(&b, "form[action$='/besluit'] button[type=submit]").await?;
            // What will be recorded, in words, and nothing recorded yet.
            assert_eq!(b.text("main h1").await?, "Controleer en bevestig");
            let wat = b.text("#voornemen").await?;
            for woord in [
                open.naam.as_str(),
                "toegelaten, met de extra ondersteuning die het kind nodig heeft",
                stem,
                &passend_domain::brief::datum_voluit(today),
            ] {
                assert!(wat.contains(woord), "{woord} in {wat}");
            }
            assert!(b.text("#ontvangers").await?.contains("krijgen een brief"));
            let nog_open = |s: &passend_store::Store| {
                let s = s.clone();
                let ib = ib.clone();
                async move {
                    s.aanmeldingen()
                        .aanmelding_voor(&ib, open.id, today, "/t")
                        .await
                        .unwrap()
                        .open()
                }
            };
            assert!(
                nog_open(&site.store).await,
                "not recorded before confirming"
            );
            // Back to the form: the input is still there.
            verstuur(&b, "#terug").await?;
            assert_eq!(
                b.wait_for("#stem_kind")
                    .await?
                    .prop("value")
                    .await?
                    .as_deref(),
                Some(stem)
            );
            assert_eq!(
                b.wait_for("#soort").await?.prop("value").await?.as_deref(),
                Some("toegelaten-extra")
            );
            assert!(nog_open(&site.store).await, "not recorded on the way back");
            // Sent again and confirmed: now it is recorded.
            verstuur(&b, "form[action$='/besluit'] button[type=submit]").await?;
            bevestig(&b).await?;
            assert!(!nog_open(&site.store).await, "recorded once confirmed");
            assert!(b.c.source().await?.contains("besloten: toegelaten"));
            Ok(())
        },
    )
    .await;
}
