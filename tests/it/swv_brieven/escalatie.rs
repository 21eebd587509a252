//! On both databases: the SWV sets its letterhead on its own page (a wrong field refused
//! beside it with the input kept, nothing changed; a school has no such page), the
//! leerplichtambtenaar the gemeente's; and the SWV's binding decision at the last step of
//! the ladder is a letter from that letterhead to the parents, read by the parent.

use super::{pdf_regels, verborgen};
use crate::store::{pupil, school_with_vestiging};
use crate::support::{TestDb, contract_db};
use crate::web::{account_in_role, csrf_of, get, post_form, with_router};
use axum::http::StatusCode;
use jiff::civil::date;
use passend_domain::brief::Adres;
use passend_domain::thuiszitters::{Escalatieladder, Soort, Stap};
use passend_domain::{Inschrijving, Kijker, Naam, Rol, Schoolsoort, SwvCode, VestigingCode};
use passend_store::{Store, Verzoeker};
use sqlx::{Connection, Row};

contract_db!(the_swvs_letterhead_is_on_its_escalation_letter_to_the_parents);

const PAD: &str = "/organisatie/briefhoofd";

async fn als(store: &Store, naam: &str, rol: Rol, scope: &str) -> (Verzoeker, String) {
    let (account_id, cookie) = account_in_role(store, naam, rol, Some(scope)).await;
    let kijker = Kijker {
        rol,
        scope: Some(scope.into()),
    };
    (Verzoeker { account_id, kijker }, cookie)
}

/// Posts the letterhead form with the page's own CSRF value.
async fn zet(store: &Store, cookie: &str, velden: &str) -> crate::web::Reply {
    let csrf = csrf_of(&get(store, "/", Some(cookie)).await.body);
    post_form(store, PAD, Some(cookie), &format!("csrf={csrf}&{velden}")).await
}

async fn swv_regels(store: &Store) -> Vec<String> {
    store.brieven().swv_adres("PO2605").await.unwrap().regels
}

async fn briefhoofden(store: &Store) {
    let (_, swv) = als(store, "swv", Rol::Swv, "PO2605").await;
    let (_, school) = als(store, "ib", Rol::School, "12AB00").await;
    let (_, lpa) = als(store, "lpa", Rol::Leerplicht, "0356").await;
    let form = get(store, PAD, Some(&swv)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("Briefhoofd van Samenwerkingsverband PO2605")
    );
    assert!(
        form.body.contains("href=\"/organisatie/briefhoofd\""),
        "in the menu"
    );
    let fout = zet(
        store,
        &swv,
        "straat=Lekboulevard&huisnummer=12&postcode=3431+A&plaats=+",
    )
    .await;
    assert_eq!(fout.status, StatusCode::BAD_REQUEST);
    assert!(
        fout.body
            .contains("<p id=\"postcode-fout\" class=\"fout\">"),
        "{}",
        fout.body
    );
    assert!(
        fout.body
            .contains("is geen postcode: verwacht 4 cijfers en 2 letters, zoals 3431 AB</p>")
    );
    assert!(
        fout.body
            .contains("<p id=\"plaats-fout\" class=\"fout\">vul de plaats in</p>")
    );
    assert!(
        !fout.body.contains("id=\"straat-fout\""),
        "a right field has no message"
    );
    assert!(
        fout.body.contains("name=\"straat\" value=\"Lekboulevard\""),
        "input kept"
    );
    assert!(swv_regels(store).await.is_empty(), "nothing changed");
    let goed = "straat=Lekboulevard&huisnummer=12&postcode=3431ab&plaats=Nieuwegein";
    let lang = format!("{goed}&naam={}", "x".repeat(101));
    let fout = zet(store, &swv, &lang).await;
    assert_eq!(fout.status, StatusCode::BAD_REQUEST);
    assert!(
        fout.body
            .contains("<p id=\"naam-fout\" class=\"fout\">ten hoogste 100 tekens</p>"),
        "{}",
        fout.body
    );
    assert!(swv_regels(store).await.is_empty(), "nothing changed");
    let ok = zet(store, &swv, &format!("{goed}&naam=SWV+Lek+en+IJssel")).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(ok.body.contains("Het briefhoofd is opgeslagen."));
    assert!(ok.body.contains("name=\"postcode\" value=\"3431 AB\""));
    assert!(
        ok.body
            .contains("name=\"naam\" value=\"SWV Lek en IJssel\"")
    );
    let naam = store.brieven().swv_adres("PO2605").await.unwrap().naam;
    assert_eq!(
        naam, "SWV Lek en IJssel",
        "the SWV's own name on its letters"
    );
    // A school keeps no SWV's letterhead: no page, and its post changes nothing.
    assert_eq!(
        get(store, PAD, Some(&school)).await.status,
        StatusCode::NOT_FOUND
    );
    let anders = "straat=Schoolstraat&huisnummer=1&postcode=3431AB&plaats=Nieuwegein";
    assert_eq!(
        zet(store, &school, anders).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        swv_regels(store).await,
        ["Lekboulevard 12", "3431 AB Nieuwegein"]
    );
    // The leerplichtambtenaar sets the gemeente's (B&W send the vrijstelling decisions).
    let gemeente = "straat=Stadsplein&huisnummer=1&postcode=3431XA&plaats=Nieuwegein";
    assert_eq!(zet(store, &lpa, gemeente).await.status, StatusCode::OK);
    assert_eq!(
        store.brieven().gemeente_adres("0356").await.unwrap(),
        Adres {
            naam: "Gemeente Nieuwegein".into(),
            regels: vec!["Stadsplein 1".into(), "3431 XA Nieuwegein".into()],
        }
    );
}

async fn the_swvs_letterhead_is_on_its_escalation_letter_to_the_parents(db: &TestDb) {
    let store = &db.store;
    with_router(store, async {
        school_with_vestiging(store, "12AB00", "3431AB", Schoolsoort::Bao).await;
        let kind = store.create_leerling(&pupil("111222333", "3431AB")).await.unwrap();
        let school = VestigingCode::parse("12AB00").unwrap();
        let inschrijving = Inschrijving::new(school, date(2024, 8, 19), None).unwrap();
        store.add_inschrijving(kind, inschrijving).await.unwrap();
        let anna = Naam::new("Anna", None, "Berg").unwrap();
        let ouder = store.create_ouder(&anna, None, &[(kind, "ouder")]).await.unwrap();
        briefhoofden(store).await;
        let (swv, swv_cookie) = als(store, "swv2", Rol::Swv, "PO2605").await;
        let (ib, _) = als(store, "ib2", Rol::School, "12AB00").await;
        let (ouder, ouder_cookie) = als(store, "anna", Rol::Ouder, &ouder.to_string()).await;
        let (_, vo) = als(store, "vo", Rol::Swv, "VO2605").await;
        let stap = Stap {
            naam: "Commissie doorzettingsmacht".into(),
            eigenaar: "commissie".into(),
            weken: 2,
        };
        let ladder = Escalatieladder::new(vec![stap]).unwrap();
        let t = store.thuiszitters();
        let po = SwvCode::parse("PO2605").unwrap();
        t.set_ladder(&swv, &po, &ladder).await.unwrap();
        let dag = date(2026, 12, 7);
        let soort = Soort::LangdurigRelatiefVerzuim;
        let zaak = t.open_zaak(&ib, kind, soort, date(2026, 10, 5), dag, "/t").await.unwrap();
        verborgen(store, "escalatie", zaak, &swv_cookie).await;
        let besluit = "Plaatsing op De Boog vanaf 4 januari 2027.";
        t.neem_besluit(&swv, zaak, besluit, dag, "/t").await.unwrap();

        let pdf = format!("/brieven/escalatie/{zaak}/pdf");
        let (status, r) = pdf_regels(store, &pdf, &ouder_cookie).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(r[0], "SWV Lek en IJssel", "the name the SWV gave");
        assert_eq!(r[1..3], ["Lekboulevard 12", "3431 AB Nieuwegein"], "the letterhead set");
        assert_eq!(r[3], "Anna Berg", "the parent linked to the child");
        assert!(r.contains(&"Datum: 7 december 2026".to_string()), "{r:?}");
        assert!(r.contains(&format!("Kenmerk: zaak {zaak}")), "{r:?}");
        assert!(r.contains(&besluit.to_string()), "the decision, its own paragraph: {r:?}");
        let tekst = r.join(" ");
        assert!(tekst.contains("Sanne van den Berg gaat sinds 5 oktober 2026 niet naar school."));
        assert!(tekst.contains(
            "in de laatste stap (Commissie doorzettingsmacht) heeft SWV Lek en IJssel het volgende bindende besluit genomen:"
        ));
        assert!(!tekst.contains("bezwaar"), "no guessed clause");
        let pagina = get(store, &format!("/thuiszitters/{zaak}"), Some(&swv_cookie)).await;
        assert!(pagina.body.contains(&format!("href=\"{pdf}\"")));
        verborgen(store, "escalatie", zaak, &vo).await;
        // The parent's read is in the audit log, on the child.
        let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
        let gelezen: i64 = sqlx::query(
            "SELECT COUNT(*) FROM audit_log WHERE account_id = $1 AND leerling_id = $2 \
             AND actie = 'lezen' AND route = '/brieven/{soort}/{id}/pdf'",
        )
        .bind(ouder.account_id)
        .bind(kind.0)
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
        assert_eq!(gelezen, 1);
    })
    .await;
}
