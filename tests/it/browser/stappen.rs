//! Every party does its own step, each signed in as itself: the other school confirms
//! before a refusal, the SWV advises before a vrijstelling, and a thuiszitter case stays
//! open after its decision until the child attends again.

use super::*;
use passend_domain::{Kijker, Rol};
use passend_store::{AccountRol, NewAccount, Store, Verzoeker};

/// The demo account `user` as the store knows it.
async fn verzoeker(store: &Store, user: &str, rol: Rol, scope: &str) -> Verzoeker {
    let account = store
        .accounts()
        .verify_password(user, &format!("demo-{user}-2026"))
        .await
        .unwrap()
        .unwrap();
    Verzoeker {
        account_id: account.id,
        kijker: Kijker {
            rol,
            scope: Some(scope.into()),
        },
    }
}

/// A second school account, signing in like the demo's (`demo-{user}-2026`).
async fn school_account(store: &Store, user: &str, vestiging: &str) {
    store
        .accounts()
        .create_account(&NewAccount {
            gebruikersnaam: user.into(),
            weergavenaam: "Intern begeleider De Linde".into(),
            wachtwoord: format!("demo-{user}-2026"),
            rollen: vec![AccountRol {
                rol: Rol::School,
                scope: Some(vestiging.into()),
            }],
        })
        .await
        .unwrap();
}

/// Sets a form field's value as the browser would after typing (dates included).
async fn vul_in(b: &Browser, id: &str, waarde: &str) -> Result<(), CmdError> {
    b.wait_for(&format!("#{id}")).await?;
    b.c.execute(
        "document.getElementById(arguments[0]).value = arguments[1];",
        vec![id.into(), waarde.into()],
    )
    .await?;
    Ok(())
}

async fn klik(b: &Browser, css: &str) -> Result<(), CmdError> {
    b.wait_for(css).await?.click().await
}

/// Clicks a submit button and waits for the page that answers (the old one gone stale).
async fn verstuur(b: &Browser, css: &str) -> Result<(), CmdError> {
    let oud = b.wait_for("main h1").await?;
    klik(b, css).await?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while oud.text().await.is_ok() {
        assert!(Instant::now() < deadline, "no page after {css}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.wait_for("main h1").await?;
    Ok(())
}

/// The school's refusal of registration `id` naming `school`; the page that follows.
async fn weiger(b: &Browser, id: i64, school: &str) -> Result<String, CmdError> {
    b.open(&format!("/aanmeldingen/{id}")).await?;
    b.wait_for("#soort")
        .await?
        .select_by_value("elders")
        .await?;
    b.wait_for("#andere_school")
        .await?
        .select_by_value(school)
        .await?;
    vul_in(b, "stem_kind", "Het kind wil graag naar een kleine school").await?;
    verstuur(b, "form[action$='/besluit'] button[type=submit]").await?;
    b.c.source().await
}

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
